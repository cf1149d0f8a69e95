"""The event store: SQLite by default, PostgreSQL by URL, SQLAlchemy Core underneath.

    from eventwire.store import open_store
    with open_store("events.db") as store:
        store.save(extraction)
        for event in store.events(country="IQ", since=date(2024, 1, 1)):
            ...
"""

from __future__ import annotations

from eventwire.store.schema import SCHEMA_VERSION
from eventwire.store.store import Store, open_store

__all__ = ["SCHEMA_VERSION", "Store", "open_store"]
