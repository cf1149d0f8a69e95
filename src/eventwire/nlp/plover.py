"""PLOVER event types for single sentences, from the same trigger lexicon as the pipeline.

The ACLED pipeline records conflict events only; PLOVER also covers talk, demands,
support and sanctions. This predictor picks the sentence's main event verb (the
trigger closest to the root, past the reporting verb) and reads its PLOVER type, with
the verb's subject as source and its object as target. Used by ``eventwire eval``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.evaluate.plover import PloverPrediction
from eventwire.nlp import lexicon
from eventwire.nlp.load import load_nlp
from eventwire.settings import Settings

_FAMILY_PLOVER = {
    "kill": "ASSAULT", "attack": "ASSAULT", "clash": "FIGHT", "shell": "FIGHT",
    "airstrike": "FIGHT", "explosive": "ASSAULT", "suicide": "ASSAULT", "grenade": "ASSAULT",
    "chemical": "FIGHT", "capture": "FIGHT", "regain": "FIGHT", "arrest": "COERCE",
    "abduct": "ASSAULT", "sexual": "ASSAULT", "protest": "PROTEST", "riot": "PROTEST",
    "loot": "COERCE", "raid": "COERCE", "agreement": "AGREE", "defuse": "COERCE",
}


def _plover_of(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"}:
        if lemma in lexicon.PLOVER_VERBS:
            return lexicon.PLOVER_VERBS[lemma]
        family = lexicon.VERB_CUES.get(lemma)
    else:
        family = lexicon.NOUN_CUES.get(lemma)
    return _FAMILY_PLOVER.get(family) if family else None


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _phrase(token: Token | None) -> str | None:
    if token is None:
        return None
    return token.doc[token.left_edge.i:token.i + 1].text


def _role(verb: Token, deps: set[str]) -> Token | None:
    for node in (verb, *verb.ancestors):
        found = next((c for c in node.children if c.dep_ in deps), None)
        if found is not None:
            return found
        if node.dep_ not in {"xcomp", "conj", "ccomp"}:
            break
    return None


def predict_plover(text: str, *, settings: Settings | None = None) -> list[PloverPrediction]:
    """Ranked PLOVER predictions for one sentence (best first; empty when none found)."""
    doc = load_nlp(settings=settings)(text)
    found: list[tuple[float, PloverPrediction]] = []
    for token in doc:
        plover = _plover_of(token)
        if plover is None:
            continue
        reporting = token.lemma_.lower() in lexicon.REPORTING_VERBS
        score = 1.0 / (1 + _depth(token)) - (0.5 if reporting else 0.0)
        source = _role(token, {"nsubj"}) if token.pos_ in {"VERB", "AUX"} else None
        target = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if target is None:
            prep = next((c for c in token.children if c.dep_ == "prep"), None)
            target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        found.append((score, PloverPrediction(plover, _phrase(source), _phrase(target), round(score, 3))))
    found.sort(key=lambda sp: -sp[0])
    return [p for _, p in found]
