"""Stories: which drafts tell the same event, within an article.

A report tells its news and then retells it (a toll, a claim, a witness, the means),
around history, statistics and reactions. ``merge_stories`` groups the drafts into events;
``without_history`` and ``news_only`` leave out what the report tells as background. The
rules are described in docs/design-notes.md ("Follow-ups", "Long reports").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwire.nlp.aliases import abbreviates
from eventwire.nlp.analysis import EventMention, TextSpan
from eventwire.nlp.mention_rules import RAISES_TOLL
from eventwire.records import Actor
from eventwire.steps.dates import DESCRIPTIVE_BACKGROUND_DAYS
from eventwire.steps.drafts import (
    FOLLOW_UP_SENTENCES,
    REFERRING_HEADS,
    Draft,
    compatible,
    is_toll,
    perpetrator_killed,
    within,
)
from eventwire.steps.tolls import added_dead

_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians",
                            "Riots", "Protests"})


_HURT = re.compile(r"^(?:injur|wound|hurt)", re.I)


_PLACE_OF_CARE = re.compile(r"\b(?:hospital|clinic|infirmary|morgue|mortuary|medical (?:centre|center)|"
                            r"health (?:centre|center))s?\b", re.I)


@dataclass(frozen=True, slots=True)
class _Story:
    """What a follow-up is read against: the mention just before, the story's first, and
    what they tell (computed once per candidate follow-up)."""

    previous: Draft
    lead: Draft | None
    kinds: frozenset[str]  # event types of the mention just before and of the story's first
    told_actor: Actor | None
    same_country: bool

    @property
    def violent(self) -> bool:
        return bool(self.kinds & _VIOLENT_TYPES)

    @property
    def armed(self) -> bool:
        return bool(self.kinds & {"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _story(d: Draft, previous: Draft, lead: Draft | None) -> _Story:
    # the story's kind: the mention just before, or the story's first ("..., they burned four
    # vehicles. The army confirmed a convoy had been attacked")
    return _Story(
        previous=previous, lead=lead,
        kinds=frozenset({previous.typed.event_type} | ({lead.typed.event_type} if lead else set())),
        told_actor=previous.actor1 or (lead.actor1 if lead is not None else None),
        same_country=d.place is not None and previous.place is not None
        and d.place.place.iso2 == previous.place.place.iso2,
    )


def _unnamed(m: EventMention) -> bool:
    return m.agent is None or m.agent.pronoun


def _far_reference(d: Draft, st: _Story) -> bool:
    """"The U.N. said it was appalled by the attack", paragraphs later: a definite reference
    with no place or date of its own is still the story's event."""
    m = d.mention
    return (m.anaphoric or m.refers_back and _unnamed(m)) \
        and (not m.places or m.anaphoric and st.same_country) and not _own_dates(m)


def _claimed(d: Draft, st: _Story) -> bool:
    """"al Shabaab ... claimed to have killed 15 people", paragraphs on: the actor's own
    figure for its attack (or, "it had repelled an attack by X", its own telling of the
    fight)."""
    m = d.mention
    told = st.told_actor
    return st.armed and m.family in _ARMED_FAMILIES and d.actor1 is not None and (
        told is None or told.name.startswith("Unidentified") or _one_actor(d.actor1, told)
        or _one_actor(d.actor2, told) and m.family == "clash") \
        and bool(_CLAIMED.search(_before_trigger(m))) and not m.places and not _own_dates(m)


def _casualty_report(d: Draft, st: _Story) -> bool:
    """"At least 20 people were killed", "... were killed in the fighting": the dead of the
    event just told."""
    m = d.mention
    return bool(m.lethal or _HURT.match(m.trigger.text)) and _unnamed(m) and (
        m.family == "kill" or "kill" in m.families and m.refers_back
        and d.typed.event_type in st.kinds) and st.violent


def _one_actor(a: Actor | None, b: Actor | None) -> bool:
    """The same actor under its name, an alias or its initials ("RSF", "Rapid Support Forces")."""
    if a is None or b is None:
        return False
    names_a, names_b = {a.name, *a.aliases}, {b.name, *b.aliases}
    return bool(names_a & names_b) or any(abbreviates(x, y) or abbreviates(y, x)
                                          for x in names_a for y in names_b)


def _same_actor(d: Draft, st: _Story) -> bool:
    return d.actor1 is not None and st.told_actor is not None and d.actor1.name == st.told_actor.name \
        or _unnamed(d.mention) or d.actor1_inferred or _refers_to_actor(d, st.previous)


