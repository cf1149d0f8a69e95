"""Check one report's extraction against a coder's ``expected.yaml``: a whole-report test.

The format is that of the project's reference example: ``article`` (``file``, ``source``,
``published``), ``must_find`` (events a correct system records, with the fields to
check), ``may_find`` (events a careful coder may also record; neither required nor
penalised) and ``must_not_find`` (prose for people). The prose is not read; what the
checker can check for it is that nothing outside ``must_find`` and ``may_find`` is
recorded, so a dateline event, a background year or a second copy of one event shows up
as *unexpected*. A value written ``one_of [a, b]`` accepts any of the alternatives.

Analysts can write such a file for any report they care about and run
``eventwire check DIR`` after each upgrade: a regression test in the coder's own terms.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import BadInputError
from eventwire.evaluate.cases import yaml_date
from eventwire.geo.fold import fold
from eventwire.geo.rank import haversine_km
from eventwire.records import Article, Event, Extraction

Extract = Callable[[Article], Extraction]

FIELDS = frozenset({
    "key", "event_type", "sub_event_type", "actor1", "actor1_inter", "actor2", "location",
    "date", "fatalities", "evidence_contains", "sources_include", "not_confirmed_by",
})
LOCATION_FIELDS = frozenset({"name", "country_iso2", "lat", "lon", "within_km", "geo_precision"})
DATE_FIELDS = frozenset({"earliest", "latest", "time_precision"})
DEFAULT_WITHIN_KM = 25.0
_ONE_OF = re.compile(r"^\s*one_of\s*\[(.*)\]\s*$", re.S)


@dataclass(frozen=True)
class FieldCheck:
    """One expected field: what the coder wrote, what the event has, and whether they agree."""

    field: str
    expected: str
    found: str
    ok: bool


@dataclass(frozen=True)
class ExpectationResult:
    """One expected event and the extracted event matched to it (None: not found)."""

    key: str
    required: bool
    event_id: str | None
    checks: tuple[FieldCheck, ...]

    @property
    def ok(self) -> bool:
        return self.event_id is not None and all(c.ok for c in self.checks)


@dataclass(frozen=True)
class AcceptanceReport:
    """The verdict on one report: each expectation, and the events nobody expected."""

    example: str
    events: int
    expectations: tuple[ExpectationResult, ...]
    unexpected: tuple[str, ...]  # one line per event outside must_find and may_find

    @property
    def passed(self) -> bool:
        required = [e for e in self.expectations if e.required]
        return all(e.ok for e in required) and not self.unexpected


def alternatives(value: object) -> list[object]:
    """``one_of [1, 2]`` -> [1, 2]; a list stays a list; anything else is one value."""
    if isinstance(value, list):
        return value
    if isinstance(value, str) and (m := _ONE_OF.match(value)):
        return [yaml.safe_load(part.strip()) for part in m[1].split(",") if part.strip()]
    return [value]


def _same_text(expected: object, found: str | None) -> bool:
    """Folded equality, or the expected words contained in the found name."""
    if found is None:
        return False
    want, got = fold(str(expected)), fold(found)
    return bool(want) and (want == got or re.search(rf"\b{re.escape(want)}\b", got) is not None)


def _show(values: list[object]) -> str:
    return " | ".join(str(v) for v in values)


def _check_location(want: Mapping[str, Any], event: Event, where: str) -> list[FieldCheck]:
    unknown = set(want) - LOCATION_FIELDS
    if unknown:
        raise BadInputError(where, f"unknown location fields {sorted(unknown)}; expected some "
                                   f"of {sorted(LOCATION_FIELDS)}")
    place = event.place
    checks = []
    if "name" in want:
        found = place.name if place else None
        names = [found, place.admin2 if place else None]
        checks.append(FieldCheck("location.name", str(want["name"]), str(found),
                                 any(_same_text(want["name"], n) for n in names)))
    if "country_iso2" in want:
        found = place.iso2 if place else None
        checks.append(FieldCheck("location.country_iso2", str(want["country_iso2"]), str(found),
                                 found is not None and found.upper() == str(want["country_iso2"]).upper()))
    if "lat" in want and "lon" in want:
        limit = float(want.get("within_km", DEFAULT_WITHIN_KM))
        if place is None or place.latitude is None or place.longitude is None:
            checks.append(FieldCheck("location.point", f"within {limit:g} km", "no point", False))
        else:
            km = haversine_km((place.latitude, place.longitude), (float(want["lat"]), float(want["lon"])))
            checks.append(FieldCheck("location.point", f"within {limit:g} km", f"{km:.0f} km",
                                     km <= limit))
    if "geo_precision" in want:
        values = alternatives(want["geo_precision"])
        found_p = place.geo_precision if place else None
        checks.append(FieldCheck("location.geo_precision", _show(values), str(found_p),
                                 found_p in values))
    return checks


def _check_date(want: Mapping[str, Any], event: Event, where: str) -> list[FieldCheck]:
    unknown = set(want) - DATE_FIELDS
    if unknown:
        raise BadInputError(where, f"unknown date fields {sorted(unknown)}; expected some of "
                                   f"{sorted(DATE_FIELDS)}")
    checks = []
    if "earliest" in want or "latest" in want:
        lo = yaml_date(want.get("earliest"), where) or dt.date.min
        hi = yaml_date(want.get("latest"), where) or dt.date.max
        first = event.date_earliest or event.event_date
        last = event.date_latest or event.event_date
        ok = first is not None and last is not None and lo <= first and last <= hi
        checks.append(FieldCheck("date", f"{lo}..{hi}", f"{first}..{last}", ok))
    if "time_precision" in want:
        values = alternatives(want["time_precision"])
        checks.append(FieldCheck("date.time_precision", _show(values), str(event.time_precision),
                                 event.time_precision in values))
    return checks


def _evidence_covers(phrase: str, event: Event, text: str) -> bool:
    """Whether some occurrence of ``phrase`` in the text overlaps the event's evidence."""
    spans = [(e.start, e.end) for e in event.evidence if e.article_id is None]
    for m in re.finditer(re.escape(phrase), text, flags=re.I):
        if any(s < m.end() and m.start() < e for s, e in spans):
            return True
    return False


