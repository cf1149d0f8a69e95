"""Flat rows of an Event: the JSON object of the CLI contract and the ACLED-style CSV row.

Anonymous sources stay anonymous: a claim's ``source`` is written as the extractor found
it ("residents", "a security official"), never replaced by an invented name.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from eventwire.records import Actor, Claim, Event, Evidence

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


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None


def _joined(actors: tuple[Actor, ...]) -> str | None:
    return "; ".join(a.name for a in actors) or None


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
    place = event.place
    date = lambda d: d.isoformat() if d is not None else None  # noqa: E731
    return {
        "event_id": event.event_id,
        "event_date": date(event.event_date),
        "date_earliest": date(event.date_earliest),
        "date_latest": date(event.date_latest),
        "time_precision": event.time_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover_type": event.plover_type,
        "actor1": _name(event.actor1),
        "inter1": event.actor1.inter if event.actor1 else None,
        "assoc_actor_1": _joined(event.assoc_actor_1),
        "actor2": _name(event.actor2),
        "inter2": event.actor2.inter if event.actor2 else None,
        "assoc_actor_2": _joined(event.assoc_actor_2),
        "interaction": event.interaction,
        "location": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "country": place.country if place else None,
        "iso2": place.iso2 if place else None,
        "latitude": _finite(place.latitude) if place else None,
        "longitude": _finite(place.longitude) if place else None,
        "geo_precision": place.geo_precision if place else None,
        "geonameid": place.geonameid if place else None,
        "fatalities": event.fatalities,
        "fatalities_low": event.fatalities_low,
        "fatalities_high": event.fatalities_high,
        "source": event.source,
        "claims": [_claim(c) for c in event.claims],
        "corroboration": event.corroboration,
        "notes": event.notes,
        "confidence": event.confidence,
        "evidence": _evidence(event.evidence),
        "article_ids": list(event.article_ids),
        "extractor_version": event.extractor_version,
        "review_status": event.review_status,
    }


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
