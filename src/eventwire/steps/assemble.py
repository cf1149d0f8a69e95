"""From an ArticleAnalysis to coded Events: type, actors, place, date, fatalities,
claims, then merge the mentions of one event into one record with its evidence.

Mentions merge when they have the same sub-event type, the same place, overlapping
date windows and compatible actors: "executed 58 people", "were killed by drowning"
and "the 58 executed plotters" are one event.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire import ids
from eventwire.geo import countries
from eventwire.nlp import lexicon
from eventwire.nlp.analysis import ArticleAnalysis, EventMention, TextSpan
from eventwire.quantities import Count
from eventwire.records import Actor, Event, Evidence, Place
from eventwire.steps import claims as claims_step
from eventwire.steps.actors import (
    DOMINANT_FIGHTERS,
    ActorRegistry,
    build_registry,
    country_named,
    generic_name,
)
from eventwire.steps.dates import (
    DateWindow,
    combine,
    date_window,
    dates_the_past,
    is_background,
)
from eventwire.steps.places import (
    ArticlePlaces,
    PlaceChoice,
    excluded_spans,
    resolve_places,
    struck_places,
)
from eventwire.steps.drafts import FOLLOW_UP_SENTENCES, Draft, is_toll, regional
from eventwire.steps.stories import merge_stories, news_only, without_history
from eventwire.steps.tolls import toll_of, total_count
from eventwire.steps.typing import Typed, type_mention
from eventwire.taxonomy import interaction_code

# Agents that are the weapon, not the actor ("an air strike killed ...").
_MEANS = frozenset({"strike", "airstrike", "bomb", "blast", "explosion", "shell", "shelling",
                    "missile", "rocket", "landmine", "mine", "device", "attack", "drone"})

# Unnamed fighters a claim may name: those the registry reads as the article's main armed
# group, and a communique's "terrorists".
_UNNAMED_FIGHTERS = DOMINANT_FIGHTERS | {"terrorist"}

# Families where an unnamed perpetrator is most likely the article's main armed actor.
_ACTOR_INFERABLE = frozenset({"kill", "attack", "arrest", "abduct", "raid", "capture", "loot",
                              "sexual"})

_STATE_FORCES = re.compile(r"\b(?:the (?:military|army|air force|junta)|military government)\b", re.I)

# a coalition or another country's aircraft, or armed groups' drones: the strike's actor is open
_OTHER_AIR = re.compile(r"\b(?:coalition|foreign|rebel|insurgent|militant)s?\b[^.]{0,40}\b(?:drones?|"
                        r"aircraft|jets?|warplanes?|planes?)\b", re.I)

_DENIAL = re.compile(r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es))\b", re.I)

BLAME_SENTENCES = 4  # a claim or blame up to four sentences after the event names its actor

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
    if place is not None and place.place.iso2 is None and focus is not None:
        # not in the gazetteer (or a sea between countries): keep the name, say which
        # country the report is about
        place = PlaceChoice(place.place.model_copy(update={"country": focus.country, "iso2": focus.iso2}),
                            place.entity)
    country = _country_name(place.place if place else None) or _country_name(focus)
    actor1 = registry.resolve(m.agent, country=country)
    inferred = False
    unidentified = actor1 is not None and actor1.name.startswith("Unidentified Armed Group")
    # "A suicide bomber ..." read as the article's main group: a claim for this event says better
    unnamed_fighters = m.agent is not None and m.agent.head.removesuffix("s") in _UNNAMED_FIGHTERS
    guessed = unnamed_fighters and actor1 is not None and actor1.name == registry.dominant
    if actor1 is None and (m.agent is None or m.agent.pronoun or m.agent.head in _MEANS
                           or unnamed_fighters) or unidentified or guessed:
        # "..., a monitor said, blaming government warplanes", "X claimed responsibility":
        # the accused or the claimant, with less confidence
        blamed = [p for i, p in registry.blamed if 0 <= i - m.sentence <= BLAME_SENTENCES]
        named = next((a for a in (registry.resolve(p, country=country) for p in blamed) if a is not None
                      and not (unidentified and a.name.startswith("Unidentified"))), None)
        if named is not None and not (guessed and named.name == actor1.name):
            actor1, inferred = named, True
        elif guessed and m.agent.entity is None:
            # "The attackers ..." read as the article's main group: a guess, which a name
            # told for the same event ("Bandits killed ...") outranks
            inferred = True
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
    if typed.sub_event_type == "Violent demonstration" and is_state and m.family in {"kill", "attack",
                                                                                     "intervene"}:
        # police shooting rioters: ACLED codes the rioters as actor1, the force as actor2
        actor1, actor2 = Actor(name=generic_name("Rioters ({c})", country), inter=5,
                               country=country), actor1
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
        count = total_count(m.patient.count)
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

STATISTIC_DAYS = 45

def _statistic(d: Draft) -> bool:
    """"Killed more than 4,000 people last year": a tally over a long period, not an event."""
    w = d.window
    return w.evidence is not None and w.earliest is not None and w.latest is not None \
        and (w.latest - w.earliest).days > STATISTIC_DAYS

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

def build_events(analysis: ArticleAnalysis, *, gazetteer, expressions, version: str) -> tuple[Event, ...]:
    """The coded events of one article."""
    article = analysis.article
    text = article.text
    published = article.published
    places = resolve_places(analysis, gazetteer)
    registry = build_registry(analysis, not_actors=struck_places(places, analysis, gazetteer))
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
    drafts = without_history(drafts)
    lede = _lede_sentence(analysis)
    lede_has_news = lede is None or any(d.mention.sentence == lede for d in drafts)
    lede_in_past = not lede_has_news and dates_the_past(analysis.sentences[lede], expressions,
                                                        published=published)
    drafts = news_only(drafts, sentences=len(analysis.sentences), published=published,
                       lede_has_news=lede_has_news, lede_in_past=lede_in_past)
    clusters = merge_stories(drafts)
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

def _lede_sentence(analysis: ArticleAnalysis) -> int | None:
    """The index of the report's first sentence after the dateline."""
    prefix = analysis.dateline_prefix or analysis.dateline
    return next((i for i, s in enumerate(analysis.sentences)
                 if prefix is None or s.end > prefix.end + 1), None)


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
    place_choice = min(placed, key=lambda d: (regional(d), placed.index(d))).place if placed \
        else main.place
    place = place_choice.place if place_choice else None
    window = main.window
    for d in cluster[1:]:
        if not is_toll(d):  # a toll's date is when it was counted
            window = combine(window, d.window)
    best, low, high, count = toll_of(cluster)
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
