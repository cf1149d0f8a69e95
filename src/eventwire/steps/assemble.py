"""From an ArticleAnalysis to coded Events: type, actors, place, date, fatalities,
claims, then merge the mentions of one event into one record with its evidence.

Mentions merge when they have the same sub-event type, the same place, overlapping
date windows and compatible actors: "executed 58 people", "were killed by drowning"
and "the 58 executed plotters" are one event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from eventwire import ids
from eventwire.geo import countries
from eventwire.nlp import lexicon
from eventwire.nlp.analysis import ArticleAnalysis, EventMention, TextSpan
from eventwire.nlp.mention_rules import TOLL_NOUN
from eventwire.quantities import Count, find_counts, parse_count
from eventwire.records import Actor, Event, Evidence, Place
from eventwire.steps import claims as claims_step
from eventwire.steps.actors import ActorRegistry, build_registry, country_named, generic_name
from eventwire.steps.dates import DateWindow, combine, date_window, is_background, overlaps
from eventwire.steps.places import (
    ArticlePlaces,
    PlaceChoice,
    excluded_spans,
    resolve_places,
    struck_places,
)
from eventwire.steps.typing import Typed, type_mention
from eventwire.taxonomy import interaction_code

# Agents that are the weapon, not the actor ("an air strike killed ...").
_MEANS = frozenset({"strike", "airstrike", "bomb", "blast", "explosion", "shell", "shelling",
                    "missile", "rocket", "landmine", "mine", "device", "attack", "drone"})

# Families where an unnamed perpetrator is most likely the article's main armed actor.
_ACTOR_INFERABLE = frozenset({"kill", "attack", "arrest", "abduct", "raid", "capture", "loot",
                              "sexual"})


_STATE_FORCES = re.compile(r"\b(?:the (?:military|army|air force|junta)|military government)\b", re.I)
# a coalition or another country's aircraft, or armed groups' drones: the strike's actor is open
_OTHER_AIR = re.compile(r"\b(?:coalition|foreign|rebel|insurgent|militant)s?\b[^.]{0,40}\b(?:drones?|"
                        r"aircraft|jets?|warplanes?|planes?)\b", re.I)
_DENIAL = re.compile(r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es))\b", re.I)
FOLLOW_UP_SENTENCES = 2
BLAME_SENTENCES = 4  # a claim or blame up to four sentences after the event names its actor
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians",
                            "Riots", "Protests"})


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


def _place_key(d: Draft) -> object:
    if d.place is None or d.place.entity is None:
        return None  # no place of its own (inherited from the article): does not block a merge
    return d.place.place.geonameid or d.place.place.name.lower()


_REGION_WORD = r"\s+(?:region|province|state|governorate|district|department|county)\b"


def _regional(d: Draft) -> bool:
    """The draft's place is a region: coded so, or named so ("the Sagaing region")."""
    if d.place is None:
        return False
    place = d.place.place
    if place.feature_code in {"ADM1", "ADM2", "PCLI"}:
        return True
    name = d.place.entity.text if d.place.entity is not None else place.name
    return re.search(re.escape(name) + _REGION_WORD, d.mention.sentence_span.text, re.I) is not None


def _within(a: Draft, b: Draft) -> bool:
    """"A strike in the Sagaing region ... the village of X": a region and a town in it."""
    if a.place is None or b.place is None:
        return False
    for big, small in ((a, b), (b, a)):
        bp, sp = big.place.place, small.place.place
        if _regional(big) and not _regional(small) and bp.iso2 == sp.iso2 and \
                bp.name in {sp.admin1, sp.admin2}:
            return True
    return False


def _compatible(a: Draft, b: Draft) -> bool:
    if a.typed.sub_event_type != b.typed.sub_event_type:
        return False
    if _place_key(a) != _place_key(b) and None not in (_place_key(a), _place_key(b)) \
            and not _within(a, b):
        return False
    if a.actor1 and b.actor1 and a.actor1.name != b.actor1.name and not (
            a.actor1_inferred or b.actor1_inferred) and not _same_sides(a, b):
        return False
    return overlaps(a.window, b.window)


def _same_sides(a: Draft, b: Draft) -> bool:
    """A battle told from the other side ("JNIM attacked the post ... the army said it had
    repelled the attack"): the same two sides, whichever is named first."""
    if a.typed.event_type != "Battles":
        return False
    sides_a = {x.name for x in (a.actor1, a.actor2) if x is not None}
    sides_b = {x.name for x in (b.actor1, b.actor2) if x is not None}
    return sides_b <= sides_a or sides_a <= sides_b


def _country_name(place: Place | None) -> str | None:
    """ACLED's name for the country of a place (GeoNames spells some otherwise)."""
    if place is None:
        return None
    country = countries.by_iso2(place.iso2)
    return country.name if country else place.country or None


