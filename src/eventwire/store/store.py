"""The Store: saves Extractions, queries Events and Articles, keeps the review trail.

One writer: a Store is written from one process and one thread at a time (SQLite allows
one writer anyway; on PostgreSQL concurrent savers of the same article could interleave
their delete and insert). Readers may be many: SQLite runs in WAL mode so reads do not
block the writer. Ray and other fan-outs should write through a single collecting task.

Re-saving an article replaces the events it alone produced, so processing the same input
twice leaves the store unchanged. An event a reviewer has decided on (accepted,
corrected, rejected) is never replaced or deleted by re-processing: human decisions win.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pydantic
from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from eventwire.errors import StoreError
from eventwire.records import Article, Event, Extraction, Review
from eventwire.settings import Settings
from eventwire.store import schema
from eventwire.store.schema import SCHEMA_VERSION, article_values, event_values

_BATCH = 500


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _to_url(url: str | Path) -> URL:
    """A SQLAlchemy URL; a plain path (or a str without '://') is a SQLite file."""
    if isinstance(url, Path) or "://" not in str(url):
        path = Path(url).expanduser()
        if not path.parent.exists():
            raise StoreError(
                f"cannot open SQLite file {str(path)!r}: its folder {str(path.parent)!r} "
                "does not exist"
            )
        return URL.create("sqlite+pysqlite", database=str(path))
    try:
        return make_url(str(url))
    except (ArgumentError, ValueError) as exc:
        raise StoreError(
            f"cannot parse database URL {str(url)!r} ({exc}); expected a file path, "
            "sqlite:///path/to/file.db or postgresql+psycopg://user@host:5432/dbname"
        ) from None


def open_store(url: str | Path | None = None, *, settings: Settings | None = None) -> Store:
    """Open (creating tables if needed) the store at ``url``, or at ``settings.db_url``.

    A plain path means a SQLite file; ``postgresql+psycopg://...`` a PostgreSQL database
    (choose a schema with ``?options=-csearch_path%3Dmyschema``). Raises StoreError
    naming the problem when the URL is bad or the database cannot be opened.
    """
    settings = settings or Settings()
    target = _to_url(url if url is not None else settings.db_url)
    shown = target.render_as_string(hide_password=True)
    if target.get_backend_name() not in {"sqlite", "postgresql"}:
        raise StoreError(
            f"unsupported database {shown!r}: eventwire stores events in SQLite "
            "(a file path or sqlite:///file.db) or PostgreSQL (postgresql+psycopg://...)"
        )
    try:
        engine = create_engine(target)
    except (NoSuchModuleError, ArgumentError) as exc:
        raise StoreError(f"cannot open database {shown!r}: {exc}") from None
    except ImportError as exc:
        raise StoreError(
            f"cannot open database {shown!r}: its driver is not installed ({exc}); "
            "for PostgreSQL install eventwire[postgres]"
        ) from None
    if target.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.begin() as conn:
            schema.metadata.create_all(conn)
            found = conn.execute(select(schema.schema_version.c.version)).scalars().all()
            if not found:
                conn.execute(insert(schema.schema_version).values(version=SCHEMA_VERSION))
            elif found != [SCHEMA_VERSION]:
                raise StoreError(
                    f"database {shown!r} has schema version {found}, this eventwire "
                    f"expects {SCHEMA_VERSION}; migrations are not available yet: "
                    "re-create the store and re-process the articles"
                )
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {shown!r}: {_reason(exc)}") from None
    return Store(engine, shown)


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).strip().splitlines()[0] if str(orig or exc).strip() else repr(exc)


class Store:
    """Events and articles in a SQL database. Build it with open_store()."""

    def __init__(self, engine: Engine, name: str) -> None:
        self._engine = engine
        self.name = name

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.name!r})"

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for read-only queries by other modules (dedupe, API)."""
        return self._engine

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    # -- writing -----------------------------------------------------------------------

    def save(self, extraction: Extraction) -> None:
        """Save an article and its events in one transaction, replacing its earlier events."""
        self.save_many([extraction], batch=1)

    def save_many(self, extractions: Iterable[Extraction], *, batch: int = 100) -> int:
        """Save many extractions, ``batch`` per transaction (faster); returns how many.

        Each batch is all-or-nothing; batches committed before an error stay committed.
        """
        count = 0
        pending: list[Extraction] = []
        for extraction in extractions:
            pending.append(extraction)
            if len(pending) >= batch:
                count += self._save_batch(pending)
                pending = []
        if pending:
            count += self._save_batch(pending)
        return count

    def _save_batch(self, extractions: list[Extraction]) -> int:
        try:
            with self._engine.begin() as conn:
                for extraction in extractions:
                    self._save_one(conn, extraction)
        except SQLAlchemyError as exc:
            first = extractions[0].article.id
            what = f"article {first}" if len(extractions) == 1 else (
                f"a batch of {len(extractions)} articles from {first}"
            )
            raise StoreError(f"cannot save {what} to {self.name}: {_reason(exc)}") from None
        return len(extractions)

    def _save_one(self, conn: Any, extraction: Extraction) -> None:
        article = extraction.article
        ev, links = schema.events, schema.event_articles
        self._upsert_article(conn, article)
        mine = select(links.c.event_id).where(links.c.article_id == article.id)
        others = (
            select(links.c.event_id)
            .where(links.c.article_id != article.id)
            .where(links.c.event_id.in_(mine))
        )
        # Events only this article produced go, unless a reviewer decided on them.
        conn.execute(
            delete(ev)
            .where(ev.c.event_id.in_(mine))
            .where(ev.c.event_id.not_in(others))
            .where(ev.c.review_status == "unreviewed")
        )
        incoming = {e.event_id: e for e in extraction.events}
        if not incoming:
            return
        reviewed = set(
            conn.execute(
                select(ev.c.event_id)
                .where(ev.c.event_id.in_(list(incoming)))
                .where(ev.c.review_status != "unreviewed")
            ).scalars()
        )
        fresh = [e for i, e in incoming.items() if i not in reviewed]
        if fresh:
            conn.execute(delete(ev).where(ev.c.event_id.in_([e.event_id for e in fresh])))
            conn.execute(insert(ev), [event_values(e) for e in fresh])
            pairs = {(e.event_id, a) for e in fresh for a in e.article_ids}
            conn.execute(
                insert(links), [{"event_id": e, "article_id": a} for e, a in sorted(pairs)]
            )

    def _upsert_article(self, conn: Any, article: Article) -> None:
        table = schema.articles
        values = article_values(article)
        if conn.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as upsert
        else:
            from sqlalchemy.dialects.sqlite import insert as upsert
        stmt = upsert(table).values(**values)
        changed = {k: stmt.excluded[k] for k in values if k != "id"}
        conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=changed))

    def add_review(self, review: Review) -> None:
        """Append a review and set its event's status; a correction applies its changes."""
        ev = schema.events
        try:
            with self._engine.begin() as conn:
                record = conn.execute(
                    select(ev.c.record).where(ev.c.event_id == review.event_id)
                ).scalar_one_or_none()
                if record is None:
                    raise StoreError(f"cannot review event {review.event_id!r}: no such event")
                try:
                    changed = Event.model_validate(
                        {**record, **review.changes, "review_status": review.decision}
                    )
                except pydantic.ValidationError as exc:
                    raise StoreError(
                        f"review of {review.event_id} has invalid changes: {exc}"
                    ) from None
                if changed.event_id != review.event_id:
                    raise StoreError("a review cannot change an event's event_id")
                conn.execute(insert(schema.reviews).values(**_review_values(review)))
                conn.execute(
                    update(ev).where(ev.c.event_id == review.event_id).values(
                        **event_values(changed)
                    )
                )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot save review to {self.name}: {_reason(exc)}") from None

    # -- reading -----------------------------------------------------------------------

    def events(
        self,
        *,
        event_type: str | None = None,
        country: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> Iterator[Event]:
        """Events ordered by date then id, filtered by type, country, and date window.

        ``country`` matches the country name or its ISO alpha-2 code. An event matches
        ``since``/``until`` when its date window (date_earliest..date_latest, or
        event_date) overlaps them; events with no date at all match no date filter.
        """
        ev = schema.events
        query = select(ev.c.record)
        if event_type is not None:
            query = query.where(ev.c.event_type == event_type)
        if country is not None:
            query = query.where(or_(ev.c.country == country, ev.c.iso2 == country.upper()))
        if since is not None:
            query = query.where(func.coalesce(ev.c.date_latest, ev.c.event_date) >= since)
        if until is not None:
            query = query.where(func.coalesce(ev.c.date_earliest, ev.c.event_date) <= until)
        query = query.order_by(ev.c.event_date.asc().nulls_last(), ev.c.event_id)
        yield from (Event.model_validate(r) for r in self._stream(query))

    def get_event(self, event_id: str) -> Event | None:
        """One event by id, or None."""
        ev = schema.events
        with self._engine.connect() as conn:
            record = conn.execute(
                select(ev.c.record).where(ev.c.event_id == event_id)
            ).scalar_one_or_none()
        return None if record is None else Event.model_validate(record)

    def articles(self) -> Iterator[Article]:
        """Every stored article, ordered by id."""
        table = schema.articles
        query = select(table).order_by(table.c.id)
        with self._engine.connect() as conn:
            for row in conn.execute(query).yield_per(_BATCH):
                yield Article.model_validate(dict(row._mapping))

    def get_article(self, article_id: str) -> Article | None:
        """One article by id, or None."""
        table = schema.articles
        with self._engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.id == article_id)).first()
        return None if row is None else Article.model_validate(dict(row._mapping))

    def reviews(self, event_id: str) -> list[Review]:
        """The reviews of one event, oldest first."""
        table = schema.reviews
        query = select(table).where(table.c.event_id == event_id).order_by(table.c.id)
        with self._engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            Review(
                event_id=r["event_id"], decision=r["decision"], reviewer=r["reviewer"],
                at=_aware(r["at"]), changes=r["changes"], comment=r["comment"],
            )
            for r in rows
        ]

    def counts(self) -> dict[str, int]:
        """How many articles, events, event-article links and reviews are stored."""
        tables = {
            "articles": schema.articles, "events": schema.events,
            "event_articles": schema.event_articles, "reviews": schema.reviews,
        }
        with self._engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for name, t in tables.items()
            }

    def _stream(self, query: Any) -> Iterator[Any]:
        with self._engine.connect() as conn:
            yield from conn.execute(query).yield_per(_BATCH).scalars()


def _review_values(review: Review) -> dict[str, Any]:
    at = review.at if review.at.tzinfo else review.at.replace(tzinfo=dt.UTC)
    return {
        "event_id": review.event_id, "decision": review.decision,
        "reviewer": review.reviewer, "at": at.astimezone(dt.UTC),
        "changes": review.model_dump(mode="json")["changes"], "comment": review.comment,
    }


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; they were stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)

