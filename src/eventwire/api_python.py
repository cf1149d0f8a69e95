"""The notebook API: ``eventwire.extract(text, published=..., source=...)``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from eventwire.errors import BadInputError
from eventwire.ingest import make_article
from eventwire.pipeline import Pipeline
from eventwire.pipeline import process as _process
from eventwire.records import Article, Event, Extraction
from eventwire.settings import Settings


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline from default settings, loaded once per process."""
    return Pipeline.load(settings=Settings())


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadInputError("published", f"{value!r} is not a date in YYYY-MM-DD form") from None


def extract(text: str, *, published: dt.date | str | None = None,
            source: str | None = None) -> list[Event]:
    """The events one news report describes.

    ``published`` is the publication date (relative dates resolve against it; when it
    is None they stay unresolved and date precision widens). ``source`` is the outlet.
    Evidence offsets refer to the cleaned text (line endings normalised, NFC), which
    equals ``text`` for ordinary input.
    """
    article = make_article("text", text, published=_date(published), source=source)
    return list(default_pipeline().extract(article).events)


def process(articles: Iterable[Article], **options) -> Iterator[Extraction]:
    """Extractions for many articles, batched through spaCy (see ``eventwire.pipeline``)."""
    return _process(articles, pipeline=options.pop("pipeline", None) or default_pipeline(), **options)


def open_store(url: str | Path, **options):
    """A Store for a SQLAlchemy URL (or a plain path, meaning a SQLite file)."""
    from eventwire.store import open_store as _open

    return _open(url, **options)
