"""Scoring of gazetteer candidates for one toponym: what makes one namesake the likely one.

A candidate's score adds: how it matched (main name > alternate > article variant >
phonetic), its kind (country, admin1, continent, populated place), its population (log
scale), whether its country is one the document is about, whether it lies in a
first-level region of the document's other places, and how close it lies to them. ``MIN_SCORE`` is the floor below which a resolver says
"not found" rather than return a far-away namesake.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

MATCH_SCORE = {"name": 1.0, "alternate": 0.75, "article": 0.6, "phonetic": 0.1}
FEATURE_BONUS = {"PCLI": 1.6, "CONT": 1.6, "ADM1": 0.9, "PPLC": 0.6, "PPLA": 0.4,
                 "PPLA2": 0.2, "ADM2": 0.2, "PPLX": -0.2, "PPLH": -0.6, "PPLQ": -0.6}
# The hand-written seas, islands, ranges, regions and military bases (``data/physical_features.tsv``): their
# GeoNames feature codes and classes, and their synthetic ids (at or below PHYSICAL_ID_BASE).
# They have no population: each is a feature news names, as prominent as a large town. The
# countless small lakes, islands and valleys of an imported GeoNames dump get no such bonus.
PHYSICAL_CLASS = {"OCN": "H", "SEA": "H", "GULF": "H", "BAY": "H", "STRT": "H", "CNL": "H",
                  "LK": "H", "ISL": "T", "ISLS": "T", "MTS": "T", "PLAT": "T", "DSRT": "T",
                  "PEN": "T", "DLTA": "T", "VAL": "T", "RGN": "L",
                  "MILB": "S", "AIRB": "S", "INSM": "S"}
PHYSICAL_ID_BASE = -200_000
PHYSICAL_BONUS = 1.4
CLASS_BONUS = {"P": 0.0, "A": 0.0, "L": -0.2, "S": -0.3, "T": -0.3, "H": -0.4, "V": -0.5,
               "R": -0.5, "U": -0.8}
POP_WEIGHT = 0.28
CONTEXT_BONUS = 1.4
REGION_BONUS = 0.8
NEAR_BONUS = 1.2
NEAR_SCALE_KM = 150.0
MIN_SCORE = 1.35


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to, and how the name matched it."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    iso2: str
    admin1_code: str
    admin2_code: str
    population: int
    match: str  # "name", "alternate", "article" or "phonetic"


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def hand_written(cand: Candidate) -> bool:
    """One of the hand-written physical features or regions."""
    return cand.geonameid <= PHYSICAL_ID_BASE


def score(
    cand: Candidate,
    *,
    context_countries: Sequence[str] = (),
    near: Sequence[tuple[float, float]] = (),
    context_regions: Collection[tuple[str, str]] = (),
    country_weights: Mapping[str, float] | None = None,
    local_weight: float = 1.0,
) -> float:
    """Plausibility of ``cand`` given the document's countries, regions and other places.

    ``context_regions`` are (iso2, admin1 code) pairs of the document's other places: a
    county or town in one of them is likelier than a namesake elsewhere in the country.
    ``country_weights`` scales the country bonus (a country inferred from one other
    place counts less than one the document names repeatedly); missing means 1.
    """
    s = MATCH_SCORE[cand.match] + FEATURE_BONUS.get(cand.feature_code, 0.0)
    s += CLASS_BONUS.get(cand.feature_class, 0.0)
    if hand_written(cand):
        s += PHYSICAL_BONUS
    s += POP_WEIGHT * math.log10(cand.population + 10)
    if cand.iso2 and cand.iso2 in context_countries:
        weight = country_weights.get(cand.iso2, 1.0) if country_weights else 1.0
        s += CONTEXT_BONUS * weight
    # Being near the document's places and being in one of its regions say the same
    # thing: the larger of the two counts, not their sum.
    local = 0.0
    if (cand.feature_code != "ADM1" and cand.admin1_code
            and (cand.iso2, cand.admin1_code) in context_regions):
        local = REGION_BONUS
    if near and cand.feature_class == "P":
        d = min(haversine_km((cand.latitude, cand.longitude), p) for p in near)
        local = max(local, NEAR_BONUS * math.exp(-d / NEAR_SCALE_KM))
    return s + local * local_weight


# seas, ranges, deserts and peninsulas span a region or more; a lake, strait or valley less
_WIDE_FEATURES = frozenset({"OCN", "SEA", "GULF", "BAY", "MTS", "DSRT", "PEN", "PLAT", "ISLS"})


def precision_of(cand: Candidate) -> int:
    """ACLED geo_precision: 1 town or spot, 2 district or natural feature, 3 region or larger."""
    code, cls = cand.feature_code, cand.feature_class
    if cls == "L" or code == "ADM1" or code.startswith("PCL") or code in _WIDE_FEATURES:
        return 3
    if cls in ("P", "S"):
        return 1
    return 2
