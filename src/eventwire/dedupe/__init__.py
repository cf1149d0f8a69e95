"""Deduplication across articles: cluster documents, merge events of one real-world event."""

from eventwire.dedupe.documents import (
    DEFAULT_ATTACH_THRESHOLD,
    DEFAULT_STORY_THRESHOLD,
    DEFAULT_THRESHOLD,
    DEFAULT_WEIGHTS,
    DocForDedupe,
    cluster_documents,
)
from eventwire.dedupe.events import compatible, dedupe_events, merge_events

__all__ = [
    "DEFAULT_ATTACH_THRESHOLD", "DEFAULT_STORY_THRESHOLD", "DEFAULT_THRESHOLD",
    "DEFAULT_WEIGHTS", "DocForDedupe", "cluster_documents", "compatible", "dedupe_events",
    "merge_events",
]