def check_event(expected: Mapping[str, Any], event: Event, *, text: str,
                where: str = "expected") -> list[FieldCheck]:
    """Compare one extracted event with one expected event, field by field."""
    unknown = set(expected) - FIELDS
    if unknown:
        raise BadInputError(where, f"unknown fields {sorted(unknown)}; expected some of "
                                   f"{sorted(FIELDS)}")
    checks: list[FieldCheck] = []
    for name in ("event_type", "sub_event_type"):
        if name in expected:
            values = alternatives(expected[name])
            found = getattr(event, name)
            checks.append(FieldCheck(name, _show(values), found,
                                     any(fold(str(v)) == fold(found) for v in values)))
    for name in ("actor1", "actor2"):
        if name in expected:
            actor = getattr(event, name)
            names = [actor.name, *actor.aliases] if actor else []
            values = alternatives(expected[name])
            checks.append(FieldCheck(name, _show(values), actor.name if actor else "None",
                                     any(_same_text(v, n) for v in values for n in names)))
    if "actor1_inter" in expected:
        values = alternatives(expected["actor1_inter"])
        found_inter = event.actor1.inter if event.actor1 else None
        checks.append(FieldCheck("actor1_inter", _show(values), str(found_inter),
                                 found_inter in values))
    if "location" in expected:
        checks += _check_location(expected["location"] or {}, event, where)
    if "date" in expected:
        checks += _check_date(expected["date"] or {}, event, where)
    if "fatalities" in expected:
        values = alternatives(expected["fatalities"])
        checks.append(FieldCheck("fatalities", _show(values), str(event.fatalities),
                                 event.fatalities in values))
    if "evidence_contains" in expected:
        phrase = str(expected["evidence_contains"])
        ok = _evidence_covers(phrase, event, text)
        checks.append(FieldCheck("evidence", phrase, "covered" if ok else "not in evidence", ok))
    for source in alternatives(expected.get("sources_include", [])):
        ok = any(_same_text(source, c.source) or _same_text(c.source, str(source))
                 for c in event.claims)
        checks.append(FieldCheck("sources", str(source), "; ".join(c.source for c in event.claims)
                                 or "none", ok))
    if "not_confirmed_by" in expected:
        who = str(expected["not_confirmed_by"])
        ok = any(c.stance in ("cannot_confirm", "denies") and _same_text(who, c.source)
                 for c in event.claims)
        found_c = "; ".join(f"{c.source} [{c.stance}]" for c in event.claims
                            if c.stance != "asserts") or "none"
        checks.append(FieldCheck("not_confirmed_by", who, found_c, ok))
    return checks


def _summary(event: Event) -> str:
    place = event.place.name if event.place else "no place"
    actor = event.actor1.name if event.actor1 else "no actor"
    return (f"{event.event_date or '?'} {event.event_type} / {event.sub_event_type}: {actor} "
            f"in {place}, {event.fatalities} killed")


