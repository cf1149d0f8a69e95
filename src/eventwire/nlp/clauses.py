"""Which event mentions of one sentence tell one event, and what the merged mention says.

A sentence's triggers describe one event ("X attacked Y, killing 5") unless a clause after
"while" tells another, a relative clause describes someone, the clause tells the cause of
the news, or the dead of the other side are counted apart (the toll step adds them up).
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import EventMention, Participant, TextSpan
from eventwire.steps.typing import mention_priority


def clauses(mentions: list[EventMention]) -> list[list[EventMention]]:
    """The sentence's main story in one group; each relative-clause mention on its own,
    except one told of the victims of the main story ("troops killed 40 militants who
    attacked a post": the attack is the same incident)."""
    causes = [m for m in mentions if m.cause and not m.descriptive
              and (m.lethal or m.family not in _FIGHTING_FAMILIES)]
    if causes and len(causes) < len([m for m in mentions if not m.descriptive]):
        # what led to the news is told apart from it: a death stays a mention of its own
        # ("rioted after police shot dead a teenager"), a withdrawal or an arrest is
        # background ("seized the town after soldiers pulled out"); the fighting that led to
        # fighting is the same clash ("clashes broke out after X and Y exchanged fire")
        rest = [m for m in mentions if m not in causes]
        return clauses(rest) + [[m] for m in causes if m.lethal]
    main = [m for m in mentions if not m.descriptive]
    by_victims = [m for m in mentions if m.descriptive and _by_the_victims(m, main)]
    # "the bodies of a woman who had been abducted ... were found": what had happened to
    # the people the sentence is about, told as background beside its news
    rest = [m for m in mentions if m.descriptive and m not in by_victims
            and not (m.pluperfect and main)]
    # "Militants attacked a police station in X ..., while a roadside bomb targeted a
    # convoy in Y": the clause after "while" tells another event
    for cut in (_WHILE.finditer(mentions[0].sentence_span.text) if mentions else ()):
        at = mentions[0].sentence_span.start + cut.start()
        after = [_within_part(m, at, None) for m in main if m.trigger.start > at]
        before = [_within_part(m, None, at) for m in main if m.trigger.start < at]
        if not (after and before):
            continue
        # "X struck Kharkiv ..., and a drone attack on Odesa damaged ...": after a plain "and"
        # only when each part has a place of its own
        places = [{p.text for m in part for p in m.places} for part in (before, after)]
        if cut.group(1).lower() == "and" and not (places[0] and places[1] and not places[0] & places[1]):
            continue
        return [before + by_victims, after] + [[m] for m in rest]
    return ([main + by_victims] if main else []) + [[m] for m in rest]


def _within_part(m: EventMention, start: int | None, end: int | None) -> EventMention:
    """The mention with only the places and dates of its part of the sentence."""
    def inside(x) -> bool:
        return (start is None or x.start >= start) and (end is None or x.start < end)
    s = m.sentence_span
    return replace(m, places=tuple(p for p in m.places if inside(p)),
                   date_spans=tuple(d for d in m.date_spans if inside(d)),
                   part=(start if start is not None else s.start, end if end is not None else s.end))


_FIGHTING_FAMILIES = frozenset({"clash", "attack", "shell", "airstrike", "explosive", "grenade", "suicide"})
_WHILE = re.compile(r",\s+(while|whereas|and)\s+(?:an?|the|\w+)\s", re.I)


def _by_the_victims(m: EventMention, main: list[EventMention]) -> bool:
    if m.agent is None or m.agent.head not in {"who", "that"}:
        return False
    return any(o.lethal and o.patient is not None and 0 <= m.agent.span.start - o.patient.span.end <= 2
               for o in main)


_ARMED_DEAD = frozenset({"militant", "insurgent", "rebel", "gunman", "gunmen", "jihadist", "attacker",
                         "assailant", "terrorist", "extremist", "bandit", "fighter", "militiaman"})


def _other_side_dead(ordered: list[EventMention]) -> list[EventMention]:
    """Lethal mentions of a clause counting the other side's dead from the first count."""
    counted = [m for m in ordered if m.lethal and m.patient is not None and m.patient.count is not None]
    if len(counted) < 2:
        return []
    side = _side(counted[0])
    if side is None:
        return []
    return [m for m in counted[1:] if _side(m) not in {None, side}
            and m.patient.count.start != counted[0].patient.count.start]


def _side(m: EventMention) -> str | None:
    head = m.patient.head if m.patient is not None else ""
    if head in lexicon.STATE_COMBATANT_WORDS:
        return "state"
    if head in _ARMED_DEAD:
        return "armed"
    return "civilian" if head in lexicon.CIVILIAN_WORDS | {"people", "person"} else None


def _conjoined_victims(mentions: list[EventMention]) -> Participant | None:
    """"beheaded a chief and shot dead two men": the victims of conjoined lethal verbs, together."""
    lethal = sorted((m for m in mentions if m.lethal and m.patient is not None and m.patient.count),
                    key=lambda m: m.trigger.start)
    if len(lethal) < 2:
        return None
    first, second = lethal[0], lethal[1]
    s = first.sentence_span
    between = s.text[first.patient.span.end - s.start:second.trigger.start - s.start]
    if not re.fullmatch(r"\s*(?:,\s*)?and\s+", between) or second.patient.span.start < first.patient.span.end:
        return None
    start, end = first.patient.count.start, second.patient.count.end
    text = s.text[start - s.start:end - s.start]
    # the pieces between are summed by the toll step: "a chief and shot dead two" = 1 + 2
    return Participant(span=first.patient.span, head=first.patient.head, entity=first.patient.entity,
                       count=TextSpan(start, end, text))


ACCIDENT_RETOLD_SENTENCES = 2
DEATH_FOLLOWS_SENTENCES = 2
_VIOLENT_WOUNDS = re.compile(r"\b(?:gunshot|bullet|stab|shrapnel|machete)\s+wounds?\b", re.I)


def lone_death(m: EventMention, mentions: list[EventMention]) -> bool:
    """"12 people died" is news of violence only beside it: in a clause with an attack
    ("died in the attack"), within two sentences after one, or from gunshot wounds; "the
    former president died on Monday" is no event."""
    if len(m.triggers) > 1 or not m.dying:
        return False
    if _VIOLENT_WOUNDS.search(m.sentence_span.text):
        return False
    return not any(o is not m and 0 <= m.sentence - o.sentence <= DEATH_FOLLOWS_SENTENCES
                   and not (len(o.triggers) == 1 and o.dying) for o in mentions)


def merge_in_clause(mentions: list[EventMention]) -> list[EventMention]:
    """Triggers of one sentence describe one event unless they name different places."""
    if len(mentions) <= 1:
        return mentions
    ordered = sorted(mentions, key=mention_priority)
    other_side = _other_side_dead(ordered)
    if other_side:
        # "killed 17 soldiers ..., adding that 23 attackers were neutralised": each side's
        # dead stay a figure of their own, which the toll step adds up
        return merge_in_clause([m for m in mentions if m not in other_side]) + other_side
    main = ordered[0]
    rest = ordered[1:]
    # "four soldiers fell ... and seven others were wounded": the dead are nobody's agent
    dead = {m.patient.span for m in ordered if m.dying and m.patient is not None}
    agent = main.agent or next((m.agent for m in rest if m.agent and m.agent.span not in dead), None)
    counted = next((m.patient for m in ordered if m.patient and m.patient.count and m.lethal), None)
    counted = _conjoined_victims(mentions) or counted
    patient = counted or main.patient or next((m.patient for m in rest if m.patient), None)
    return [replace(
        main,
        families=tuple(dict.fromkeys(m.family for m in ordered)),
        triggers=tuple(t for m in ordered for t in m.triggers),
        agent=agent, patient=patient,
        # "X attacked Y, killing 5": the place the other trigger names is the event's too
        places=tuple({(p.start, p.end): p for m in ordered for p in m.places}.values()),
        object_kind=main.object_kind or next((m.object_kind for m in rest if m.object_kind), None),
        lethal=any(m.lethal for m in ordered),
        anaphoric=all(m.anaphoric for m in ordered),
        refers_back=any(m.anaphoric for m in ordered),
        said_dates=tuple(dict.fromkeys(d for m in ordered for d in m.said_dates)),
        pluperfect=all(m.pluperfect for m in ordered),
        in_quote=all(m.in_quote for m in ordered),
    )]
