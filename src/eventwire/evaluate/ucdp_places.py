"""UCDP GED place names: how often the gazetteer puts a coded town where UCDP put it.

From a GED CSV take the rows with ``where_prec == 1`` (a town or village), read the place
name from ``where_coordinates`` ("Teir Maaleh village" -> name "Teir Maaleh", hint
"village"; "A (B)" and "A/B" give alternatives), resolve it with the row's country as
context (GED's ``country`` column, "DR Congo (Zaire)" style names, so one reader serves
any GED extract), and report the share within 5 km and 25 km of UCDP's (latitude,
longitude) and the share not found. Identical names within a split are scored once.
2016-2017 is dev, 2018-2019 test; rows of other years are scored together as "all".
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import BadInputError
from eventwire.evaluate.geo_metrics import haversine_km
from eventwire.geo.gazetteer import SETTLEMENT_WORDS, Gazetteer

FEATURE_WORDS = frozenset({
    "village", "villages", "town", "city", "neighbourhood", "neighborhood", "suburb",
    "district", "area", "camp", "farm", "farms", "hill", "mountain", "airport", "airbase",
    "base", "checkpoint", "field", "fields", "dam", "island", "plant", "complex",
    "sector", "region", "quarter", "crossing", "station", "bridge",
})
SPLITS = {"dev": (2016, 2017), "test": (2018, 2019)}
_PAREN = re.compile(r"\(([^)]*)\)")
_REQUIRED = ("where_prec", "where_coordinates", "latitude", "longitude", "year")


@dataclass(frozen=True, slots=True)
class ParsedPlace:
    """A place name from ``where_coordinates``: alternatives in order, and the feature word."""

    names: tuple[str, ...]
    feature: str | None


@dataclass(frozen=True, slots=True)
class UcdpSplitResult:
    rows: int
    unique_names: int
    within_5km: float
    within_25km: float
    not_found: float


@dataclass(frozen=True, slots=True)
class UcdpPlacesResult:
    dev: UcdpSplitResult
    test: UcdpSplitResult
    all: UcdpSplitResult | None = None  # every year; only when some rows are outside dev/test


def parse_where(text: str) -> ParsedPlace:
    """Split "Khuwayn village (Tell Khuwaiyn)" into names ("Khuwayn", "Tell Khuwaiyn")."""
    alternatives = [a.strip() for a in _PAREN.findall(text)]
    main = _PAREN.sub(" ", text)
    words = main.split()
    feature = None
    if len(words) > 1 and words[-1].lower().strip(".,") in FEATURE_WORDS:
        feature = words.pop().lower().strip(".,")  # one word only: "X Hill village"
    names: list[str] = []
    main = " ".join(words)
    for part in [main, *alternatives]:
        for piece in part.split("/"):
            pw = piece.split()
            if len(pw) > 1 and pw[-1].lower() in FEATURE_WORDS and part is not main:
                pw.pop()
            if (name := " ".join(pw).strip(" ,;-")) and name not in names:
                names.append(name)
    return ParsedPlace(tuple(names), feature)


def read_ged_rows(path: Path, *, required: Sequence[str] = _REQUIRED) -> list[dict[str, str]]:
    """The rows of a UCDP GED CSV; a clear error when a needed column is missing."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise BadInputError(str(path), f"not a UCDP GED CSV: missing columns {missing}")
            return list(reader)
    except OSError as exc:
        raise BadInputError(str(path), f"cannot read: {exc}") from None


def country_code(name: str, *, gazetteer: Gazetteer) -> str | None:
    """ISO alpha-2 code of a GED country name ("Syria", "DR Congo (Zaire)"), or None."""
    for part in (_PAREN.sub(" ", name), *_PAREN.findall(name)):
        part = " ".join(part.split())
        for c in gazetteer.candidates(part) if part else ():
            if c.feature_code.startswith("PCL") and c.match != "phonetic" and c.iso2:
                return c.iso2
    return None


def _score(rows: list[dict[str, str]], *, gazetteer: Gazetteer, country: str | None
           ) -> UcdpSplitResult:
    codes: dict[str, str | None] = {}

    def context(row: dict[str, str]) -> tuple[str, ...]:
        if country is not None:
            return (country,)
        name = row.get("country", "").strip()
        if name not in codes:
            codes[name] = country_code(name, gazetteer=gazetteer) if name else None
        return (codes[name],) if codes[name] else ()

    first: dict[tuple[str, tuple[str, ...]], tuple[ParsedPlace, float, float]] = {}
    for r in rows:
        parsed = parse_where(r["where_coordinates"])
        key = (parsed.names[0], context(r)) if parsed.names else None
        if key and key not in first:
            first[key] = (parsed, float(r["latitude"]), float(r["longitude"]))
    n5 = n25 = missing = 0
    for (_, countries), (parsed, lat, lon) in first.items():
        place = None
        for name in parsed.names:
            if parsed.feature in SETTLEMENT_WORDS:
                name = f"{name} {parsed.feature}"  # as coded: "X village" is not a city of millions
            place = gazetteer.resolve(name, context_countries=countries)
            if place is not None:
                break
        if place is None or place.latitude is None or place.longitude is None:
            missing += 1
            continue
        d = haversine_km((place.latitude, place.longitude), (lat, lon))
        n5 += d <= 5
        n25 += d <= 25
    n = len(first) or 1
    return UcdpSplitResult(rows=len(rows), unique_names=len(first), within_5km=n5 / n,
                           within_25km=n25 / n, not_found=missing / n)


def evaluate_ucdp_places(
    path: Path, *, gazetteer: Gazetteer, country: str | None = None
) -> UcdpPlacesResult:
    """Score town-level (where_prec 1) place names of a GED CSV; dev 2016-17, test 2018-19.

    ``country`` (ISO alpha-2) overrides the context of every row; None reads each row's
    ``country`` column.
    """
    rows = [r for r in read_ged_rows(path) if r["where_prec"].strip() and
            float(r["where_prec"]) == 1 and r["latitude"] and r["longitude"]]
    parts: dict[str, UcdpSplitResult] = {}
    in_splits = 0
    for split, (lo, hi) in SPLITS.items():
        chosen = [r for r in rows if lo <= int(float(r["year"])) <= hi]
        in_splits += len(chosen)
        parts[split] = _score(chosen, gazetteer=gazetteer, country=country)
    everything = (_score(rows, gazetteer=gazetteer, country=country)
                  if in_splits < len(rows) else None)
    return UcdpPlacesResult(**parts, all=everything)
