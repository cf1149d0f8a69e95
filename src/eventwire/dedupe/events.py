"""Merge events from different articles that describe one real-world event.

Blocking makes this close to linear: events are bucketed by ACLED event type, by day
and by a latitude band as wide as ``max_km``, and only events in neighbouring buckets
are compared. Two events are compatible when they come from different articles, have
the same event type, date ranges no more than ``date_window_days`` apart, and the same
GeoNames place or coordinates within ``max_km``. Clusters form by complete link, so
every pair inside a merged event is compatible (no chaining across a week or a
province); more similar pairs (same sub-event type, similar words, by the shared
similarity core of ``documents``) merge first.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from eventwire.dedupe.documents import DocForDedupe, build_profiles, channel_counts, similarity
from eventwire.dedupe.linkage import agglomerate
from eventwire.geo.rank import haversine_km
from eventwire.ids import stable_hash
from eventwire.records import Event, Evidence

_MERGE_FLOOR = 0.5  # compatible pairs score 0.5..1; incompatible pairs are never scored


def _date_range(event: Event) -> tuple[dt.date, dt.date] | None:
    first = event.date_earliest or event.event_date
    last = event.date_latest or event.event_date
    if first is None or last is None:
        return None
    return (first, last) if first <= last else (last, first)


def _near(a: Event, b: Event, *, max_km: float) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return False
    if pa.geonameid is not None and pa.geonameid == pb.geonameid:
        return True
    if None in (pa.latitude, pa.longitude, pb.latitude, pb.longitude):
        return False
    km = haversine_km((pa.latitude, pa.longitude), (pb.latitude, pb.longitude))  # type: ignore[arg-type]
    return km <= max_km


def compatible(a: Event, b: Event, *, date_window_days: int = 3, max_km: float = 25) -> bool:
    """Whether two events may be reports of one real-world event."""
    if a.event_type != b.event_type or set(a.article_ids) & set(b.article_ids):
        return False
    ra, rb = _date_range(a), _date_range(b)
    if ra is None or rb is None:
        return False
    gap = max((rb[0] - ra[1]).days, (ra[0] - rb[1]).days, 0)
    return gap <= date_window_days and _near(a, b, max_km=max_km)


def _event_doc(event: Event) -> DocForDedupe:
    actors = [a.name for a in (event.actor1, event.actor2, *event.assoc_actor_1,
                               *event.assoc_actor_2) if a is not None]
    text = " ".join([event.notes, *(e.text for e in event.evidence), *actors])
    return DocForDedupe(
        doc_id=event.event_id, text=text, published=event.event_date,
        places=(event.place.name,) if event.place else (),
        event_types=(event.sub_event_type,), actors=tuple(actors),
        numbers=(event.fatalities,) if event.fatalities else (),
    )


def _candidate_pairs(events: Sequence[Event], *, date_window_days: int,
                     max_km: float) -> set[tuple[int, int]]:
    """Index pairs in neighbouring (type, day, latitude band) or (type, day, geonameid) buckets."""
    band_deg = max(max_km / 111.0, 1e-6)
    by_band: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    by_place: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        rng = _date_range(e)
        if rng is None or e.place is None:
            continue
        day = rng[0].toordinal()
        if e.place.latitude is not None and e.place.longitude is not None:
            by_band[(e.event_type, day, math.floor(e.place.latitude / band_deg))].append(i)
        if e.place.geonameid is not None:
            by_place[(e.event_type, day, e.place.geonameid)].append(i)
    pairs: set[tuple[int, int]] = set()
    # Ranges longer than one day start earlier; widen the day scan by the longest range.
    span = max(((r[1] - r[0]).days for e in events if (r := _date_range(e))), default=0)
    reach = date_window_days + span
    for index, offsets in ((by_band, (-1, 0, 1)), (by_place, (0,))):
        for (etype, day, cell), members in index.items():
            for d in range(0, reach + 1):
                for o in offsets:
                    others = index.get((etype, day + d, cell + o), [])
                    pairs.update((min(i, j), max(i, j)) for i in members for j in others if i != j)
    return pairs


def dedupe_events(
    events: Sequence[Event], *, date_window_days: int = 3, max_km: float = 25
) -> list[Event]:
    """Events with reports of one real-world event merged; others are returned unchanged.

    Output keeps input order (a merged event takes the place of its first member).
    """
    pairs = [(i, j) for i, j in sorted(_candidate_pairs(
        events, date_window_days=date_window_days, max_km=max_km))
        if compatible(events[i], events[j], date_window_days=date_window_days, max_km=max_km)]
    involved = sorted({i for p in pairs for i in p})
    profiles = dict(zip(involved, build_profiles(
        [channel_counts(_event_doc(events[i])) for i in involved]), strict=True))
    scores = {
        (i, j): _MERGE_FLOOR + 0.25 * (events[i].sub_event_type == events[j].sub_event_type)
        + 0.25 * similarity(profiles[i], profiles[j])
        for i, j in pairs
    }
    labels = agglomerate(len(events), scores, threshold=_MERGE_FLOOR, linkage="complete")
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[label].append(i)
    return [events[m[0]] if len(m) == 1 else merge_events([events[i] for i in m])
            for m in sorted(groups.values())]


def merge_events(members: Sequence[Event]) -> Event:
    """One event from several reports of it (see ``dedupe_events`` for when to call this).

    Fatalities: ``fatalities`` is the lower median of the members' best figures (robust to
    one outlet's early undercount or one's exaggeration, and never above most reports);
    ``fatalities_low`` the smallest low and ``fatalities_high`` the largest high, so the
    range covers every report. Corroboration is the number of independent sources: the
    larger of distinct outlets and distinct asserting claim sources, and never below any
    member's own count.
    """
    ordered = sorted(members, key=lambda e: (-e.confidence, -len(e.evidence), e.event_id))
    rep = ordered[0]
    bests = sorted(e.fatalities for e in members)
    low = min(e.fatalities_low for e in members)
    high = max(e.fatalities_high for e in members)
    best = min(max(bests[(len(bests) - 1) // 2], low), high)
    outlets = {(e.source or f"article:{e.article_ids[0] if e.article_ids else e.event_id}")
               .casefold() for e in members}
    claims = tuple(dict.fromkeys(c for e in members for c in e.claims))
    claimants = {c.source.casefold() for c in claims if c.stance == "asserts"}
    ranges = [r for e in members if (r := _date_range(e))]
    dates = Counter(e.event_date for e in members if e.event_date)
    event_date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    subs = Counter(e.sub_event_type for e in members)
    statuses = {e.review_status for e in members}
    places = [e.place for e in ordered if e.place is not None]
    return rep.model_copy(update={
        "event_id": "e" + stable_hash("merged", *sorted(e.event_id for e in members)),
        "article_ids": tuple(sorted({a for e in members for a in e.article_ids})),
        "event_date": event_date,
        "date_earliest": min(r[0] for r in ranges) if ranges else rep.date_earliest,
        "date_latest": max(r[1] for r in ranges) if ranges else rep.date_latest,
        "time_precision": min(e.time_precision for e in members),
        "sub_event_type": max(subs, key=lambda s: (subs[s], s == rep.sub_event_type)),
        "place": min(places, key=lambda p: p.geo_precision) if places else None,
        "fatalities": best, "fatalities_low": low, "fatalities_high": high,
        "claims": claims,
        "corroboration": max(len(outlets), len(claimants), *(e.corroboration for e in members)),
        "confidence": max(e.confidence for e in members),
        "evidence": _evidence_union(members),
        "source": "; ".join(sorted({e.source for e in members if e.source})) or None,
        "review_status": statuses.pop() if len(statuses) == 1 else "unreviewed",
    })


def _evidence_union(members: Sequence[Event]) -> tuple[Evidence, ...]:
    """Every member's evidence, grouped by article in member order, duplicates dropped.

    Offsets refer to each member's own article. When ``Evidence`` gains an
    ``article_id`` field, it is filled in here for evidence that lacks one.
    """
    tagged = "article_id" in Evidence.model_fields
    out: list[Evidence] = []
    for event in sorted(members, key=lambda e: (e.article_ids, e.event_id)):
        for ev in event.evidence:
            if tagged and getattr(ev, "article_id", None) is None and len(event.article_ids) == 1:
                ev = ev.model_copy(update={"article_id": event.article_ids[0]})
            out.append(ev)
    return tuple(dict.fromkeys(out))
