"""The flat, ACLED-style columns of an Event, derived in one place.

The store keeps a subset of them as query columns; the exports write them all. Values
keep their Python types (dates as dates); each consumer formats them as it needs.
"""

from __future__ import annotations

from typing import Any

from eventwire.records import Event


def event_columns(event: Event) -> dict[str, Any]:
    """Actor names, inter codes and place fields flattened next to the event's own fields."""
    place = event.place
    a1, a2 = event.actor1, event.actor2
    return {
        "event_id": event.event_id,
        "event_date": event.event_date,
        "date_earliest": event.date_earliest,
        "date_latest": event.date_latest,
        "time_precision": event.time_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover_type": event.plover_type,
        "actor1": a1.name if a1 else None,
        "inter1": a1.inter if a1 else None,
        "assoc_actor_1": "; ".join(a.name for a in event.assoc_actor_1) or None,
        "actor2": a2.name if a2 else None,
        "inter2": a2.inter if a2 else None,
        "assoc_actor_2": "; ".join(a.name for a in event.assoc_actor_2) or None,
        "interaction": event.interaction,
        "location": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "country": place.country if place else None,
        "iso2": place.iso2 if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.geo_precision if place else None,
        "geonameid": place.geonameid if place else None,
        "fatalities": event.fatalities,
        "fatalities_low": event.fatalities_low,
        "fatalities_high": event.fatalities_high,
        "source": event.source,
        "corroboration": event.corroboration,
        "confidence": event.confidence,
        "notes": event.notes,
        "review_status": event.review_status,
    }
