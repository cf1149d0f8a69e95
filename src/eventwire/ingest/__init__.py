"""Reading articles in: plain text, JSON Lines, HTML and folders, into frozen Articles.

    from eventwire.ingest import read_articles, IngestFailure
    for item in read_articles([Path("reports/")]):
        if isinstance(item, IngestFailure):
            print("skipped", item)
"""

from __future__ import annotations

from eventwire.ingest.language import LanguageGuess, guess_language
from eventwire.ingest.readers import IngestFailure, read_article, read_articles
from eventwire.ingest.text import clean_text, make_article

__all__ = [
    "IngestFailure", "LanguageGuess", "clean_text", "guess_language", "make_article",
    "read_article", "read_articles",
]
