"""Offline gazetteer: look up names in an indexed SQLite file and resolve them to Places.

Built once from the packaged GeoNames data (see ``build``) at ``Settings().gazetteer_file``
and reused; rebuilt when the version stamp changes. Lookups go through indexed keys
(folded names, article variants, a phonetic key), never a scan over all names.

    gaz = Gazetteer.open()
    gaz.resolve("Aleppo", context_countries=["SY"])      # -> Place or None
    gaz.resolve_all(["Syria", "Aleppo", "Tall Rifat"])   # document-level disambiguation
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from eventwire.geo.build import build_base, version_stamp
from eventwire.geo.fold import VICINITY_WORDS, bare, core_name, fold, phonetic, query_keys
from eventwire.geo.rank import (
    MIN_SCORE,
    Candidate,
    hand_written,
    haversine_km,
    precision_of,
    score,
)
from eventwire.geo.store import KIND_MAIN, connect, get_meta
from eventwire.records import Place
from eventwire.settings import Settings

# A namesake outside the document's countries must be this plausible to be chosen.
MIN_SCORE_OUTSIDE_CONTEXT = 2.6
# In document-level resolution, a best candidate this far ahead of the next is an anchor.
ANCHOR_MARGIN = 1.0
# A country inferred from this many of a document's other places gets the full bonus.
INFERRED_FULL_WEIGHT = 2.0
_COLUMNS = ("geonameid, name, latitude, longitude, feature_class, feature_code, iso2, "
            "admin1_code, admin2_code, population")


class Gazetteer:
    """Name lookup and toponym resolution over one gazetteer file. Build with ``open``."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._cache: dict[str, list[Candidate]] = {}
        self._countries = dict(conn.execute("SELECT iso2, name FROM countries"))
        self._admin1 = {(i, c): n for i, c, n in conn.execute("SELECT iso2, code, name FROM admin1")}
        self._admin2 = {(i, a, c): n for i, a, c, n in
                        conn.execute("SELECT iso2, admin1, code, name FROM admin2")}

    @classmethod
    def open(cls, *, settings: Settings | None = None, packaged: bool = True) -> Gazetteer:
        """Open the gazetteer file, building the packaged part first if missing or stale.

        ``packaged=False`` opens the file as it is (only imported dumps), for tests and
        for users who want their own GeoNames extract alone.
        """
        settings = settings or Settings()
        path = settings.gazetteer_file
        if packaged:
            _ensure_built(path, min_city_population=settings.min_city_population)
        conn = connect(path)
        return cls(conn, path=path)

    def close(self) -> None:
        self._conn.close()

    def candidates(self, name: str, *, limit: int = 20) -> list[Candidate]:
        """Entries ``name`` may refer to, most plausible first (without document context)."""
        found = self._lookup(name)
        return sorted(found, key=lambda c: -score(c))[:limit]

    def resolve(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        near: tuple[float, float] | Sequence[tuple[float, float]] | None = None,
    ) -> Place | None:
        """The most plausible Place for ``name``, or None when nothing plausible is found.

        ``context_countries`` are ISO alpha-2 codes the document is about; ``near`` is one
        (lat, lon) point or several, of other places in the document.
        """
        points = _points(near)
        best = self._best(name, context_countries=tuple(context_countries), near=points)
        return self._place(best, name=name) if best else None

    def resolve_all(
        self, names: Sequence[str], *, context_countries: Sequence[str] = (),
        hint_countries: Sequence[str] = (),
    ) -> list[Place | None]:
        """Resolve every toponym of one document together.

        First the unambiguous or large places (countries, regions, names whose best
        candidate is far ahead) are taken as anchors; then every name is resolved with
        the countries, first-level regions and points of the *other* names' anchors as
        context (a name never supports its own reading: "Georgia" alone does not make
        the document about the country Georgia). ``hint_countries`` (the country of the
        dateline city) count as half a country of the document: as much as one anchor.
        """
        given = tuple(context_countries)
        anchors: dict[str, Candidate] = {}
        for name in dict.fromkeys(names):
            ranked = sorted(((score(c, context_countries=given), c)
                             for c in self._lookup(name)), key=lambda t: -t[0])
            ranked = [t for t in ranked if t[1].match != "phonetic"] or ranked
            if not ranked:
                continue
            top_score, top = ranked[0]
            if feature := _feature_named_by(top, [c for _, c in ranked], given):
                anchors[name] = feature
                continue
            margin = top_score - ranked[1][0] if len(ranked) > 1 else 99.0
            if top.feature_code in ("PCLI", "ADM1") or (margin >= ANCHOR_MARGIN
                                                         and top.match != "phonetic"):
                anchors[name] = top
        chosen = self._resolve_with(names, anchors, given, tuple(hint_countries))
        return [self._place(chosen[n], name=n) if chosen[n] else None for n in names]

    def _resolve_with(self, names: Sequence[str], anchors: dict[str, Candidate],
                      given: tuple[str, ...], hints: tuple[str, ...] = ()
                      ) -> dict[str, Candidate | None]:
        out: dict[str, Candidate | None] = {}
        for name in dict.fromkeys(names):
            others = [a for n, a in anchors.items() if n != name]
            counts = Counter(a.iso2 for a in others if a.iso2)
            context = tuple(dict.fromkeys([*given, *(c for c, _ in counts.most_common()),
                                           *hints]))
            weights = {c: 1.0 if c in given else min(1.0, (counts[c] + (c in hints))
                                                     / INFERRED_FULL_WEIGHT)
                       for c in context}
            out[name] = self._best(name, context_countries=context, anchors=others,
                                   country_weights=weights)
        return out

    # -- internals ---------------------------------------------------------------------

    def _best(
        self, name: str, *, context_countries: tuple[str, ...],
        near: Sequence[tuple[float, float]] = (), anchors: Sequence[Candidate] = (),
        country_weights: dict[str, float] | None = None,
    ) -> Candidate | None:
        """Best candidate for ``name``; ``anchors`` are other names' confident readings,
        giving points and first-level regions (never the candidate's own entry)."""
        found = self._lookup(name)
        spelled = [c for c in found if c.match != "phonetic"]
        if spelled:
            # A sound-alike competes with spelled matches only when it is a town or spot
            # inside the document's countries and no spelled match lies there ("East X"
            # must not become "South X"; "Tal X" may be "Tall X" when a namesake is abroad).
            inside = any(c.iso2 in context_countries for c in spelled)
            found = spelled + ([] if inside else [
                c for c in found if c.match == "phonetic" and c.iso2 in context_countries
                and c.feature_class in ("P", "S")])
        elif any(c.iso2 in context_countries for c in found):
            # only sound-alikes: those inside the document's countries, when there are any
            found = [c for c in found if c.iso2 in context_countries]
        if context_countries:
            # "Gaza" in a report about Israel: a city next door, not a region on another continent
            close = set(context_countries) | _neighbours_of(context_countries)
            if any(c.iso2 in close and c.feature_class == "P" and c.match in ("name", "alternate")
                   and c.population >= NEAR_CITY_POPULATION for c in found):
                found = [c for c in found if c.iso2 in close or c.feature_code not in ("ADM1", "ADM2")]
        best, best_score = None, float("-inf")
        # Local evidence (a region or point of the document) does not make a small
        # namesake beat a big city of that very name (a hamlet in a state the text names).
        prominent = max((c.population for c in found if c.match == "name"
                         and c.feature_class == "P" and c.population >= MIN_PROMINENT),
                        default=0)
        for c in found:
            others = [a for a in anchors if a.geonameid != c.geonameid]
            points = [*near, *((a.latitude, a.longitude) for a in others
                               if a.feature_class == "P" or a.feature_code == "ADM1")]
            regions = {(a.iso2, a.admin1_code) for a in others if a.admin1_code and (
                a.feature_class == "P" or a.feature_code in ("ADM1", "ADM2"))}
            s = score(c, context_countries=context_countries, near=points,
                      context_regions=regions, country_weights=country_weights,
                      local_weight=0.0 if c.population * PROMINENCE_RATIO < prominent else 1.0)
            if s > best_score:
                best, best_score = c, s
        if best is None or best_score < MIN_SCORE:
            return None
        inside = best.iso2 in context_countries
        if feature := _feature_named_by(best, found, context_countries, near=near, anchors=anchors):
            return feature
        next_door = best.iso2 in _neighbours_of(context_countries) and best.feature_class == "P" \
            and best.population >= NEAR_CITY_POPULATION and best.match in ("name", "alternate")
        # (a sea, an island or a range is no far-away namesake of a town: it is let through)
        if context_countries and not inside and not next_door and best.feature_class != "L" and (
                best.feature_code != "PCLI" and not hand_written(best)
                and best_score < MIN_SCORE_OUTSIDE_CONTEXT):
            return None
        if context_countries and not inside and best.match == "article":
            return None  # met only once its article is dropped, and abroad: a namesake
        if best.match == "phonetic":
            # A sound-alike needs support: near the document's towns and regions when it
            # names any, else inside its countries or near whatever else it names.
            local = [*near, *((a.latitude, a.longitude) for a in anchors
                              if a.geonameid != best.geonameid
                              and (a.feature_class == "P" or a.feature_code == "ADM1"))]
            if not (_is_near(best, local) if local else inside or _is_near(
                    best, [(a.latitude, a.longitude) for a in anchors])):
                return None  # a sound-alike far from everything else in the document
        if best.feature_code == "ADM1" and not context_countries:
            # "Gaza" with no other clue: a city as populous as the region, under that very
            # name, is what the name usually means
            city = max((c for c in found if c.feature_class == "P" and c.match == "name"
                        and c.iso2 != best.iso2 and c.population >= best.population),
                       key=lambda c: c.population, default=None)
            # ... and a large city written exactly as the text has it, when the region's own
            # name needs more ("Beni" is the city, "El Beni" the region)
            city = city or max((c for c in found if c.feature_class == "P" and c.match == "name"
                                and c.population >= NEAR_CITY_POPULATION and fold(c.name) == fold(name)
                                and fold(best.name) != fold(name)
                                and not any(o.iso2 == best.iso2 and o.feature_class == "P"
                                            and fold(o.name) == fold(name) for o in found)),
                               key=lambda c: c.population, default=None)
            if city is not None:
                return city
        if best.feature_code in ("ADM1", "ADM2"):
            # A region named after its main town ("X province" and "X"): a bare name
            # means the town, unless the words say region.
            seat = max((c for c in found if c.feature_class == "P" and c.iso2 == best.iso2
                        and c.admin1_code == best.admin1_code
                        and (best.feature_code == "ADM1" or c.admin2_code == best.admin2_code)
                        and c.match in ("name", "alternate", "article")),
                       key=lambda c: c.population, default=None)
            if seat is not None and not _REGION_WORDS.intersection(fold(name).split()):
                return seat
        return best

    def _lookup(self, name: str) -> list[Candidate]:
        if name in self._cache:
            return self._cache[name]
        folded = fold(name)
        keys = sorted(query_keys(name))
        found: dict[int, str] = {}
        if keys:
            marks = ",".join("?" * len(keys))
            rows = self._conn.execute(
                f"SELECT geonameid, key, kind FROM names WHERE key IN ({marks})", keys)
            for gid, key, kind in rows:
                match = ("article" if key != folded else
                         "name" if kind == KIND_MAIN else "alternate")
                if gid not in found or _RANK[match] < _RANK[found[gid]]:
                    found[gid] = match
        if p := phonetic(name):
            for (gid,) in self._conn.execute(
                    "SELECT geonameid FROM phonetic WHERE key = ?", (p,)):
                found.setdefault(gid, "phonetic")
        result: list[Candidate] = []
        ids = list(found)
        written = bare(name)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM places WHERE geonameid IN ({','.join('?' * len(chunk))})",
                chunk)
            for row in rows:
                if found[row[0]] == "phonetic" and SequenceMatcher(
                        None, written, bare(row[1])).ratio() < MIN_PHONETIC_SIMILARITY:
                    continue  # same consonants, spelled unlike ("Pamuro" is not "Pimira")
                result.append(Candidate(*row[:2], float(row[2]), float(row[3]),
                                        *(v or "" for v in row[4:9]), int(row[9] or 0),
                                        found[row[0]]))
        core, removed = core_name(name)
        if removed and all(c.match == "phonetic" for c in result):
            # "Aleppo city", "Idlib countryside": the place the describing words are about
            # (the full name's sound-alikes carry the describing word in their key)
            result = self._lookup(core) or result
            if removed & SETTLEMENT_WORDS:
                # "X village" is not a region, nor a city of millions
                cap = _VILLAGE_MAX_POPULATION if "village" in removed else None
                result = [c for c in result if c.feature_class in ("P", "S")
                          and (cap is None or c.population <= cap)]
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[name] = result
        return result

    def _place(self, c: Candidate, *, name: str = "") -> Place:
        precision = precision_of(c)
        if precision == 1 and c.feature_class != "S" and VICINITY_WORDS & core_name(name)[1]:
            precision = 2  # "the countryside of X", "X airport": near X, not in it (a base is the spot)
        return Place(
            name=c.name, geonameid=c.geonameid if c.geonameid > 0 else None, latitude=c.latitude, longitude=c.longitude,
            admin1=self._admin1.get((c.iso2, c.admin1_code)) if c.feature_code != "PCLI" else None,
            admin2=self._admin2.get((c.iso2, c.admin1_code, c.admin2_code)),
            country=self._countries.get(c.iso2), iso2=c.iso2 or None,
            feature_code=c.feature_code or None, population=c.population or None,
            geo_precision=precision,
        )


