"""process(): articles in, extractions out. A generator; it never writes anywhere.

    annotate (spaCy, batched)  ->  bridge (Doc -> ArticleAnalysis)  ->  steps (events)
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from spacy.language import Language

from eventwire import __version__
from eventwire.geo.gazetteer import Gazetteer
from eventwire.nlp.bridge import analyse
from eventwire.nlp.dateline import text_for_parsing
from eventwire.nlp.load import load_nlp
from eventwire.records import Article, Extraction
from eventwire.settings import Settings
from eventwire.steps.assemble import build_events
from eventwire.temporal import find_time_expressions
from eventwire.taxonomy import TAXONOMY_VERSION

class ArticleTimeout(Exception):
    """One article took longer than ``Settings.article_timeout_s`` to extract."""


@contextmanager
def _time_limit(seconds: float):
    """Stop a runaway extraction (a parse that sends a rule into a loop) so a batch goes on.

    Uses SIGALRM, so it only applies in the main thread on Unix; elsewhere it does nothing.
    """
    usable = seconds > 0 and hasattr(signal, "SIGALRM") and \
        threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout(f"extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


EXTRACTOR_VERSION = f"eventwire-{__version__}/{TAXONOMY_VERSION}"


@dataclass
class Pipeline:
    """The loaded parts: built once, used for many articles."""

    nlp: Language
    gazetteer: Gazetteer
    settings: Settings

    @classmethod
    def load(cls, *, settings: Settings | None = None) -> Pipeline:
        settings = settings or Settings()
        return cls(nlp=load_nlp(settings=settings), gazetteer=Gazetteer.open(settings=settings),
                   settings=settings)

    def extract(self, article: Article, doc=None) -> Extraction:
        """The events of one article (``doc``: its already annotated Doc, if any)."""
        doc = doc if doc is not None else self.nlp(text_for_parsing(article.text))
        analysis = analyse(doc, article)
        # dates in the dateline are the filing date, not the events' dates
        expressions = find_time_expressions(text_for_parsing(article.text), published=article.published)
        events = build_events(analysis, gazetteer=self.gazetteer, expressions=expressions,
                              version=EXTRACTOR_VERSION)
        return Extraction(article=article, events=events)


def process(articles: Iterable[Article], *, pipeline: Pipeline | None = None,
            settings: Settings | None = None, batch_size: int | None = None,
            n_process: int = 1,
            on_error: Callable[[Article, Exception], None] | None = None) -> Iterator[Extraction]:
    """Extract the events of each article, in order. Annotation runs in batches.

    With ``on_error``, an article whose extraction fails is handed to it and skipped, so
    one bad article never loses the rest of a batch; without it the error propagates.
    """
    pipeline = pipeline or Pipeline.load(settings=settings)
    size = batch_size or pipeline.settings.batch_size
    pairs = ((text_for_parsing(a.text), a) for a in articles)
    for doc, article in pipeline.nlp.pipe(pairs, as_tuples=True, batch_size=size,
                                          n_process=n_process):
        try:
            with _time_limit(pipeline.settings.article_timeout_s if on_error else 0):
                extraction = pipeline.extract(article, doc)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(article, exc)
            continue
        yield extraction