def check_events(expected: Mapping[str, Any], events: Sequence[Event], *, text: str,
                 example: str = "example") -> AcceptanceReport:
    """Match extracted events one-to-one to the expected ones and check every field.

    Pairs are taken best first (most fields in agreement; an event of another event type
    never matches); required expectations win ties over optional ones.
    """
    wanted: list[tuple[Mapping[str, Any], bool]] = []
    for section, required in (("must_find", True), ("may_find", False)):
        items = expected.get(section) or []
        if not isinstance(items, list):
            raise BadInputError(example, f"{section} must be a list of events")
        wanted += [(item, required) for item in items]
    scored = []
    for i, (want, required) in enumerate(wanted):
        for j, event in enumerate(events):
            checks = check_event(want, event, text=text, where=f"{example}: {want.get('key', i)}")
            gate = next((c.ok for c in checks if c.field == "event_type"), True)
            if gate:
                scored.append((-sum(c.ok for c in checks), not required, i, j, checks))
    scored.sort(key=lambda t: t[:4])
    taken: dict[int, tuple[int, list[FieldCheck]]] = {}
    used: set[int] = set()
    for _, _, i, j, checks in scored:
        if i not in taken and j not in used:
            taken[i] = (j, checks)
            used.add(j)
    results = []
    for i, (want, required) in enumerate(wanted):
        key = str(want.get("key", f"#{i + 1}"))
        if i in taken:
            j, checks = taken[i]
            results.append(ExpectationResult(key, required, events[j].event_id, tuple(checks)))
        else:
            results.append(ExpectationResult(key, required, None, ()))
    unexpected = tuple(_summary(e) for j, e in enumerate(events) if j not in used)
    return AcceptanceReport(example, len(events), tuple(results), unexpected)


def load_expected(path: Path) -> tuple[Path, dict[str, Any]]:
    """The expected.yaml of an example folder (or the file itself), parsed and checked."""
    path = Path(path)
    file = path / "expected.yaml" if path.is_dir() else path
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadInputError(str(file), f"cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise BadInputError(str(file), f"not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict) \
            or "file" not in data["article"]:
        raise BadInputError(str(file), "expected an 'article' mapping with a 'file'")
    for section in ("must_find", "may_find"):
        items = data.get(section) or []
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise BadInputError(str(file), f"{section} must be a list of events")
    return file, data


def check_example(path: Path, *, extract: Extract | None = None) -> AcceptanceReport:
    """Run the pipeline on an example's article and check it against its expected.yaml.

    ``extract(article) -> Extraction`` defaults to eventwire's pipeline; offsets are read
    against the article text as ingested (line endings normalised).
    """
    from eventwire.ingest import make_article

    file, expected = load_expected(path)
    meta = expected["article"]
    source_file = file.parent / str(meta["file"])
    try:
        raw = source_file.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInputError(str(source_file), f"cannot read: {exc.strerror or exc}") from None
    published = meta.get("published")
    article = make_article(str(source_file), raw,
                           published=yaml_date(published, str(file)),
                           source=meta.get("source"))
    if extract is None:
        from eventwire.api_python import default_pipeline

        extract = default_pipeline().extract
    extraction = extract(article)
    return check_events(expected, list(extraction.events), text=extraction.article.text,
                        example=file.parent.name)


def render_report(report: AcceptanceReport) -> str:
    """A plain-text verdict: one block per expectation, then the unexpected events."""
    lines = [f"{report.example}: {report.events} event(s) extracted"]
    for r in report.expectations:
        kind = "must" if r.required else "may"
        if r.event_id is None:
            lines.append(f"{'MISSING' if r.required else 'absent'} [{kind}] {r.key}")
            continue
        lines.append(f"{'PASS' if r.ok else 'FAIL'} [{kind}] {r.key} -> {r.event_id}")
        lines += [f"    {'ok ' if c.ok else 'BAD'} {c.field}: expected {c.expected}; found {c.found}"
                  for c in r.checks]
    lines += [f"UNEXPECTED {line}" for line in report.unexpected]
    required = [r for r in report.expectations if r.required]
    lines.append(f"result: {'PASS' if report.passed else 'FAIL'} "
                 f"({sum(r.ok for r in required)}/{len(required)} required events right, "
                 f"{len(report.unexpected)} unexpected)")
    return "\n".join(lines)


__all__ = [
    "AcceptanceReport", "ExpectationResult", "FieldCheck", "alternatives", "check_event",
    "check_events", "check_example", "load_expected", "render_report",
]