def _destruction(d: Draft, st: _Story) -> bool:
    """"The attackers also burned houses": destruction by the same actor is part of the attack."""
    return d.mention.family == "loot" and _same_actor(d, st) and st.armed


def _retold(d: Draft, st: _Story) -> bool:
    """"The ship was hit", "the car was hit and burned out", "the army said it had struck
    targets in the area": the same attack told again in general words."""
    return set(d.mention.families) <= {"attack", "loot"} and d.mention.family == "attack" and (
        _same_actor(d, st) or d.actor1 is None) and st.armed


def _elaborated(d: Draft, st: _Story) -> bool:
    """"Insurgents ambushed a convoy ... The attackers fired rockets at the convoy": what the
    actor just told did in the attack, with no place or date of its own."""
    agent = d.mention.agent
    definite = agent is not None and agent.span.text.lower().startswith("the ")
    return st.armed and d.mention.family in _ARMED_FAMILIES | {"abduct", "capture"} and (
        _refers_to_actor(d, st.previous) or definite and _one_actor(d.actor1, st.told_actor))


def _response(d: Draft, st: _Story) -> bool:
    """"Police responded with tear gas", "protesters were beaten", "14 people had been
    arrested", "officers opened fire to disperse them", "hundreds had gathered to demand ...": the crowd, the force and the arrests
    of a protest or riot just told."""
    m = d.mention
    return st.previous.typed.event_type in {"Riots", "Protests"} and (
        m.family == "intervene" or m.family in {"kill", "arrest"} and _unnamed(m)
        or m.family in {"arrest", "attack", "kill"} and d.actor1 is not None and d.actor1.inter == 1
        or m.family in {"protest", "riot"} and not _own_dates(m))


def _sequel(d: Draft, st: _Story) -> bool:
    """"Separatist fighters then opened fire on the vehicle": the next moment of the attack."""
    m = d.mention
    return st.armed and m.family in _ARMED_FAMILIES and bool(_THEN.search(_before_trigger(m)))


def _opens_on_it(d: Draft, st: _Story) -> bool:
    """"The missile, an Iskander-M, hit a courtyard", "The attack on the police station began
    at 11pm": a sentence opening on a definite reference to the event or its means."""
    m = d.mention
    if st.armed and m.family in _ARMED_FAMILIES and m.agent is None and _OPENS_ON_MEANS.match(m.sentence_span.text):
        return True  # "The explosive device, which had been planted ..., detonated as ..."
    return st.armed and m.family in _ARMED_FAMILIES and m.refers_back and bool(
        _OPENS_ON.match(m.sentence_span.text)) and any(t.start - m.sentence_span.start < 20 for t in m.triggers)


def _victims_again(d: Draft, st: _Story) -> bool:
    """"Residents seized the men outside a school", "The dead man ... was struck by a
    canister": the victims just told, told again."""
    m = d.mention
    told = {x.mention.patient.head for x in (st.previous, st.lead) if x is not None and x.mention.patient}
    phrase = m.patient.span.text.lower() if m.patient is not None else ""
    return st.violent and m.patient is not None and phrase.startswith(("the ", "them")) and (
        bool(told) and m.patient.head in told | {"they", "them"} or phrase.startswith(_THE_DEAD))


_THE_DEAD = ("the dead ", "the slain ", "the victim", "the murdered ")


def _own_places(d: Draft, st: _Story) -> bool:
    """Places of the mention's own, not where the wounded were taken ("Medics at the city's
    X Hospital said ...") and not the ground just told; "when the mortar round landed in X
    district": a definite reference placed anywhere in the event's country is the event."""
    m = d.mention
    return bool([p for p in m.places if not _PLACE_OF_CARE.search(p.text)]) and not (
        _same_ground(d, st.previous) or m.anaphoric and st.same_country)


def _taken_again(d: Draft, st: _Story) -> bool:
    """"Rebels seized the town ... A spokesman said its fighters had taken control of the
    town's offices": the same taking, told again on the same ground."""
    kinds = {x.mention.family for x in (st.previous, st.lead) if x is not None}
    return d.mention.family in {"capture", "regain"} and d.mention.family in kinds \
        and _same_ground(d, st.previous) and (d.actor1 is None or _one_actor(d.actor1, st.told_actor))


def _means_again(d: Draft, st: _Story) -> bool:
    """"The girl was walking home when one of the devices exploded": the means just told,
    one of them told again."""
    agent = d.mention.agent
    return st.armed and agent is not None and bool(_ONE_OF_THE_MEANS.match(agent.span.text))


