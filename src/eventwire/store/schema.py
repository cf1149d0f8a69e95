"""The database schema (SQLAlchemy Core): articles, events, their links, reviews.

Events are stored twice over: flat ACLED-ish columns for querying (and for opening the
file in Datasette), and the full Event as JSON in ``record`` so it round-trips exactly.
The flat columns are derived from ``record`` on every write and never edited on their own.

Schema changes: bump SCHEMA_VERSION. There are no migrations yet (Alembic is planned);
a store whose version differs from SCHEMA_VERSION is refused with a clear error.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

from eventwire.flat import event_columns

from eventwire.records import Article, Event

SCHEMA_VERSION = 1

metadata = MetaData()
Json = JSON().with_variant(JSONB(), "postgresql")

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("source", Text),
    Column("language", String(16), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("text", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("event_date", Date),
    Column("date_earliest", Date),
    Column("date_latest", Date),
    Column("time_precision", Integer, nullable=False),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("plover_type", Text),
    Column("actor1", Text),
    Column("inter1", Integer),
    Column("actor2", Text),
    Column("inter2", Integer),
    Column("interaction", Integer),
    Column("location", Text),
    Column("admin1", Text),
    Column("country", Text),
    Column("iso2", String(8)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("geonameid", Integer),
    Column("fatalities", Integer, nullable=False),
    Column("fatalities_low", Integer, nullable=False),
    Column("fatalities_high", Integer, nullable=False),
    Column("corroboration", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("notes", Text, nullable=False),
    Column("review_status", String(16), nullable=False),
    Column("record", Json, nullable=False),
    Index("ix_events_date", "event_date"),
    Index("ix_events_type", "event_type"),
    Index("ix_events_country", "country"),
)

event_articles = Table(
    "event_articles",
    metadata,
    Column(
        "event_id",
        String(64),
        ForeignKey("events.event_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    # No foreign key to articles: a merged event may cite an article not stored here.
    Column("article_id", String(64), primary_key=True),
    Index("ix_event_articles_article", "article_id"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # No foreign key: reviews are append-only and outlive re-processing of their event.
    Column("event_id", String(64), nullable=False, index=True),
    Column("decision", String(16), nullable=False),
    Column("reviewer", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("changes", Json, nullable=False),
    Column("comment", Text, nullable=False),
)


def article_values(article: Article) -> dict[str, Any]:
    """The articles row of an Article."""
    return article.model_dump(mode="python")


def event_values(event: Event) -> dict[str, Any]:
    """The events row of an Event: its flat columns that the table keeps, plus the full record."""
    flat = event_columns(event)
    row = {name: flat[name] for name in events.c.keys() if name in flat}
    row["record"] = event.model_dump(mode="json")
    return row
