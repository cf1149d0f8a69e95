"""Drafts: one event mention typed and resolved, before the mentions of one event merge.

What two drafts must share to be one event (sub-type, place, overlapping dates, actors)
lives here, with the few facts about a draft that merging and tolls both ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventwire.nlp.analysis import EventMention
from eventwire.nlp.mention_rules import TOLL_NOUN
from eventwire.quantities import Count, parse_count
from eventwire.records import Actor
from eventwire.steps.dates import DateWindow, overlaps
from eventwire.steps.places import PlaceChoice
from eventwire.steps.typing import Typed

FOLLOW_UP_SENTENCES = 2


@dataclass
class Draft:
    """One mention, typed and resolved, before merging."""

    mention: EventMention
    typed: Typed
    actor1: Actor | None
    actor1_inferred: bool
    actor2: Actor | None
    place: PlaceChoice | None
    window: DateWindow
    count: Count | None
    members: list[Draft] = field(default_factory=list)


def place_key(d: Draft) -> object:
    if d.place is None or d.place.entity is None:
        return None  # no place of its own (inherited from the article): does not block a merge
    return d.place.place.geonameid or d.place.place.name.lower()


_REGION_WORD = r"\s+(?:region|province|state|governorate|district|department|county)\b"


def regional(d: Draft) -> bool:
    """The draft's place is a region: coded so, or named so ("the Sagaing region")."""
    if d.place is None:
        return False
    place = d.place.place
    if place.feature_code in {"ADM1", "ADM2", "PCLI"}:
        return True
    name = d.place.entity.text if d.place.entity is not None else place.name
    return re.search(re.escape(name) + _REGION_WORD, d.mention.sentence_span.text, re.I) is not None


def within(a: Draft, b: Draft) -> bool:
    """"A strike in the Sagaing region ... the village of X": a region (or the country) and
    a town in it."""
    if a.place is None or b.place is None:
        return False
    for big, small in ((a, b), (b, a)):
        bp, sp = big.place.place, small.place.place
        if regional(big) and not regional(small) and bp.iso2 == sp.iso2 and (
                bp.name in {sp.admin1, sp.admin2} or bp.feature_code == "PCLI"):
            return True  # (a country holds all its towns: "Friday's bombing" in X is the one in its capital)
    return False


# A bombing told as a suicide bombing once and as a blast or a bombing elsewhere: one event
_SAME_BOMBING = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})


def compatible(a: Draft, b: Draft) -> bool:
    if a.typed.sub_event_type != b.typed.sub_event_type and not (
            {a.typed.sub_event_type, b.typed.sub_event_type} == _SAME_BOMBING):
        return False
    if place_key(a) != place_key(b) and None not in (place_key(a), place_key(b)) \
            and not within(a, b):
        return False
    if a.actor1 and b.actor1 and a.actor1.name != b.actor1.name and not (
            a.actor1_inferred or b.actor1_inferred) and not _same_sides(a, b) and not _same_crowd(a, b) \
            and not _named_later(a, b):
        return False
    return overlaps(a.window, b.window)


def _named_later(a: Draft, b: Draft) -> bool:
    """An unidentified armed group at one place and day is the group a later sentence
    names there ("gunmen from the X coalition went from house to house"); not a state's
    forces, which are no name for unidentified gunmen."""
    names = {x.actor1.name.startswith("Unidentified") for x in (a, b)}
    other = b if a.actor1.name.startswith("Unidentified") else a
    return names == {True, False} and other.actor1.inter != 1


def _same_crowd(a: Draft, b: Draft) -> bool:
    """"Members of X marched in A ... In A, the protesters marched ...": the crowd in general
    words and the organisation that brought it out, at one place, are one demonstration."""
    return a.typed.event_type in {"Protests", "Riots"} and any(
        x.actor1.name.startswith(("Protesters (", "Rioters (")) for x in (a, b))


def _same_sides(a: Draft, b: Draft) -> bool:
    """A battle told from the other side ("JNIM attacked the post ... the army said it had
    repelled the attack"): the same two sides, whichever is named first."""
    if a.typed.event_type != "Battles":
        return False
    sides_a = {x.name for x in (a.actor1, a.actor2) if x is not None}
    sides_b = {x.name for x in (b.actor1, b.actor2) if x is not None}
    return sides_b <= sides_a or sides_a <= sides_b


def is_toll(d: Draft) -> bool:
    """"The death toll rose to 23": a figure for an event told elsewhere, never an event itself."""
    # "kill" among its families: "the death toll from a suicide bombing" is typed by the bombing
    return "kill" in d.mention.families and any(TOLL_NOUN.search(t.text) for t in d.mention.triggers)


REFERRING_HEADS = frozenset({"attacker", "assailant", "gunman", "raider", "assailants", "attackers"})


def perpetrator_killed(d: Draft) -> bool:
    """"The suspected attacker was killed": the perpetrator just told, among the dead."""
    p = d.mention.patient
    return d.mention.lethal and d.count is not None and p is not None and \
        p.head in REFERRING_HEADS | {"bomber", "gunmen"} and (
            p.span.text.lower().startswith("the ")
            or re.match(r"(?:[\w-]+) of the\b", p.span.text.lower()) is not None
            and parse_count(p.span.text.split()[0]) is not None)  # "six of the raiders"
