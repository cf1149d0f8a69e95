"""eventwire: news reports about conflict and political violence in, coded events out.

Public API::

    import eventwire
    events = eventwire.extract(text, published="2025-03-14", source="Example Wire")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwire.records import Actor, Article, Claim, Event, Evidence, Extraction, Place, Review

__version__ = "0.1.0"

__all__ = [
    "Actor", "Article", "Claim", "Event", "Evidence", "Extraction", "Place", "Review",
    "extract", "process", "open_store", "__version__",
]

if TYPE_CHECKING:  # pragma: no cover
    from eventwire.api_python import extract, open_store, process


def __getattr__(name: str) -> Any:
    # Lazy: importing eventwire must not load spaCy or the gazetteer.
    if name in {"extract", "process", "open_store"}:
        from eventwire import api_python

        return getattr(api_python, name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
