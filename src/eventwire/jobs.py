"""Whole jobs the CLI runs: ingest files into a store, export a store. Library first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from eventwire.export import write_events
from eventwire.ingest import IngestFailure, read_articles
from eventwire.pipeline import Pipeline, process
from eventwire.records import Article
from eventwire.settings import Settings
from eventwire.store import Store


@dataclass
class IngestReport:
    """What an ingest did: articles stored, events stored, and every failure with its reason."""

    articles: int = 0
    events: int = 0
    failures: list[IngestFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def ingest(paths: Iterable[str | Path], *, store: Store, pipeline: Pipeline | None = None,
           settings: Settings | None = None, published: dt.date | None = None,
           source: str | None = None,
           on_article: Callable[[Article | IngestFailure], None] | None = None) -> IngestReport:
    """Read, extract and store every article under ``paths``; bad ones are reported, not fatal."""
    settings = settings or Settings()
    pipeline = pipeline or Pipeline.load(settings=settings)
    report = IngestReport()

    def good_articles() -> Iterator[Article]:
        for item in read_articles(paths, settings=settings, default_published=published,
                                  default_source=source):
            if isinstance(item, IngestFailure):
                report.failures.append(item)
                if on_article:
                    on_article(item)
                continue
            yield item

    def failed(article: Article, exc: Exception) -> None:
        where = article.url or article.title or article.id
        failure = IngestFailure(where=str(where), problem=f"extraction failed: {type(exc).__name__}: {exc}")
        report.failures.append(failure)
        if on_article:
            on_article(failure)

    for extraction in process(good_articles(), pipeline=pipeline, on_error=failed):
        try:
            store.save(extraction)
        except Exception as exc:  # a write error for one article must not lose the others
            failed(extraction.article, exc)
            continue
        report.articles += 1
        report.events += len(extraction.events)
        if on_article:
            on_article(extraction.article)
    return report


def export(store: Store, *, format: str, output: TextIO, dedupe: bool = False) -> int:  # noqa: A002
    """Write every stored event to ``output`` in ``format``; returns how many.

    With ``dedupe``, reports of one real-world event from different articles are merged
    first (``eventwire.dedupe.dedupe_events``: same type, dates within 3 days, within 25 km).
    """
    events = store.events()
    if dedupe:
        from eventwire.dedupe import dedupe_events

        events = dedupe_events(list(events))
    return write_events(events, format=format, output=output)