def _draft(m: EventMention, *, registry: ActorRegistry, places: ArticlePlaces,
           excluded: list[tuple[int, int]], expressions, published: dt.date | None,
           previous: DateWindow | None, previous_place: PlaceChoice | None = None,
           state_forces_named: bool = False) -> Draft:
    place = places.for_mention(m, excluded=excluded)
    if previous_place is not None and (place is None or place.entity is None):
        # no place of its own: the story goes on where the event told just before happened
        place = PlaceChoice(previous_place.place.model_copy(
            update={"geo_precision": max(2, previous_place.place.geo_precision)}), None)
    focus = places.focus.place if places.focus else places.dateline_country
    if place is not None and place.place.geonameid is None and focus is not None:
        # not in the gazetteer: keep the name, say which country, give no coordinates
        place = PlaceChoice(place.place.model_copy(update={"country": focus.country, "iso2": focus.iso2}),
                            place.entity)
    country = _country_name(place.place if place else None) or _country_name(focus)
    actor1 = registry.resolve(m.agent, country=country)
    inferred = False
    unidentified = actor1 is not None and actor1.name.startswith("Unidentified Armed Group")
    if actor1 is None and (m.agent is None or m.agent.pronoun or m.agent.head in _MEANS) or unidentified:
        # "..., a monitor said, blaming government warplanes", "X claimed responsibility":
        # the accused or the claimant, with less confidence
        blamed = [p for i, p in registry.blamed if 0 <= i - m.sentence <= BLAME_SENTENCES]
        named = next((a for a in (registry.resolve(p, country=country) for p in blamed) if a is not None
                      and not (unidentified and a.name.startswith("Unidentified"))), None)
        if named is not None:
            actor1, inferred = named, True
    if actor1 is None and m.family in _ACTOR_INFERABLE and registry.dominant and (
            m.agent is None or m.agent.pronoun):
        actor1, inferred = registry.actor(registry.dominant), True
    # the bomber among the dead is the perpetrator, not a victim side
    actor2 = None if m.patient is not None and m.patient.head == "bomber" else \
        registry.victims(m.patient, country=country)
    if actor1 is None and m.family == "change_group" and m.agent is None and m.patient is not None:
        # "the army had been deployed": the deployed force is the one acting
        actor1, actor2 = registry.resolve(m.patient, country=country), None
    if actor2 is not None and actor1 is not None and actor2.name == actor1.name:
        actor2 = None
    is_state = actor1 is not None and actor1.inter == 1
    place_country = _country_name(place.place) if place else None
    home = is_state and (actor1.country is None or place_country is None or actor1.country == place_country)
    typed = type_mention(m, agent_is_state=is_state, agent_is_home_state=home)
    if actor1 is None and state_forces_named and typed.sub_event_type == "Air/drone strike" and country:
        # "An air strike killed 30 ... The military did not respond": only the state flies here
        actor1, inferred = Actor(name=f"Military Forces of {country}", inter=1, country=country), True
    if typed.event_type == "Riots" and actor1 is not None and actor1.name.startswith("Vigilante Militia"):
        actor1 = actor1.model_copy(update={"name": generic_name("Rioters ({c})", country), "inter": 5})
    if typed.event_type == "Riots" and actor1 is not None and actor1.inter == 6:
        # protesters who turn violent are coded as rioters
        actor1 = actor1.model_copy(update={"name": actor1.name.replace("Protesters", "Rioters"), "inter": 5})
    if m.family == "intervene" and typed.sub_event_type == "Protest with intervention":
        # ACLED codes the protesters as actor1 and the force that intervened as actor2
        actor1, actor2 = Actor(name=generic_name("Protesters ({c})", country), inter=6,
                               country=country), actor1
    if actor1 is None and m.agent is not None and m.agent.entity is not None \
            and m.agent.entity.label == "GPE" and m.agent.head == m.agent.entity.text.lower():
        # a country as the actor: its government for agreements, its forces otherwise
        who = m.agent.entity.text
        if country_named(who) is None:
            actor1 = Actor(name=who)  # "The M23 said its forces ...": a group the model took for a place
        else:
            who = country_named(who)
            actor1 = Actor(name=f"Government of {who}" if typed.event_type == "Strategic developments"
                           else f"Military Forces of {who}", inter=1, country=who)
    if actor1 is None and m.agent is not None and not m.agent.pronoun and typed.event_type in {
            "Protests", "Riots"} and typed.sub_event_type != "Excessive force against protesters":
        crowd = "Protesters ({c})" if typed.event_type == "Protests" else "Rioters ({c})"
        actor1 = Actor(name=generic_name(crowd, country),
                       inter=6 if typed.event_type == "Protests" else 5, country=country)
    count = None
    if m.lethal and m.patient is not None and m.patient.count is not None \
            and m.patient.head not in lexicon.ANIMAL_WORDS:
        count = _total(m.patient.count)
        word = m.patient.count.text.lower()
        if count is None and word in {"both", "a", "an", "the", "one", "himself", "herself",
                                                  "him", "her"} or count is None and \
                m.patient.entity is not None and m.patient.entity.label == "PERSON":
            n = 2 if word == "both" else 1
            count = Count(n, n, n, m.patient.count.text, m.patient.count.start, m.patient.count.end)
        if count is not None:
            count = Count(count.low, count.best, count.high, m.patient.count.text,
                          m.patient.count.start, m.patient.count.end)
    window = date_window(m, expressions, published=published, previous=previous)
    return Draft(m, typed, actor1, inferred, actor2, place, window, count)


