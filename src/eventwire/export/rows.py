"""Flat rows of an Event: the JSON object of the CLI contract and the ACLED-style CSV row.

Anonymous sources stay anonymous: a claim's ``source`` is written as the extractor found
it ("residents", "a security official"), never replaced by an invented name.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from eventwire.flat import event_columns
from eventwire.records import Claim, Event, Evidence

# The keys of event_row, in order: the JSON contract of `eventwire export` and the API.
ROW_KEYS: tuple[str, ...] = (
    "event_id", "event_date", "date_earliest", "date_latest", "time_precision",
    "event_type", "sub_event_type", "plover_type",
    "actor1", "inter1", "assoc_actor_1", "actor2", "inter2", "assoc_actor_2", "interaction",
    "location", "admin1", "admin2", "country", "iso2", "latitude", "longitude",
    "geo_precision", "geonameid",
    "fatalities", "fatalities_low", "fatalities_high",
    "source", "claims", "corroboration", "notes", "confidence", "evidence",
    "article_ids", "extractor_version", "review_status",
)

# ACLED's columns where ACLED has the concept, in ACLED's order, then eventwire's extras.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "iso", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "fatalities_low", "fatalities_high", "date_earliest", "date_latest", "plover_type",
    "claims", "corroboration", "confidence", "iso2", "geonameid", "review_status",
    "article_ids", "extractor_version",
)
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS

# ACLED's disorder type follows from the sub-event type (ACLED codebook, 2023).
_DEMONSTRATIONS = {"Peaceful protest", "Protest with intervention", "Violent demonstration"}
_BOTH = {"Excessive force against protesters"}


def disorder_type(event: Event) -> str:
    """ACLED's disorder type: Political violence, Demonstrations, or Strategic developments."""
    if event.sub_event_type in _BOTH:
        return "Political violence; Demonstrations"
    if event.sub_event_type in _DEMONSTRATIONS:
        return "Demonstrations"
    if event.event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


@lru_cache(maxsize=512)
def iso_numeric(iso2: str | None) -> int | None:
    """ISO 3166-1 numeric code (ACLED's ``iso`` column) of an alpha-2 code, via pycountry."""
    if not iso2:
        return None
    import pycountry  # lazy: loads its database on first use

    country = pycountry.countries.get(alpha_2=iso2.upper())
    return int(country.numeric) if country is not None else None


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _evidence(items: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    rows = []
    for e in items:
        row = {"field": e.field, "text": e.text, "start": e.start, "end": e.end}
        if e.article_id is not None:
            row["article_id"] = e.article_id  # offsets refer to this article (merged events)
        rows.append(row)
    return rows


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "source": claim.source, "kind": claim.kind, "named": claim.named,
        "count": claim.count, "stance": claim.stance, "evidence": _evidence(claim.evidence),
    }


def event_row(event: Event) -> dict[str, Any]:
    """The flat JSON object of one event (keys in ROW_KEYS order, dates as ISO strings)."""
    flat = event_columns(event)
    for key in ("event_date", "date_earliest", "date_latest"):
        flat[key] = flat[key].isoformat() if flat[key] is not None else None
    flat["latitude"], flat["longitude"] = _finite(flat["latitude"]), _finite(flat["longitude"])
    flat["claims"] = [_claim(c) for c in event.claims]
    flat["evidence"] = _evidence(event.evidence)
    flat["article_ids"] = list(event.article_ids)
    flat["extractor_version"] = event.extractor_version
    return {key: flat[key] for key in ROW_KEYS}


def claims_text(claims: tuple[Claim, ...]) -> str:
    """Claims as one compact cell: "source (kind, stance); ..."."""
    return "; ".join(f"{c.source} ({c.kind}, {c.stance})" for c in claims)


def csv_row(event: Event) -> dict[str, Any]:
    """The CSV row of one event, keyed by CSV_COLUMNS; absent values are empty strings."""
    row = event_row(event)
    values: dict[str, Any] = {
        "event_id_cnty": row["event_id"],
        "year": event.event_date.year if event.event_date else None,
        "disorder_type": disorder_type(event),
        "iso": iso_numeric(row["iso2"]),
        "claims": claims_text(event.claims),
        "article_ids": "; ".join(event.article_ids),
    }
    out = {}
    for column in CSV_COLUMNS:
        value = values[column] if column in values else row[column]
        out[column] = "" if value is None else value
    return out
