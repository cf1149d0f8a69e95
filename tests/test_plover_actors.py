"""PLOVER source and target actors: who does the event and who it is aimed at."""

from __future__ import annotations

import pytest

from eventwire.evaluate.plover import actor_matches
from eventwire.nlp.plover import predict_plover


def _best(text: str):
    found = predict_plover(text)
    assert found, text
    return max(found, key=lambda p: p.confidence)


def _has(phrase: str | None, word: str) -> bool:
    return phrase is not None and word.lower() in phrase.lower()


@pytest.mark.parametrize(("text", "target", "not_target"), [
    # a thing object is looked through for the actor inside it
    ("The opposition demanded the resignation of the interior minister.", "minister", None),
    ("The junta rejected fresh appeals by the regional bloc for elections.", "bloc", "appeals"),
    ("The navy lifted its blockade on Tongan fishing boats.", "Tongan", None),
    ("The council opened an inquiry into abuses committed by the border police.", "police",
     "abuses"),
    # the recipient of aid beats the gift
    ("Norway gave Malawi a loan of 40 million dollars.", "Malawi", "loan"),
    ("The agency is providing tents and blankets to Nepal.", "Nepal", "tents"),
    # "X with Y": the counterpart of talks, ties and protests
    ("The foreign ministry lodged a strong protest with Chile.", "Chile", "protest"),
    ("Spain announced a suspension of flights with Cuba.", "Cuba", "flights"),
    # a place comes after the counterpart, and never a date
    ("The army imposed a curfew in Mosul on Friday.", "Mosul", "Friday"),
    ("Teachers demonstrated on Tuesday in Lagos.", "Lagos", "Tuesday"),
    # what an actor moves is its own: the target is where from
    ("Kenya will withdraw its soldiers from Somalia.", "Somalia", "soldiers"),
    # "thousands of X" is an actor even though the tagger calls it a number
    ("Militiamen held thousands of Yazidi villagers as hostages in the hills of Sinjar.",
     "Yazidi", "Sinjar"),
    # a pronoun names no one: the named actor in the phrase wins
    ("The cabinet rejected an Iranian proposal for talks with them.", "Iranian", "them"),
    # what a protest calls for names its target before the place does
    ("Thousands of Tibetans demonstrated in the town of Kangding calling for freedom from "
     "China.", "China", "Kangding"),
])
def test_target_is_the_actor_not_the_thing(text: str, target: str, not_target: str | None) -> None:
    best = _best(text)
    assert _has(best.target, target), best
    if not_target is not None:
        assert not _has(best.target, not_target), best


@pytest.mark.parametrize(("text", "source", "target"), [
    # "demanded that X ...": the one told to act
    ("Beijing demanded that Canada release the detained executive.", "Beijing", "Canada"),
    # reported obligation: the reporter demands, the one who must act is the target
    ("Egypt said that Ethiopia must stop filling the dam.", "Egypt", "Ethiopia"),
    # control verbs take the target of the verb they govern
    ("Moscow threatened to cut gas supplies to Moldova.", "Moscow", "Moldova"),
    ("Ghana offered to negotiate with the leaders of Togo.", "Ghana", "Togo"),
    # "urged X to": the object of the telling verb
    ("The bishops urged the rebels to lay down their arms.", "bishops", "rebels"),
])
def test_reads_who_is_told_or_threatened(text: str, source: str, target: str) -> None:
    best = _best(text)
    assert _has(best.source, source), best
    assert _has(best.target, target), best


@pytest.mark.parametrize(("text", "source"), [
    # a pronoun subject is the named subject that reports it
    ("Uganda said it would boycott the summit.", "Uganda"),
    ("The farmers' union said they would block the motorway.", "union"),
    # "a group / thousands of X" is X
    ("Thousands of Kurdish students demonstrated in the capital.", "Kurdish"),
    ("A group of Somali elders met the envoy on Sunday.", "Somali"),
    # a passive's by-agent
    ("The convoy was attacked by Tuareg fighters near the well.", "Tuareg"),
])
def test_source_is_the_named_doer(text: str, source: str) -> None:
    best = _best(text)
    assert _has(best.source, source), best
    assert best.source.lower() not in {"it", "they", "thousands", "a group"}


def test_event_noun_subject_gives_its_doer_not_itself() -> None:
    best = _best("Kurdish riots against the new tax are continuing.")
    assert _has(best.source, "Kurdish") and not _has(best.source, "riots"), best


def test_passive_subject_is_the_target() -> None:
    best = _best("The mayor was attacked by Tuareg fighters near the well.")
    assert _has(best.target, "mayor") and not _has(best.target, "Tuareg"), best
    assert _has(best.source, "Tuareg"), best


def test_actor_phrase_keeps_of_phrases_and_appositions() -> None:
    best = _best("The prime minister met the president of Peru in Lima.")
    assert _has(best.target, "president of Peru"), best
    best = _best("The ministry banned the weekly magazine Tempo last year.")
    assert _has(best.target, "Tempo"), best


def test_possessive_s_alone_is_no_actor_match() -> None:
    assert not actor_matches("Peru's army", ["Chile's navy"])
    assert actor_matches("Peru's army", ["Peru"])