_HURT = re.compile(r"^(?:injur|wound|hurt)", re.I)
_PLACE_OF_CARE = re.compile(r"\b(?:hospital|clinic|infirmary|morgue|mortuary|medical (?:centre|center)|"
                            r"health (?:centre|center))s?\b", re.I)


def is_toll(d: Draft) -> bool:
    """"The death toll rose to 23": a figure for an event told elsewhere, never an event itself."""
    # "kill" among its families: "the death toll from a suicide bombing" is typed by the bombing
    return "kill" in d.mention.families and any(TOLL_NOUN.search(t.text) for t in d.mention.triggers)


def _follows_up(d: Draft, previous: Draft, *, lead: Draft | None = None) -> bool:
    """"The attack damaged ...", "At least 20 people were killed": more on the event just told.

    ``lead`` is the first mention of the story ``previous`` belongs to: its actor is the
    story's actor when the mention just before names none ("... did not say where they
    had been killed. The army said it had struck militants")."""
    m = d.mention
    # "The U.N. said it was appalled by the attack", paragraphs later: a definite reference
    # with no place or date of its own is still the story's event
    same_country = d.place is not None and previous.place is not None and \
        d.place.place.iso2 == previous.place.place.iso2
    far_reference = (m.anaphoric or m.refers_back and (m.agent is None or m.agent.pronoun)) \
        and (not m.places or m.anaphoric and same_country) and not _own_dates(m)
    # the story's kind: the mention just before, or the story's first ("..., they burned four
    # vehicles. The army confirmed a convoy had been attacked")
    kinds = {previous.typed.event_type} | ({lead.typed.event_type} if lead is not None else set())
    violent_before = bool(kinds & _VIOLENT_TYPES)
    armed_before = bool(kinds & {"Battles", "Explosions/Remote violence", "Violence against civilians"})
    told_actor = previous.actor1 or (lead.actor1 if lead is not None else None)
    # "al Shabaab ... claimed to have killed 15 people", paragraphs on: the actor's own
    # figure for its attack
    claimed = armed_before and m.family in _ARMED_FAMILIES and d.actor1 is not None and (
        told_actor is None or told_actor.name.startswith("Unidentified") or d.actor1.name == told_actor.name) \
        and bool(_CLAIMED.search(_before_trigger(m))) and not m.places and not _own_dates(m)
    if m.sentence - previous.mention.sentence > FOLLOW_UP_SENTENCES and not (far_reference or claimed):
        return False
    if is_toll(d) and violent_before:
        return True  # its date and place are those of the count ("by Wednesday ... had risen")
    unnamed = m.agent is None or m.agent.pronoun
    casualty_report = (m.lethal or _HURT.match(m.trigger.text)) and unnamed and m.family == "kill" \
        and violent_before
    # "The attackers also burned houses": destruction by the same actor is part of the attack
    same_actor = d.actor1 is not None and told_actor is not None and \
        d.actor1.name == told_actor.name or unnamed or d.actor1_inferred or _refers_to_actor(d, previous)
    destruction = m.family == "loot" and same_actor and armed_before
    # "The ship was hit", "the army said it had struck targets in the area": the same
    # attack told again in general words
    retold = m.families == ("attack",) and (same_actor or d.actor1 is None) and armed_before
    # "Insurgents ambushed a convoy ... The attackers fired rockets at the convoy": what the
    # actor just told did in the attack, with no place or date of its own
    elaborated = armed_before and m.family in _ARMED_FAMILIES | {"abduct"} and _refers_to_actor(d, previous)
    # "Police responded with tear gas": the response to a riot or protest is part of it
    # "protesters were beaten", "14 people had been arrested", "hundreds had gathered to
    # demand ...": the crowd, the force and the arrests of a protest or riot just told
    crowd_story = previous.typed.event_type in {"Riots", "Protests"}
    response = crowd_story and (
        m.family == "intervene" or m.family in {"kill", "arrest"} and unnamed
        or m.family == "arrest" and d.actor1 is not None and d.actor1.inter == 1
        or m.family in {"protest", "riot"} and not _own_dates(m))
    if _perpetrator_killed(d) and violent_before and (not m.date_spans or m.sentence == previous.mention.sentence):
        return True  # "The attacker was then killed by guards": the end of the same attack
    own_dates = _own_dates(m)
    # "Medics at the city's X Hospital said they received 70 wounded": where the wounded
    # were taken, not where the event was; "when the mortar round landed in X district": a
    # definite reference placed anywhere in the event's country is the event told in more detail
    own_places = [p for p in m.places if not _PLACE_OF_CARE.search(p.text)] and not (
        _same_ground(d, previous) or m.anaphoric and same_country)
    # "Separatist fighters then opened fire on the vehicle": the next moment of the attack
    sequel = armed_before and m.family in _ARMED_FAMILIES and bool(_THEN.search(_before_trigger(m)))
    if (sequel or claimed) and not own_dates:
        return True
    if own_places or own_dates:
        # "Seven soldiers were killed in the attack near X": told again, with its place;
        # "Another two died in hospital on Tuesday": more dead of the same attack
        return casualty_report and (m.refers_back or _added(d))
    # "The missile, an Iskander-M, hit a courtyard", "The attack on the police station began
    # at 11pm": a sentence opening on a definite reference to the event or its means
    opens_on_it = armed_before and m.family in _ARMED_FAMILIES and m.refers_back and bool(
        _OPENS_ON.match(m.sentence_span.text)) and any(t.start - m.sentence_span.start < 20 for t in m.triggers)
    # "Residents seized the men outside a school": the victims just told, told again
    told_victims = {x.mention.patient.head for x in (previous, lead) if x is not None and x.mention.patient}
    victims_again = violent_before and m.patient is not None and bool(told_victims) \
        and m.patient.span.text.lower().startswith(("the ", "them")) \
        and m.patient.head in told_victims | {"they", "them"}
    return m.anaphoric or opens_on_it or victims_again or casualty_report or destruction or retold or elaborated or response


