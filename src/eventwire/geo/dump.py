"""Import a GeoNames dump (allCountries.txt, a country file like SY.txt, or its .zip).

Adds every place of the dump to the gazetteer file so that villages missing from the
packaged cities500 become resolvable. Imported rows replace packaged rows with the same
geonameid and survive later rebuilds of the packaged part. ADM1/ADM2 features also fill
the admin name tables used for ``Place.admin1``/``admin2``.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import BadInputError
from eventwire.geo.store import PlaceRow, connect, finish, write_places
from eventwire.settings import Settings

_N_COLUMNS = 19
# Feature classes worth resolving news toponyms to: admin areas, hydrography, areas,
# populated places, roads/railways, spots (buildings, bases), hypsography, vegetation.
_CLASSES = frozenset("AHLPRSTUV")


def import_geonames_dump(path: Path, *, settings: Settings | None = None) -> int:
    """Import a GeoNames dump into the gazetteer at ``settings.gazetteer_file``; returns rows.

    Accepts the standard tab-separated 19-column GeoNames format, plain or zipped.
    Raises BadInputError for a missing file or a line that is not in that format.
    """
    settings = settings or Settings()
    path = Path(path)
    if not path.is_file():
        raise BadInputError(str(path), "no such file (expected a GeoNames dump such as SY.txt)")
    conn = connect(settings.gazetteer_file)
    try:
        with _open_text(path) as lines:
            count = _import_lines(conn, lines, where=str(path))
        finish(conn)
    finally:
        conn.close()
    return count


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix.lower() != ".zip":
        return path.open(encoding="utf-8")  # type: ignore[return-value]
    zf = zipfile.ZipFile(path)
    members = [n for n in zf.namelist() if n.endswith(".txt") and not n.startswith("readme")]
    if not members:
        raise BadInputError(str(path), "zip holds no .txt GeoNames dump")
    return io.TextIOWrapper(zf.open(members[0]), encoding="utf-8")


def _parse(lines: io.TextIOBase, *, where: str) -> Iterator[tuple[PlaceRow, list[str]]]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != _N_COLUMNS:
            raise BadInputError(f"{where}:{lineno}", f"expected {_N_COLUMNS} tab-separated "
                                f"GeoNames columns, found {len(cols)}")
        try:
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            pop = int(cols[14] or 0)
        except ValueError as exc:
            raise BadInputError(f"{where}:{lineno}", f"bad number in GeoNames row: {exc}") from None
        if cols[6] not in _CLASSES:
            continue
        alternates = [cols[2], *(a for a in cols[3].split(",") if a)]
        yield PlaceRow(gid, cols[1], lat, lon, cols[6], cols[7], cols[8], cols[10], cols[11],
                       pop), alternates


def _import_lines(conn: sqlite3.Connection, lines: io.TextIOBase, *, where: str) -> int:
    admin1: list[tuple[str, str, str, int]] = []
    admin2: list[tuple[str, str, str, str]] = []
    countries: list[tuple[str, str, int]] = []

    def rows() -> Iterator[tuple[PlaceRow, list[str]]]:
        for row, alts in _parse(lines, where=where):
            if row.feature_code == "ADM1":
                admin1.append((row.iso2, row.admin1_code, row.name, row.geonameid))
            elif row.feature_code == "PCLI":
                countries.append((row.iso2, row.name, row.geonameid))
            elif row.feature_code == "ADM2":
                admin2.append((row.iso2, row.admin1_code, row.admin2_code, row.name))
            yield row, alts

    count = write_places(conn, rows(), source="dump", replace=True)
    conn.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", admin1)
    conn.executemany("INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?)", admin2)
    conn.executemany("INSERT OR IGNORE INTO countries VALUES (?,?,?)", countries)
    return count
