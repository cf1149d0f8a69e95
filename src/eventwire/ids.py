"""Deterministic ids: the same content always gets the same id, so re-ingesting is a no-op."""

from __future__ import annotations

import hashlib


def stable_hash(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts, joined unambiguously."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode())
    return digest.hexdigest()[:length]


def content_hash(text: str) -> str:
    """The full SHA-256 of an article's cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id(*, text: str, url: str | None = None) -> str:
    """An article is identified by its URL when it has one, else by its text."""
    return "a" + stable_hash("url", url) if url else "a" + stable_hash("text", content_hash(text))


def event_id(article_id: str, *, sub_event_type: str, anchor_start: int) -> str:
    """An event within an article: its article, its type, and where its main mention starts."""
    return "e" + stable_hash(article_id, sub_event_type, anchor_start)