_THEN = re.compile(r"\bthen\b", re.I)
_OPENS_ON = re.compile(r"^\s*(?:The|This|That)\s", re.I)
_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:to\s+have|that\s+(?:it|they)\s+had)\b|"
                      r"\b(?:said|saying)\s+(?:it|they)\s+had\b", re.I)


def _before_trigger(m: EventMention) -> str:
    s = m.sentence_span
    return s.text[:m.trigger.start - s.start]


def _same_ground(d: Draft, previous: Draft) -> bool:
    """The place a mention names is the event's just told, or the region or country it
    lies in ("the attack on the post in a rural area of Kirkuk province")."""
    if d.place is None or previous.place is None:
        return d.place is None
    here, there = d.place.place, previous.place.place
    if (here.geonameid, here.name) == (there.geonameid, there.name) or _within(d, previous):
        return True
    if here.iso2 != there.iso2:
        return False
    # a country or region containing the event's place, or the event told at country level
    # and now placed in it ("... in Yemen. The children were playing in X district")
    return "PCLI" in {here.feature_code, there.feature_code} or here.name in {there.admin1, there.admin2}


def _own_dates(m: EventMention) -> list[TextSpan]:
    """The mention's dates without cut-offs: "23 bodies had been recovered by Monday
    afternoon" says when a count stood, not when the event was."""
    s = m.sentence_span
    own, cut, last_end = [], False, None
    for x in sorted(m.date_spans, key=lambda x: x.start):
        joined = last_end is not None and not s.text[last_end - s.start:x.start - s.start].strip()
        if not joined:
            cut = s.text[:x.start - s.start].rstrip().lower().endswith(" by")
        bare_number = x.text.strip().isdigit() and int(x.text.strip()) < 1800  # "the youngest aged 13"
        if _DURATION.match(x.text.strip()) or any(x.start < d.end and d.start < x.end for d in m.said_dates):
            continue  # "fighting that lasted nearly two hours", "said on Monday": not when it was
        hour = re.sub(r"^(?:the\s+)?(?:early|late)\s+", "", x.text.lower()).removeprefix("the ")
        clock = _CLOCK.match(x.text.strip()) is not None  # "at around 11pm"
        if not cut and not bare_number and not clock and hour not in _TIMES_OF_DAY:
            own.append(x)  # "at dawn" tells the hour of the day already told, not another day
        last_end = x.end
    return own


_DURATION = re.compile(r"^(?:about|nearly|more than|some|almost|around|over|under|less than)?\s*"
                       r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+|a few)\s+)?"
                       r"(?:hours?|minutes?|days?|weeks?|months?|years?)$", re.I)
_CLOCK = re.compile(r"^(?:around\s+|about\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|GMT|GMT)?$", re.I)
_TIMES_OF_DAY = frozenset({"dawn", "dusk", "morning", "evening", "night", "afternoon", "midnight",
                           "noon", "daybreak", "nightfall", "midday"})


_ARMED_FAMILIES = frozenset({"attack", "clash", "shell", "airstrike", "explosive", "grenade",
                             "kill"})
_REFERRING_HEADS = frozenset({"attacker", "assailant", "gunman", "raider", "assailants", "attackers"})


def _perpetrator_killed(d: Draft) -> bool:
    """"The suspected attacker was killed": the perpetrator just told, among the dead."""
    p = d.mention.patient
    return d.mention.lethal and d.count is not None and p is not None and \
        p.head in _REFERRING_HEADS | {"bomber", "gunmen"} and (
            p.span.text.lower().startswith("the ")
            or re.match(r"(?:one|two|three|four|five|\d+) of the\b", p.span.text.lower()) is not None)


def _refers_to_actor(d: Draft, previous: Draft) -> bool:
    """"The insurgents ...", "the attackers ...": a definite reference to the actor just told."""
    agent, before = d.mention.agent, previous.mention.agent
    if agent is None or not agent.span.text.lower().startswith("the "):
        return False
    return agent.head in _REFERRING_HEADS or before is not None and agent.head == before.head


STATISTIC_DAYS = 45