# the means of an attack, told again in a later sentence ("The device ...", "one of the shells")
_MEANS_NOUNS = "device|bomb|explosive|shell|rocket|missile|drone|grenade|mine"
_ONE_OF_THE_MEANS = re.compile(r"^(?:one|two|three|some|several|many|most)\s+of\s+the\s+(?:[\w-]+\s+)?"
                               rf"(?:{_MEANS_NOUNS})s?\b", re.I)


# What makes a mention with no place or date of its own more on the event just told.
_MORE_ON_THE_EVENT = (_opens_on_it, _means_again, _victims_again, _casualty_report, _destruction, _retold,
                      _elaborated, _response, _taken_again)


def _follows_up(d: Draft, previous: Draft, *, lead: Draft | None = None) -> bool:
    """"The attack damaged ...", "At least 20 people were killed": more on the event just told.

    ``lead`` is the first mention of the story ``previous`` belongs to: its actor is the
    story's actor when the mention just before names none ("... did not say where they
    had been killed. The army said it had struck militants")."""
    m = d.mention
    st = _story(d, previous, lead)
    claimed = _claimed(d, st)
    if m.sentence - previous.mention.sentence > FOLLOW_UP_SENTENCES and not (_far_reference(d, st) or claimed):
        return False
    if is_toll(d) and st.violent:
        return True  # its date and place are those of the count ("by Wednesday ... had risen")
    if m.family == "kill" and st.violent and RAISES_TOLL.search(m.sentence_span.text):
        return True  # "three of them died on Thursday, raising the death toll to 15"
    if perpetrator_killed(d) and st.violent and (not m.date_spans or m.sentence == previous.mention.sentence):
        return True  # "The attacker was then killed by guards": the end of the same attack
    if (_sequel(d, st) or claimed) and not _own_dates(m):
        return True
    if _own_places(d, st) or _own_dates(m):
        # "Seven soldiers were killed in the attack near X": told again, with its place;
        # "Another two died in hospital on Tuesday": more dead of the same attack
        return _casualty_report(d, st) and (m.refers_back or added_dead(d))
    return m.anaphoric or any(rule(d, st) for rule in _MORE_ON_THE_EVENT)


_THEN = re.compile(r"\bthen\b", re.I)


_OPENS_ON = re.compile(r"^\s*(?:The|This|That)\s", re.I)
_OPENS_ON_MEANS = re.compile(rf"^\s*(?:The|This|That)\s+(?:[\w-]+\s+){{0,2}}(?:{_MEANS_NOUNS}|IED)s?\b")


_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:to\s+have|that\s+(?:it|they)\s+had)\b|"
                      r"\b(?:said|saying)(?:\s+in\s+a\s+statement)?\s+(?:that\s+)?(?:it|they)\s+had\b", re.I)


def _before_trigger(m: EventMention) -> str:
    s = m.sentence_span
    return s.text[:m.trigger.start - s.start]


_ROUTE = re.compile(r"\b(?:road|highway|motorway|expressway|street|avenue|bridge|junction|roundabout)\b", re.I)


def _same_ground(d: Draft, previous: Draft) -> bool:
    """The place a mention names is the event's just told, or the region or country it
    lies in ("the attack on the post in a rural area of Kirkuk province")."""
    if d.place is None or previous.place is None:
        return d.place is None
    here, there = d.place.place, previous.place.place
    if (here.geonameid, here.name) == (there.geonameid, there.name) or within(d, previous):
        return True
    if here.geonameid is None and here.iso2 == there.iso2 and _ROUTE.search(here.name):
        return True  # "blocked the X Road": a road no gazetteer holds, by the event's town
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
        if _DURATION.match(x.text.strip()) or _TIME_OF_DAY.match(x.text.strip()) or any(x.start < d.end and d.start < x.end for d in m.said_dates):
            continue  # "fighting that lasted nearly two hours", "said on Monday": not when it was
        hour = re.sub(r"^(?:the\s+)?(?:early|late)\s+", "", x.text.lower()).removeprefix("the ")
        clock = _CLOCK.match(x.text.strip()) is not None  # "at around 11pm"
        if not cut and not bare_number and not clock and hour not in _TIMES_OF_DAY:
            own.append(x)  # "at dawn" tells the hour of the day already told, not another day
        last_end = x.end
    return own


# "from the early hours", "by evening": a time of the event's own day, no date of its own
_TIME_OF_DAY = re.compile(r"^(?:the\s+)?(?:(?:early|late|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
                          r"(?:hours|morning|afternoon|evening|night|dawn|"
                          r"dusk|noon|midday|midnight|daybreak|nightfall)$", re.I)
_DURATION = re.compile(r"^(?:about|nearly|more than|some|almost|around|over|under|less than)?\s*"
                       r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+|a few)\s+)?"
                       r"(?:hours?|minutes?|days?|weeks?|months?|years?|decades?)$", re.I)


