"""Default toponym recogniser: spaCy entities checked against the gazetteer.

GPE entities are kept; LOC and FAC only when the gazetteer knows the name (FAC is
mostly buildings and roads that no gazetteer resolves). The small spaCy model often
tags a town as an organisation, a nationality or a person: an ORG, NORP or PERSON
entity is kept when its whole text is the main name of a country, or of a first-level
region or a town of 1,000+ people in a country the document's other toponyms are in.
A leading "the", a possessive "'s", a leading lower-case direction word ("east
Africa") and a trailing lower-case region word ("X province") are trimmed, so spans
read like gazetteer names. Entities with a digit (virus strains, TV channels), names
right before "virus", "fever" or "disease" (a disease named after a place), nationality
words and a person's surname told again after the full name are not toponyms.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.rank import Candidate
from eventwire.nlp.place_mentions import not_a_place_name
from eventwire.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

LABELS = ("GPE", "LOC", "FAC")
# Labels the small model gives place names too; kept only on the gazetteer's word.
OTHER_LABELS = ("ORG", "NORP", "PERSON")
# Population a town needs to be taken from an ORG/NORP/PERSON entity (GeoVirus dev:
# recognition F1 0.909 at 0, 0.910 at 1,000, 0.912 at 10,000, 0.906 at 100,000).
MIN_OTHER_POPULATION = 1000
_LEAD_WORDS = frozenset({"east", "west", "north", "south", "eastern", "western", "northern",
                         "southern", "central"})
# "X flu" stays: "the X flu season" is about the place.
_DISEASE_WORDS = frozenset({"virus", "viruses", "fever", "disease"})
_TAIL_WORDS = frozenset({"province", "region", "state", "district", "county", "governorate"})


def _trim(start: int, end: int, text: str) -> tuple[int, int, str]:
    """Span without a leading "the", a possessive, or lower-case description words."""
    if text.lower().startswith("the "):
        start, text = start + 4, text[4:]
    if text.endswith(("'s", "\u2019s")):
        end, text = end - 2, text[:-2]
    head, _, rest = text.partition(" ")
    if rest and head in _LEAD_WORDS:  # case-sensitive: "East Timor" stays whole
        start, text = start + len(head) + 1, rest
    rest, _, tail = text.rpartition(" ")
    if rest and tail in _TAIL_WORDS:  # "Nahra province", but "Nahra Province" stays
        end, text = end - len(tail) - 1, rest
    return start, end, text


def _plain_place(c: Candidate, countries: Collection[str]) -> bool:
    """Whether an ORG/NORP/PERSON entity's candidate is plainly that place."""
    if c.match != "name":
        return False
    if c.feature_code == "PCLI":
        return True
    return c.iso2 in countries and (c.feature_code == "ADM1" or (
        c.feature_class == "P" and c.population >= MIN_OTHER_POPULATION))


class ToponymRecogniser:
    """Callable ``text -> list[(start, end)]`` of toponym spans (character offsets)."""

    def __init__(self, *, gazetteer: Gazetteer, nlp: Language | None = None,
                 settings: Settings | None = None) -> None:
        if nlp is None:
            import spacy

            settings = settings or Settings()
            nlp = spacy.load(settings.spacy_model, disable=["lemmatizer"])
        self.nlp = nlp
        self.gazetteer = gazetteer

    def spans_of_doc(self, doc: object) -> list[tuple[int, int]]:
        """Toponym spans from an already annotated spaCy Doc, in text order."""
        out: list[tuple[int, int]] = []
        others: list[tuple[int, int, str]] = []
        countries: set[str] = set()
        for ent in doc.ents:  # type: ignore[attr-defined]
            if ent.label_ not in LABELS and ent.label_ not in OTHER_LABELS:
                continue
            start, end, text = _trim(ent.start_char, ent.end_char, ent.text)
            if not text.strip() or any(ch.isdigit() for ch in text) or not_a_place_name(ent, doc.ents):  # type: ignore[attr-defined]
                continue
            nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""  # type: ignore[index]
            if nxt in _DISEASE_WORDS:
                continue  # a disease named after a place, not the place
            if ent.label_ in OTHER_LABELS:
                others.append((start, end, text))
                continue
            cands = self.gazetteer.candidates(text, limit=1)
            if ent.label_ != "GPE" and not cands:
                continue
            if cands and cands[0].iso2:
                countries.add(cands[0].iso2)
            out.append((start, end))
        for start, end, text in others:
            if any(_plain_place(c, countries) for c in self.gazetteer.candidates(text)):
                out.append((start, end))
        return sorted(out)

    def __call__(self, text: str) -> list[tuple[int, int]]:
        return self.spans_of_doc(self.nlp(text))


def default_recogniser(*, gazetteer: Gazetteer, settings: Settings | None = None
                       ) -> Callable[[str], list[tuple[int, int]]]:
    """The recogniser evaluations use by default (loads the configured spaCy model)."""
    return ToponymRecogniser(gazetteer=gazetteer, settings=settings)