def _statistic(d: Draft) -> bool:
    """"Killed more than 4,000 people last year": a tally over a long period, not an event."""
    w = d.window
    return w.evidence is not None and w.earliest is not None and w.latest is not None \
        and (w.latest - w.earliest).days > STATISTIC_DAYS


_CONJUNCTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_ONE = re.compile(r"^(?:(?:a|an|one|his|her|their)\s|(?:himself|herself)$)", re.I)


def _total(span: TextSpan) -> Count | None:
    """The count a phrase states; several counted groups ("three soldiers and five
    civilians") add up, and a group named one by one counts one ("two soldiers and a
    civilian" = 3)."""
    pieces = _CONJUNCTS.split(span.text)
    if len(pieces) > 1:
        parts = []
        for piece in pieces:
            found = find_counts(piece)
            if found:
                parts += found
            elif _ONE.match(piece):
                parts.append(Count(1, 1, 1, piece, 0, len(piece)))
            else:
                return parse_count(span.text)  # a piece without a number: the phrase's own count
        return Count(sum(p.low for p in parts), sum(p.best for p in parts),
                     sum(p.high for p in parts), span.text, span.start, span.end)
    return parse_count(span.text)


def _story_named(d: Draft, clusters: list[list[Draft]]) -> list[Draft] | None:
    """"The attack on the Kulachi police station began at 11pm": a reference back to the
    story whose place the sentence names, when that is not the story just told."""
    if not d.mention.refers_back or len(clusters) < 2:
        return None
    text = d.mention.sentence_span.text
    for cluster in reversed(clusters[:-1]):
        place = cluster[0].place
        name = place.entity.text if place is not None and place.entity is not None else None
        if name and re.search(rf"\b{re.escape(name)}\b", text) and not any(
                c[0].place is not None and c[0].place.entity is not None
                and re.search(rf"\b{re.escape(c[0].place.entity.text)}\b", text) for c in clusters[-1:]):
            return cluster
    # "The missile, an Iskander-M, hit a courtyard" after a drone attack elsewhere: the
    # story of that kind told before
    kind = d.typed.sub_event_type
    if clusters[-1][0].typed.sub_event_type != kind:
        return next((c for c in reversed(clusters[:-1]) if c[0].typed.sub_event_type == kind
                     and d.mention.sentence - c[-1].mention.sentence <= FOLLOW_UP_SENTENCES), None)
    return None


def _merge(drafts: list[Draft]) -> list[list[Draft]]:
    clusters: list[list[Draft]] = []
    for d in drafts:
        # the story just told, not an event a relative clause describes in passing
        # (the story told most recently: the one whose latest mention is latest)
        stories = [c for c in clusters if not c[0].mention.descriptive] if not d.mention.descriptive else []
        told = max(reversed(stories), key=lambda c: c[-1].mention.sentence) if stories else None
        told = told if told is not None and told[-1].mention.sentence >= (
            clusters[-1][-1].mention.sentence if clusters else 0) else (clusters[-1] if clusters else None)
        named = _story_named(d, clusters)
        told = named if named is not None else told
        if told is not None and _follows_up(d, told[-1], lead=told[0]):
            told.append(d)
            continue
        for cluster in clusters:
            # its first mention, and the latest one of the same kind (follow-ups of other kinds
            # joined by reference do not block: "the army said it had struck targets")
            kin = [o for o in cluster if o.typed.sub_event_type == cluster[0].typed.sub_event_type]
            if _compatible(d, cluster[0]) and _compatible(d, kin[-1]):
                cluster.append(d)
                break
        else:
            if not d.mention.in_quote:  # a quote tells of an event only beside the report's own telling
                clusters.append([d])
    # "The death toll from a bombing rose to 23. The bomber blew himself up ...": a toll
    # told before its event belongs to the event told next
    merged: list[list[Draft]] = []
    for i, cluster in enumerate(clusters):
        nxt = clusters[i + 1] if i + 1 < len(clusters) else None
        if all(is_toll(d) for d in cluster) and nxt is not None and \
                nxt[0].typed.event_type in _VIOLENT_TYPES and \
                nxt[0].mention.sentence - cluster[-1].mention.sentence <= FOLLOW_UP_SENTENCES:
            nxt.extend(cluster)
            continue
        merged.append(cluster)
    return merged


def _ev(text: str, span: TextSpan | None, fieldname: str) -> Evidence | None:
    if span is None or span.end <= span.start:
        return None
    return Evidence(field=fieldname, text=text[span.start:span.end], start=span.start, end=span.end)


def _event_span(m: EventMention) -> TextSpan:
    start, end = m.trigger.start, m.trigger.end
    for p in (m.agent, m.patient):
        if p is not None and abs(p.span.start - m.trigger.start) < 200:
            start, end = min(start, p.span.start), max(end, p.span.end)
    return TextSpan(start, end, "")


_SIDES = lexicon.COMBATANT_WORDS | {"civilian", "villager", "passenger", "worshipper", "policeman",
                                    "bomber"}


# Words for the state's side: "seven police officers ... killed 12 Kenyan forces" is one side.
_SIDE_OF = {w: "state" for w in ("soldier", "troop", "force", "army", "police", "policeman",
                                  "officer", "guard", "commander", "recruit")}


