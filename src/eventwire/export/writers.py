"""Writers: JSON Lines, CSV (ACLED columns first) and GeoJSON, streamed to a text stream.

Each writer streams: events are written as they come, so exporting a large store does
not hold it in memory. Open files with ``newline=""`` for CSV, as the csv module asks.
"""

from __future__ import annotations

import csv
import json
import warnings
from collections.abc import Iterable
from typing import Literal, TextIO

from eventwire.errors import UnknownValueError
from eventwire.export.rows import CSV_COLUMNS, csv_row, event_row
from eventwire.records import Event

ExportFormat = Literal["jsonl", "csv", "geojson"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "geojson")
GEOMETRY_KEYS = ("latitude", "longitude")


class SkippedEventsWarning(UserWarning):
    """Some events could not be written in the chosen format (e.g. no coordinates)."""


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def write_jsonl(events: Iterable[Event], *, output: TextIO) -> int:
    """One event_row JSON object per line; returns how many were written."""
    count = 0
    for event in events:
        output.write(_dumps(event_row(event)) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[Event], *, output: TextIO) -> int:
    """A header of CSV_COLUMNS, then one row per event; returns how many were written."""
    writer = csv.DictWriter(output, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(csv_row(event))
        count += 1
    return count


def write_geojson(events: Iterable[Event], *, output: TextIO) -> tuple[int, int]:
    """A FeatureCollection of Points; returns (written, skipped for lack of coordinates)."""
    written = skipped = 0
    output.write('{"type":"FeatureCollection","features":[')
    for event in events:
        row = event_row(event)
        lat, lon = row["latitude"], row["longitude"]
        if lat is None or lon is None:
            skipped += 1
            continue
        properties = {k: v for k, v in row.items() if k not in GEOMETRY_KEYS}
        feature = {
            "type": "Feature",
            "id": event.event_id,
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": properties,
        }
        output.write(("," if written else "") + "\n" + _dumps(feature))
        written += 1
    output.write("\n]}\n")
    return written, skipped


def write_events(
    events: Iterable[Event], *, format: ExportFormat, output: TextIO  # noqa: A002
) -> int:
    """Write ``events`` to ``output`` in ``format``; returns how many were written.

    GeoJSON skips events without coordinates and says how many in a SkippedEventsWarning.
    """
    if format == "jsonl":
        return write_jsonl(events, output=output)
    if format == "csv":
        return write_csv(events, output=output)
    if format == "geojson":
        written, skipped = write_geojson(events, output=output)
        if skipped:
            warnings.warn(
                f"{skipped} event(s) without coordinates were left out of the GeoJSON "
                f"({written} written); export CSV or JSONL to keep them",
                SkippedEventsWarning,
                stacklevel=2,
            )
        return written
    raise UnknownValueError("export format", format, FORMATS)