_CLOCK = re.compile(r"^(?:around\s+|about\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|GMT)?$", re.I)


_TIMES_OF_DAY = frozenset({"dawn", "dusk", "morning", "evening", "night", "afternoon", "midnight",
                           "noon", "daybreak", "nightfall", "midday"})


_ARMED_FAMILIES = frozenset({"attack", "clash", "shell", "airstrike", "explosive", "grenade",
                             "kill"})


def _refers_to_actor(d: Draft, previous: Draft) -> bool:
    """"The insurgents ...", "the attackers ...": a definite reference to the actor just told."""
    agent, before = d.mention.agent, previous.mention.agent
    if agent is None or not agent.span.text.lower().startswith("the "):
        return False
    return agent.head in REFERRING_HEADS or before is not None and agent.head == before.head


def _names_place_of(cluster: list[Draft], text: str) -> bool:
    place = cluster[0].place
    return place is not None and place.entity is not None and \
        re.search(rf"\b{re.escape(place.entity.text)}\b", text) is not None


def _story_named(d: Draft, clusters: list[list[Draft]]) -> list[Draft] | None:
    """"The attack on the Kulachi police station began at 11pm": a reference back to the
    story whose place the sentence names, when that is not the story just told."""
    if not d.mention.refers_back or len(clusters) < 2:
        return None
    text = d.mention.sentence_span.text
    for cluster in reversed(clusters[:-1]):
        if _names_place_of(cluster, text) and not _names_place_of(clusters[-1], text):
            return cluster
    # "The missile, an Iskander-M, hit a courtyard" after a drone attack elsewhere: the
    # story of that kind told before
    kind = d.typed.sub_event_type
    if clusters[-1][0].typed.sub_event_type != kind:
        return next((c for c in reversed(clusters[:-1]) if c[0].typed.sub_event_type == kind
                     and d.mention.sentence - c[-1].mention.sentence <= FOLLOW_UP_SENTENCES), None)
    return None


def merge_stories(drafts: list[Draft]) -> list[list[Draft]]:
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
        # "Ukraine's air force said it had shot down 71 drones. Russia's defence ministry said
        # its forces had struck facilities": the actor's own telling of its attack told
        # before the story in between
        earlier = next((c for c in reversed(clusters) if c is not told and d.actor1 is not None
                        and c[0].actor1 is not None and c[0].actor1.name == d.actor1.name
                        and d.mention.sentence - c[-1].mention.sentence <= FOLLOW_UP_SENTENCES
                        and _follows_up(d, c[-1], lead=c[0])), None)
        if earlier is not None:
            earlier.append(d)
            continue
        for cluster in clusters:
            # its first mention, and the latest one of the same kind (follow-ups of other kinds
            # joined by reference do not block: "the army said it had struck targets")
            kin = [o for o in cluster if o.typed.sub_event_type == cluster[0].typed.sub_event_type]
            if compatible(d, cluster[0]) and compatible(d, kin[-1]):
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


HISTORY_DAYS = 7


def without_history(drafts: list[Draft]) -> list[Draft]:
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


def news_only(drafts: list[Draft], *, sentences: int, published: dt.date | None,
              lede_has_news: bool = True, lede_in_past: bool = False) -> list[Draft]:
    """What the report tells as news, without the story's past.

    When the lede holds none of the drafts, the news is the lede's (a release, a verdict,
    a statement) and what the report dates over a month before publication is its past
    ("captured by rebels on February 20", in a report on his release). A long report that
    dates nothing in the last two weeks is a feature, an analysis or a trial report: its
    undated violence is the story's past too ("residents still tend the graves of civilians
    killed by troops"). Short reports keep their undated events (the week before
    publication, by convention), unless their lede tells only old events ("a court upheld
    sentences for the 2024 storming of X. The gunmen held staff at gunpoint ..."): then the
    undated violence after it is that event told again."""
    if published is None:
        return drafts
    if not lede_has_news:
        cutoff = published - dt.timedelta(days=DESCRIPTIVE_BACKGROUND_DAYS)
        drafts = [d for d in drafts if not (d.window.evidence is not None and d.window.latest is not None
                                            and d.window.latest < cutoff)]
    if sentences < FEATURE_SENTENCES and not lede_in_past:
        return drafts
    recent = published - dt.timedelta(days=NEWS_DAYS)
    if any(d.window.evidence is not None and d.window.latest is not None and d.window.latest >= recent
           for d in drafts):
        return drafts
    return [d for d in drafts if d.window.evidence is not None]
