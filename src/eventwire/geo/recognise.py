"""Default toponym recogniser: spaCy GPE/LOC/FAC entities checked against the gazetteer.

GPE entities are kept; LOC and FAC only when the gazetteer knows the name (FAC is
mostly buildings and roads that no gazetteer resolves). A leading "the" is trimmed,
and a possessive "'s" is dropped, so spans read like gazetteer names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from eventwire.geo.gazetteer import Gazetteer
from eventwire.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

LABELS = ("GPE", "LOC", "FAC")


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
        """Toponym spans from an already annotated spaCy Doc."""
        out = []
        for ent in doc.ents:  # type: ignore[attr-defined]
            if ent.label_ not in LABELS:
                continue
            start, end, text = ent.start_char, ent.end_char, ent.text
            if text.lower().startswith("the "):
                start, text = start + 4, text[4:]
            if text.endswith(("'s", "\u2019s")):
                end, text = end - 2, text[:-2]
            if not text.strip():
                continue
            if ent.label_ != "GPE" and not self.gazetteer.candidates(text, limit=1):
                continue
            out.append((start, end))
        return out

    def __call__(self, text: str) -> list[tuple[int, int]]:
        return self.spans_of_doc(self.nlp(text))


def default_recogniser(*, gazetteer: Gazetteer, settings: Settings | None = None
                       ) -> Callable[[str], list[tuple[int, int]]]:
    """The recogniser evaluations use by default (loads the configured spaCy model)."""
    return ToponymRecogniser(gazetteer=gazetteer, settings=settings)