SETTLEMENT_WORDS = frozenset({"village", "town", "city"})
_VILLAGE_MAX_POPULATION = 100_000
_RANK = {"name": 0, "alternate": 1, "article": 2, "phonetic": 3}
_REGION_WORDS = frozenset({"governorate", "province", "state", "region", "district",
                           "county", "prefecture", "oblast", "wilaya", "muhafazah"})
NEAR_KM = 200.0
# A city of this many people in the document's countries or next door outranks a far-away
# region of the same name.
NEAR_CITY_POPULATION = 100_000
# A city of this many people whose main name matches, and this many times larger than a
# namesake, takes the document's local bonus away from that namesake (GeoVirus dev:
# plateau from 100k to 500k and ratios 10 to 50; no effect on UCDP).
MIN_PROMINENT = 250_000
PROMINENCE_RATIO = 20
# A sound-alike must also be spelled alike: difflib ratio of the article-free folded
# names (GeoVirus dev and UCDP dev: plateau from 0.5 to 0.6).
MIN_PHONETIC_SIMILARITY = 0.6


def _feature_named_by(best: Candidate, found: Sequence[Candidate],
                      context_countries: Sequence[str], *,
                      near: Sequence[tuple[float, float]] = (), anchors: Sequence[Candidate] = ()
                      ) -> Candidate | None:
    """The hand-written sea, range or island that ``best``, a region or town abroad, is
    named after: "the Red Sea", "the Pacific", "the Andes" are what news means, not a
    district or small town named after them. Inside the document's countries a region
    keeps its claim, and so does a district or town the document's other places support
    (``near`` points and ``anchors`` in its region or near it: "Andes" in a report from
    Antioquia); a prominent city always does."""
    if hand_written(best) or not (best.feature_code in ("ADM1", "ADM2", "ADM3") or (
            best.feature_class == "P" and best.population < MIN_PROMINENT)):
        return None
    feature = max((c for c in found if hand_written(c) and c.match in ("name", "alternate")),
                  key=score, default=None)
    if feature is None or best.iso2 not in context_countries:
        return feature
    if best.feature_code == "ADM1":
        return None
    others = [a for a in anchors if a.geonameid != best.geonameid]
    supported = _is_near(best, [*near, *((a.latitude, a.longitude) for a in others
                                         if a.feature_class == "P")]) or any(
        a.admin1_code and (a.iso2, a.admin1_code) == (best.iso2, best.admin1_code) for a in others)
    return None if supported else feature


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    """ISO alpha-2 code -> codes of the countries bordering it (countryinfo, made symmetric)."""
    from countryinfo import CountryInfo

    info = CountryInfo.all().values()
    alpha2 = {i["ISO"]["alpha3"]: i["ISO"]["alpha2"] for i in info
              if isinstance(i.get("ISO"), dict) and i["ISO"].get("alpha3") and i["ISO"].get("alpha2")}
    out: dict[str, set[str]] = {}
    for i in info:
        code = i.get("ISO", {}).get("alpha2") if isinstance(i.get("ISO"), dict) else None
        for other in i.get("borders") or ():
            if code and other in alpha2:
                out.setdefault(code, set()).add(alpha2[other])
                out.setdefault(alpha2[other], set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _neighbours_of(countries: tuple[str, ...]) -> frozenset[str]:
    borders = _borders()
    return frozenset(n for c in countries for n in borders.get(c, ())) - set(countries)


def _is_near(c: Candidate, near: Sequence[tuple[float, float]]) -> bool:
    return any(haversine_km((c.latitude, c.longitude), p) <= NEAR_KM for p in near)


def _points(near: object) -> list[tuple[float, float]]:
    if near is None:
        return []
    if isinstance(near, tuple) and len(near) == 2 and all(isinstance(v, (int, float))
                                                          for v in near):
        return [(float(near[0]), float(near[1]))]
    return [(float(p[0]), float(p[1])) for p in near]  # type: ignore[union-attr]


def _ensure_built(path: Path, *, min_city_population: int) -> None:
    """Build the packaged part when the file is missing or its version stamp is stale."""
    wanted = version_stamp(min_city_population=min_city_population)
    if path.exists():
        conn = connect(path)
        try:
            if get_meta(conn, "version") == wanted:
                return
            build_base(conn, min_city_population=min_city_population)
        finally:
            conn.close()
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = connect(tmp)
    try:
        build_base(conn, min_city_population=min_city_population)
    finally:
        conn.close()
    os.replace(tmp, path)