def _side_total(cluster: list[Draft]) -> int | None:
    """"About 40 jihadists were killed ... Seven soldiers were killed": the dead of different
    sides, each counted in its own mention, add up (only when every count names its side)."""
    by_side: dict[str, Counter] = {}
    for d in cluster:
        if d.count is None or is_toll(d):
            continue
        head = d.mention.patient.head if d.mention.patient is not None else ""
        if head not in _SIDES or len(find_counts(d.count.text)) > 1 or " and " in d.count.text:
            return None  # a count of several groups ("himself and six soldiers") is no one side's
        by_side.setdefault(_SIDE_OF.get(head, head), Counter())[d.count.best] += 1
    if len(by_side) < 2:
        return None
    return sum(max(c, key=lambda v: (c[v], -v)) for c in by_side.values())


_MORE_AFTER = re.compile(r"^\s+(?:more|others?|other\s+[a-z]+|further)\b", re.I)
_MORE_BEFORE = re.compile(r"\b(?:another|a further|an additional)\s+$", re.I)


_DIED_LATER = re.compile(r"\b(?:later|since|subsequently)\s+died\b|\bdied\s+(?:later|in hospital|"
                         r"of (?:their|his|her) (?:wounds|injuries))|\bsuccumbed\b", re.I)


def _added(d: Draft) -> bool:
    """"Three more died later in hospital", "another two soldiers died", "two of the
    wounded later died": dead added to a toll told before, not another figure for it."""
    if d.count is None or d.mention.patient is None or d.mention.patient.count is None:
        return False
    s, span = d.mention.sentence_span, d.mention.patient.count
    return bool(_MORE_AFTER.match(s.text[span.end - s.start:]) or
                _MORE_BEFORE.search(s.text[:span.start - s.start]) or
                _DIED_LATER.search(s.text[span.end - s.start:]))


# ("its initial assessment was that seven had been killed" hedges, it is not superseded)
_INITIAL = re.compile(r"\binitially\b|\b(?:initial|first|preliminary|earlier)\s+(?:reports?|estimates?|"
                      r"figures?|tolls?|counts?)\b", re.I)


def _first_figure(d: Draft) -> bool:
    """"Police initially said five people had died": a first figure the report supersedes."""
    if d.count is None:
        return False
    s = d.mention.sentence_span
    return d.mention.toll_first or bool(_INITIAL.search(s.text[:max(0, d.count.end - s.start)]))


def _fatalities(cluster: list[Draft]) -> tuple[int, int, int, Count | None]:
    firsts = [d for d in cluster if _first_figure(d)]
    later = [d for d in cluster if d.count is not None and d not in firsts]
    if firsts and later:
        # the first figure is the low end only ("initially said five ..., the toll rose")
        best, low, high, chosen = _fatalities([d for d in cluster if d not in firsts])
        return best, min(low, *(d.count.low for d in firsts)), high, chosen
    added = [d for d in cluster if _added(d)]
    if added and len(added) < len([d for d in cluster if d.count is not None]) and cluster[0] not in added \
            and not any(d.mention.toll_revised for d in cluster):
        best, low, high, chosen = _fatalities([d for d in cluster if d not in added])
        extra = sum(d.count.best for d in added)
        return best + extra, low + extra, high + extra, chosen
    # "... killing both. The attacker was then killed by guards": the perpetrator adds to the toll
    ends = [d for d in cluster if d.count is not None and _perpetrator_killed(d)]
    if ends and len(ends) < len([d for d in cluster if d.count is not None]):
        best, low, high, chosen = _fatalities([d for d in cluster if d not in ends])
        extra = sum(d.count.best for d in ends)
        return best + extra, low + extra, high + extra, chosen
    # "A suicide bomber blew himself up ... put the death toll at seven": the bomber alone
    # is no toll of the attack when a toll is stated
    alone = [d for d in cluster if d.count is not None and d.mention.patient is not None
             and d.mention.patient.head == "bomber" and d.count.best == 1]
    counts = [d.count for d in cluster if d.count is not None and (d not in alone or len(alone) == len(
        [x for x in cluster if x.count is not None]))]
    if not counts:
        return 0, 0, 0, None
    revised = [d.count for d in cluster if d.count is not None and d.mention.toll_revised]
    stated = Counter(c.best for c in counts)
    sides = _side_total(cluster)
    if revised:
        # "the death toll had risen to 32": the revised figure
        best = max(c.best for c in revised)
    elif sides is not None:
        best = sides
    else:
        # sources that disagree: the figure most often stated, else the lower (ACLED's
        # conservative rule)
        best = max(stated, key=lambda v: (stated[v], -v))
    if sides is not None and not revised:
        chosen = counts[0]
        return best, min(min(c.low for c in counts), best), max(best, sides), chosen
    low = min(min(c.low for c in counts), best)
    high = max(max(c.high for c in counts), best)
    chosen = next((c for c in counts if c.best == best), counts[0])
    return best, low, high, chosen


