"""Exports of events: JSON Lines, CSV with ACLED's column names, GeoJSON.

    from eventwire.export import write_events
    with open("events.csv", "w", newline="", encoding="utf-8") as out:
        write_events(store.events(), format="csv", output=out)
"""

from __future__ import annotations

from eventwire.export.rows import (
    ACLED_COLUMNS, CSV_COLUMNS, EXTRA_COLUMNS, ROW_KEYS, claims_text, csv_row,
    disorder_type, event_row, iso_numeric,
)
from eventwire.export.writers import (
    FORMATS, ExportFormat, SkippedEventsWarning, write_csv, write_events, write_geojson,
    write_jsonl,
)

__all__ = [
    "ACLED_COLUMNS", "CSV_COLUMNS", "EXTRA_COLUMNS", "FORMATS", "ROW_KEYS", "ExportFormat",
    "SkippedEventsWarning", "claims_text", "csv_row", "disorder_type", "event_row",
    "iso_numeric", "write_csv", "write_events", "write_geojson", "write_jsonl",
]
