"""Where: resolve the article's place names and pick each event's location.

The dateline ("CITY (Agency) -") is where the reporter files from, never an event place.
Places inside a source's description ("an adviser to the government in X") are not
event places either. An event without a place in its own sentence takes the article's
focus: the place mentioned most often (towns before regions, regions before countries),
with ACLED geo precision 2, since the report does not tie that event to the spot.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from eventwire.geo.fold import core_name
from eventwire.geo.gazetteer import Gazetteer
from eventwire.nlp.analysis import ArticleAnalysis, Entity, EventMention
from eventwire.nlp.place_mentions import demonym_countries
from eventwire.records import Place

_FINE = {1: 0, 2: 1, 3: 2}
_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "RGN", "CONT"})


@dataclass(frozen=True)
class PlaceChoice:
    place: Place
    entity: Entity | None  # the mention the place was read from; None when not found


@dataclass
class ArticlePlaces:
    """The resolved places of one article and its focus place."""

    by_text: dict[str, Place | None]
    focus: PlaceChoice | None
    countries: tuple[str, ...]
    dateline_place: Place | None = None  # used only when the article names no place at all
    dateline_country: Place | None = None  # the country the reporter files from: a hint only

    def for_mention(self, mention: EventMention, *, excluded: list[tuple[int, int]]) -> PlaceChoice | None:
        usable = [e for e in mention.places if not _inside(e, excluded)]
        resolved = [(e, self.by_text.get(e.text)) for e in usable]
        found = [(e, p) for e, p in resolved if p is not None]
        found = [(e, p) for e, p in found if not _namesake_inside(e, p, found, mention)]
        if found:
            # the finest place; a region before its country ("Mexico's Guerrero state")
            entity, place = min(found, key=lambda ep: (_FINE[ep[1].geo_precision],
                                                       ep[1].feature_code in _COUNTRY_CODES, ep[0].start))
            if place.geo_precision == 1 and mention.outskirts:
                place = place.model_copy(update={"geo_precision": 2})
            return PlaceChoice(place, entity)
        # (not CAND; not a name with digits or an acronym the gazetteer lacks: "an M23 attack")
        unresolved = [e for e, p in resolved if p is None and e.label in {"GPE", "LOC"}
                      and not _CODE_LIKE.search(e.text)]
        if unresolved:
            e = unresolved[0]
            return PlaceChoice(Place(name=e.text, geo_precision=3), e)
        if self.focus is None:
            if self.dateline_place is not None:
                return PlaceChoice(self.dateline_place.model_copy(update={"geo_precision": 2}), None)
            return None
        return PlaceChoice(self.focus.place.model_copy(
            update={"geo_precision": max(2, self.focus.place.geo_precision)}), None)


_CODE_LIKE = re.compile(r"\d|^[A-Z]{2,5}$")
_PART_OF = re.compile(r"^\s+(?:neighbou?rhood|district|suburb|quarter|area|section|township)\s+of\s+"
                      r"(?:the\s+)?(?:capital\s+)?$", re.I)


def _namesake_inside(entity: Entity, place: Place, found: list[tuple[Entity, Place]],
                     mention: EventMention) -> bool:
    """"the X neighbourhood of Y": a reading of X in another country than Y is a namesake
    abroad (the gazetteer lacks the neighbourhood); Y is the place."""
    s = mention.sentence_span
    for other, where in found:
        between = s.text[entity.end - s.start:other.start - s.start] if other.start > entity.end else ""
        if between and _PART_OF.match(between) and where.iso2 and place.iso2 != where.iso2:
            return True
    return False


# "RSF fighters attacked X" with X tagged as an organisation: a place only when X is the
# main name of a country, a first-level region or a town of this many people.
MIN_OBJECT_TOWN_POPULATION = 10_000


def _plainly_a_place(name: str, place: Place | None, gazetteer: Gazetteer,
                     countries: Collection[str]) -> bool:
    """Its main name, or another of its names inside the document's countries (GeoNames
    lists names in many languages: "attacked Hamas" is not a German town)."""
    if place is None or place.geonameid is None or not any(
            c.geonameid == place.geonameid and (c.match == "name" or c.match == "alternate"
                                                and c.iso2 in countries)
            for c in gazetteer.candidates(_bare(name))):
        return False
    return place.feature_code in {"PCLI", "ADM1"} or (place.population or 0) >= MIN_OBJECT_TOWN_POPULATION


def struck_places(places: ArticlePlaces, analysis: ArticleAnalysis,
                  gazetteer: Gazetteer | None = None) -> set[tuple[int, int]]:
    """Spans of places that are not actors: "attacked X" objects that resolved as places, and
    regions the model tagged as organisations ("armed youths from neighbouring X State")."""
    spans = {(e.start, e.end) for m in analysis.mentions for e in m.places
             if e.label == "OBJ" and places.by_text.get(e.text) is not None}
    if gazetteer is not None:
        spans |= {(e.start, e.end) for e in analysis.entities
                  if e.label == "ORG" and _region_by_name(e.text, gazetteer)}
    return spans


_REGION_WORDS = frozenset({"state", "province", "region", "governorate", "county", "district"})


def _region_by_name(name: str, gazetteer: Gazetteer) -> bool:
    """"X State", "X Province": a region's own name with its region word ("Islamic State"
    names no region)."""
    core, removed = core_name(name)
    return bool(removed & _REGION_WORDS) and any(
        c.feature_code in {"ADM1", "ADM2"} and c.match in {"name", "alternate"}
        for c in gazetteer.candidates(core))


def _inside(entity: Entity, spans: list[tuple[int, int]]) -> bool:
    return any(a <= entity.start < b for a, b in spans)


def _bare(name: str) -> str:
    """"South Sudan's" -> "South Sudan"."""
    return re.sub(r"(?:'s|\u2019s|')$", "", name.strip())


def excluded_spans(analysis: ArticleAnalysis) -> list[tuple[int, int]]:
    """Stretches of text whose place names are not event places: dateline, source phrases."""
    spans = [(s.span.start, s.span.end + 60) for s in analysis.sources if s.named]
    spans += [(s.span.start, s.span.end) for s in analysis.sources]
    prefix = analysis.dateline_prefix or analysis.dateline
    if prefix is not None:
        spans.append((prefix.start, prefix.end))
    return spans


def resolve_places(analysis: ArticleAnalysis, gazetteer: Gazetteer) -> ArticlePlaces:
    """Resolve every place name of the article together and find its focus."""
    places = [e for e in analysis.entities if e.label in {"GPE", "LOC", "FAC"}]
    seen = {(e.start, e.end) for e in places}
    places += [e for m in analysis.mentions for e in m.places if (e.start, e.end) not in seen]
    names = list(dict.fromkeys(e.text for e in places))
    filed_from = gazetteer.resolve(analysis.dateline.text.title()) if analysis.dateline else None
    # the dateline's country and the nationalities the report names ("an Israeli air strike
    # in Gaza") tip close choices between namesakes
    nations = demonym_countries()
    hints = tuple(dict.fromkeys(
        ([filed_from.iso2] if filed_from is not None and filed_from.iso2 else [])
        + [nations[e.text.lower()] for e in analysis.entities
           if e.label == "NORP" and e.text.lower() in nations]))
    resolved = dict(zip(names, gazetteer.resolve_all([_bare(n) for n in names],
                                                     hint_countries=hints))) if names else {}
    only_objects = {e.text for e in places if e.label == "OBJ"} - {
        e.text for e in places if e.label != "OBJ"}
    known = {p.iso2 for n, p in resolved.items() if p is not None and p.iso2 and n not in only_objects}
    known |= set(hints)
    for name in only_objects:
        if not _plainly_a_place(name, resolved.get(name), gazetteer, known):
            resolved[name] = None  # "attacked X": X is an organisation unless plainly a town
    excluded = excluded_spans(analysis)
    weights: Counter[int] = Counter()
    first: dict[int, Entity] = {}
    by_id: dict[int, Place] = {}
    for e in places:
        place = resolved.get(e.text)
        if place is None or place.geonameid is None or _inside(e, excluded):
            continue
        prefix = analysis.dateline_prefix or analysis.dateline
        if prefix and e.start < prefix.end:
            continue
        weights[place.geonameid] += 3 - _FINE[place.geo_precision]
        first.setdefault(place.geonameid, e)
        by_id[place.geonameid] = place
    focus = None
    if weights:
        best = max(weights, key=lambda gid: (weights[gid], -first[gid].start))
        focus = PlaceChoice(by_id[best], first[best])
    countries = tuple(dict.fromkeys(p.iso2 for p in by_id.values() if p.iso2))
    return ArticlePlaces(by_text=resolved, focus=focus, countries=countries,
                         dateline_place=_dateline_place(analysis, gazetteer),
                         dateline_country=filed_from)


_BACK_TO_DATELINE = re.compile(r"\b(?:the|its|their) (?:[A-Z][a-z]+ )?(?:capital|city)\b")


def _dateline_place(analysis: ArticleAnalysis, gazetteer: Gazetteer) -> Place | None:
    """The dateline city, when the report itself points back to it ("in the capital")."""
    if analysis.dateline is None:
        return None
    text = analysis.article.text
    body = text[(analysis.dateline_prefix or analysis.dateline).end:]
    name = analysis.dateline.text.title()
    if not (_BACK_TO_DATELINE.search(body) or name.lower() in body.lower()):
        return None
    return gazetteer.resolve(name)