def _notes(event_type: str, sub: str, actor1: Actor | None, actor2: Actor | None,
           place: Place | None, window: DateWindow, fatalities: int, claims) -> str:
    who = actor1.name if actor1 else "Unidentified actor"
    whom = f" against {actor2.name}" if actor2 else ""
    where = f" in {place.name}" + (f", {place.country}" if place and place.country and
                                     place.country != place.name else "") if place else ""
    when = ""
    if window.earliest and window.latest:
        when = f" on {window.earliest}" if window.earliest == window.latest else \
            f" between {window.earliest} and {window.latest}"
    deaths = f"; {fatalities} reported killed" if fatalities else ""
    asserting = [c.source for c in claims if c.stance == "asserts"]
    unconfirmed = [c.source for c in claims if c.stance != "asserts"]
    said = f". According to {', '.join(asserting)}" if asserting else ""
    unsure = f"; not confirmed by {', '.join(unconfirmed)}" if unconfirmed else ""
    missing = " (place not found in the gazetteer)" if place and place.geonameid is None else ""
    return f"{sub} ({event_type}): {who}{whom}{where}{missing}{when}{deaths}{said}{unsure}."


def _confidence(cluster: list[Draft], corroborating: int, date_stated: bool) -> float:
    main = cluster[0]
    score = 0.4
    score += 0.15 if main.actor1 is not None and not main.actor1_inferred else 0.0
    score += 0.15 if any(d.place is not None and d.place.entity is not None for d in cluster) else 0.05
    score += 0.1 if date_stated else 0.0
    score += 0.05 * min(corroborating, 3)
    score -= 0.1 if all(d.mention.in_quote for d in cluster) else 0.0
    return round(max(0.05, min(score, 0.95)), 2)


HISTORY_DAYS = 7


def _without_history(drafts: list[Draft]) -> list[Draft]:
    """Leave out what the report tells as history: a mention after the lead whose own date
    ends more than a week before the lead event began ("In February, an army strike on the
    city killed 30", "Last month, a strike on the suburbs killed four"). The lead is the
    report's news; its background paragraphs were news when they happened."""
    if not drafts or drafts[0].window.earliest is None:
        return drafts
    cutoff = drafts[0].window.earliest - dt.timedelta(days=HISTORY_DAYS)
    return [drafts[0]] + [d for d in drafts[1:] if not (
        d.window.evidence is not None and d.window.latest is not None and d.window.latest < cutoff
        and d.mention.sentence > drafts[0].mention.sentence)]


FEATURE_SENTENCES = 5
NEWS_DAYS = 14


def _news_only(drafts: list[Draft], *, sentences: int, published: dt.date | None) -> list[Draft]:
    """A long report that dates nothing in the last two weeks is a feature, an analysis or a
    trial report: its undated violence is the story's past ("residents still tend the graves
    of civilians killed by troops"), not news. Short reports keep their undated events (the
    week before publication, by convention)."""
    if published is None or sentences < FEATURE_SENTENCES:
        return drafts
    recent = published - dt.timedelta(days=NEWS_DAYS)
    if any(d.window.evidence is not None and d.window.latest is not None and d.window.latest >= recent
           for d in drafts):
        return drafts
    return [d for d in drafts if d.window.evidence is not None]


def build_events(analysis: ArticleAnalysis, *, gazetteer, expressions, version: str) -> tuple[Event, ...]:
    """The coded events of one article."""
    article = analysis.article
    text = article.text
    published = article.published
    places = resolve_places(analysis, gazetteer)
    registry = build_registry(analysis, not_actors=struck_places(places, analysis))
    excluded = excluded_spans(analysis)
    drafts: list[Draft] = []
    previous: DateWindow | None = None
    last: Draft | None = None
    # the state's forces are named somewhere and no other air force is ("the military said")
    state_forces_named = any(_STATE_FORCES.search(s.text) and not _DENIAL.search(s.text)
                             for s in analysis.sentences) and not _OTHER_AIR.search(text)
    for m in analysis.mentions:
        if is_background(m, expressions, published=published):
            continue
        told_place = last.place if last is not None and last.place is not None and \
            m.sentence - last.mention.sentence <= FOLLOW_UP_SENTENCES else None
        d = _draft(m, registry=registry, places=places, excluded=excluded,
                   expressions=expressions, published=published, previous=previous,
                   previous_place=told_place, state_forces_named=state_forces_named)
        if _statistic(d):
            continue
        previous = d.window
        last = d
        drafts.append(d)
    drafts = _without_history(drafts)
    drafts = _news_only(drafts, sentences=len(analysis.sentences), published=published)
    clusters = _merge(drafts)
    if not clusters:
        return ()
    lead = max(range(len(clusters)), key=lambda i: (len(clusters[i]), -i))
    sentences = [{d.mention.sentence for d in c} for c in clusters]
    per_event_sources = claims_step.assign_sources(analysis, sentences, lead)
    names = claims_step.person_names(analysis)
    kinds = claims_step.person_kinds(analysis, names)
    events = []
    for cluster, sources in zip(clusters, per_event_sources):
        events.append(_event(cluster, sources, article=article, text=text, names=names,
                             kinds=kinds, version=version))
    return tuple(events)


