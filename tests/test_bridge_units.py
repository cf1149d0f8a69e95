"""Units of the NLP layer that need no model: dateline, aliases, trigger lexicon."""

import pytest
import spacy

from eventwire.nlp import lexicon
from eventwire.nlp.dateline import find_dateline
from eventwire.nlp.components import TRIGGERS_KEY
from eventwire.taxonomy import SUB_EVENT_TYPES
from eventwire.steps.typing import _DIRECT


@pytest.mark.parametrize(("text", "place"), [
    ("KABUL (Reuters) - Gunmen attacked a checkpoint.", "KABUL"),
    ("By Jane Doe\nPORT-AU-PRINCE, Haiti (AP) \u2013 Gangs burned homes.", "PORT-AU-PRINCE"),
    ("Title line here\nNEW DELHI, India (eventwire) \u2014 Police fired.", "NEW DELHI"),
])
def test_bridge_finds_the_dateline_city(text, place):
    found = find_dateline(text)
    assert found is not None and found.text == place
    assert text[found.start:found.end] == place


def test_bridge_finds_no_dateline_in_plain_prose():
    assert find_dateline("Gunmen attacked a checkpoint in Kabul on Monday.") is None


def test_lexicon_families_map_to_real_acled_sub_types():
    for family, sub in _DIRECT.items():
        assert sub in SUB_EVENT_TYPES, family
    refine_only = set(lexicon.WEAPON_REFINEMENT) - lexicon.ACLED_FAMILIES
    assert refine_only == {"air_means"}
    assert set(lexicon.VERB_CUES.values()) | set(lexicon.NOUN_CUES.values()) <= lexicon.ACLED_FAMILIES | refine_only


def test_trigger_component_marks_verbs_and_multiword_nouns():
    nlp = spacy.blank("en")
    from eventwire.nlp import components  # noqa: F401

    doc = nlp("A car bomb exploded")
    for token, (pos, lemma) in zip(doc, [("DET", "a"), ("NOUN", "car"), ("NOUN", "bomb"), ("VERB", "explode")]):
        token.pos_, token.lemma_ = pos, lemma
    doc = nlp.get_pipe("eventwire_triggers")(doc) if "eventwire_triggers" in nlp.pipe_names else \
        components.eventwire_triggers(doc)
    labels = [(s.text, s.label_) for s in doc.spans[TRIGGERS_KEY]]
    assert ("car bomb", "explosive") in labels
    assert ("exploded", "explosive") in labels
