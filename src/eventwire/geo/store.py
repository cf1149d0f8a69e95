"""The gazetteer's SQLite file: schema, row writers and the version stamp.

One file holds places, their folded name keys (exact and phonetic, both indexed) and
the country and admin1/admin2 names. Rows carry their ``source`` ("base" for the
packaged data, "dump" for an imported GeoNames file) so a rebuild of the packaged part
keeps what a user imported.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwire.geo.fold import all_keys, fold, phonetic

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL, longitude REAL,
    feature_class TEXT, feature_code TEXT, iso2 TEXT, admin1_code TEXT, admin2_code TEXT,
    population INTEGER, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, geonameid INTEGER NOT NULL, kind INTEGER NOT NULL, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS phonetic (
    key TEXT NOT NULL, geonameid INTEGER NOT NULL, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS countries (iso2 TEXT PRIMARY KEY, name TEXT, geonameid INTEGER);
CREATE TABLE IF NOT EXISTS admin1 (
    iso2 TEXT, code TEXT, name TEXT, geonameid INTEGER, PRIMARY KEY (iso2, code));
CREATE TABLE IF NOT EXISTS admin2 (
    iso2 TEXT, admin1 TEXT, code TEXT, name TEXT, PRIMARY KEY (iso2, admin1, code));
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names (key);
CREATE INDEX IF NOT EXISTS names_gid ON names (geonameid);
CREATE INDEX IF NOT EXISTS phonetic_key ON phonetic (key);
CREATE INDEX IF NOT EXISTS phonetic_gid ON phonetic (geonameid);
"""

# Name kinds, best first.
KIND_MAIN, KIND_ALTERNATE, KIND_ARTICLE = 0, 1, 2

_LATIN = re.compile(r"^[\u0000-\u024f\u02b0-\u02ff\u1e00-\u1eff\u2018-\u201f]+$")


def is_latin(name: str) -> bool:
    """True for names written in Latin script (other scripts fold to noisy keys)."""
    return bool(_LATIN.match(name))


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One place as stored: GeoNames fields the resolver needs."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    iso2: str
    admin1_code: str = ""
    admin2_code: str = ""
    population: int = 0


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating) the gazetteer file with its schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path))
    conn.executescript(SCHEMA)
    return conn


def write_places(
    conn: sqlite3.Connection,
    items: Iterable[tuple[PlaceRow, Iterable[str]]],
    *,
    source: str,
    replace: bool,
) -> int:
    """Store places with their main name and alternate names; returns how many.

    ``replace`` overwrites a place with the same geonameid (and its names); otherwise
    an existing place (say, one a user imported) is kept as it is.
    """
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    count = 0
    place_rows: list[tuple[object, ...]] = []
    name_rows: list[tuple[str, int, int, str]] = []
    phon_rows: list[tuple[str, int, str]] = []
    existing = conn.execute("SELECT count(*) FROM places").fetchone()[0] > 0

    def flush() -> None:
        if replace and existing:
            gids = [(r[0],) for r in place_rows]
            conn.executemany("DELETE FROM names WHERE geonameid = ?", gids)
            conn.executemany("DELETE FROM phonetic WHERE geonameid = ?", gids)
        conn.executemany(f"{verb} INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", place_rows)
        conn.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows)
        conn.executemany("INSERT INTO phonetic VALUES (?,?,?)", phon_rows)
        place_rows.clear(), name_rows.clear(), phon_rows.clear()

    for row, alternates in items:
        if not replace and existing and conn.execute(
            "SELECT 1 FROM places WHERE geonameid = ?", (row.geonameid,)
        ).fetchone():
            continue
        count += 1
        place_rows.append((row.geonameid, row.name, row.latitude, row.longitude,
                           row.feature_class, row.feature_code, row.iso2, row.admin1_code,
                           row.admin2_code, row.population, source))
        keys: dict[str, int] = {}
        phon: set[str] = set()
        main = fold(row.name)
        for i, name in enumerate([row.name, *alternates]):
            if not name or not is_latin(name):
                continue
            for key in all_keys(name):
                kind = KIND_MAIN if (i == 0 or key == main) else (
                    KIND_ALTERNATE if key == fold(name) else KIND_ARTICLE)
                if key not in keys or kind < keys[key]:
                    keys[key] = kind
            if p := phonetic(name):
                phon.add(p)
        name_rows.extend((k, row.geonameid, kind, source) for k, kind in keys.items())
        phon_rows.extend((p, row.geonameid, source) for p in phon)
        if len(place_rows) >= 20000:
            flush()
    flush()
    return count


def finish(conn: sqlite3.Connection) -> None:
    """Create the indexes and commit."""
    conn.executescript(INDEXES)
    conn.commit()


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