# what a mention of the same event can tell more precisely than the first one did
# ("detonated explosives" -> "a suicide bombing", told in the toll's sentence; a protest
# -> "Police fired tear gas to disperse them"), most precise first
_MORE_PRECISE = {
    "Remote explosive/landmine/IED": ("Suicide bomb",),
    "Peaceful protest": ("Excessive force against protesters", "Protest with intervention"),
}


def _typed(cluster: list[Draft]) -> Typed:
    """The event's type: the first mention's, made precise by the others where they can."""
    main = cluster[0].typed
    for finer in _MORE_PRECISE.get(main.sub_event_type, ()):
        # excessive force is lethal force: protesters beaten during arrests stay an intervention
        found = next((d.typed for d in cluster[1:] if d.typed.sub_event_type == finer and (
            finer != "Excessive force against protesters" or d.count is not None and d.count.best > 0)), None)
        if found is not None:
            return found
    return main


def _event(cluster: list[Draft], sources, *, article, text: str, names, kinds,
           version: str) -> Event:
    main = cluster[0]
    typed = _typed(cluster)
    # a named actor over an unidentified one ("A suicide bomber killed seven ... al Shabaab
    # claimed to have killed 15")
    told = [d.actor1 for d in cluster if d.actor1 and not d.actor1_inferred]
    actor1 = next((a for a in told if not a.name.startswith("Unidentified")), None) if told and \
        told[0].name.startswith("Unidentified") else None
    actor1 = actor1 or (told[0] if told else None) or main.actor1
    inferred = actor1 is not None and all(d.actor1_inferred or d.actor1 is None for d in cluster)
    actor2 = next((d.actor2 for d in cluster if d.actor2), None)
    placed = [d for d in cluster if d.place and d.place.entity]
    # the most precise of the places its mentions name (a town over the region it lies in)
    place_choice = min(placed, key=lambda d: (_regional(d), placed.index(d))).place if placed \
        else main.place
    place = place_choice.place if place_choice else None
    window = main.window
    for d in cluster[1:]:
        if not is_toll(d):  # a toll's date is when it was counted
            window = combine(window, d.window)
    best, low, high, count = _fatalities(cluster)
    keyed = [claims_step.to_claim(s, article_text=text, names=names, kinds=kinds) for s in sources]
    perpetrator_claims = []
    for key, claim in keyed:
        if actor1 and claim.named and claim.source == actor1.name:
            claim = claim.model_copy(update={"kind": "perpetrator"})
        perpetrator_claims.append((key, claim))
    claims = claims_step.merge_claims(perpetrator_claims)
    evidence: list[Evidence] = []
    for d in cluster:
        m = d.mention
        for t in m.triggers:
            evidence.append(_ev(text, t, "trigger"))
        evidence.append(_ev(text, _event_span(m), "event"))
        if d.actor1 is not None and not d.actor1_inferred and m.agent is not None:
            evidence.append(_ev(text, m.agent.span, "actor1"))
        if d.actor2 is not None and m.patient is not None:
            evidence.append(_ev(text, m.patient.span, "actor2"))
        if d.place is not None and d.place.entity is not None:
            e = d.place.entity
            evidence.append(_ev(text, TextSpan(e.start, e.end, e.text), "location"))
        if d.window.evidence is not None:
            evidence.append(_ev(text, d.window.evidence, "date"))
        if d.count is not None:
            evidence.append(_ev(text, TextSpan(d.count.start, d.count.end, d.count.text), "fatalities"))
    if inferred and actor1 is not None:
        evidence.extend(_alias_evidence(text, actor1))
    if place_choice is not None and place_choice.entity is None and place is not None:
        evidence.extend(_first_mention(text, place.name, "location"))
    evidence = list(dict.fromkeys(e for e in evidence if e is not None))
    corroborating = claims_step.corroboration(claims)
    inter1 = actor1.inter if actor1 else None
    inter2 = actor2.inter if actor2 else None
    return Event(
        event_id=ids.event_id(article.id, sub_event_type=typed.sub_event_type,
                              anchor_start=main.mention.trigger.start),
        article_ids=(article.id,),
        event_date=window.event_date, date_earliest=window.earliest, date_latest=window.latest,
        time_precision=window.precision,
        event_type=typed.event_type, sub_event_type=typed.sub_event_type,
        plover_type=typed.plover_type,
        actor1=actor1, actor2=actor2, interaction=interaction_code(inter1, inter2),
        place=place, fatalities=best, fatalities_low=low, fatalities_high=high,
        claims=claims, corroboration=corroborating,
        confidence=_confidence(cluster, corroborating, any(d.window.evidence for d in cluster)),
        evidence=tuple(evidence),
        notes=_notes(typed.event_type, typed.sub_event_type, actor1, actor2, place,
                     window, best, claims) + ("" if article.published else
                                              " Publication date unknown: relative dates left unresolved."),
        source=article.source, extractor_version=version,
    )


def _alias_evidence(text: str, actor: Actor) -> list[Evidence]:
    return _first_mention(text, actor.name, "actor1")


def _first_mention(text: str, name: str, fieldname: str) -> list[Evidence]:
    at = text.find(name)
    if at < 0:
        return []
    return [Evidence(field=fieldname, text=name, start=at, end=at + len(name))]
