"""From a trigger family and its participants to ACLED and PLOVER types.

The family says what kind of act; the participants decide the ACLED type: killing
fighters is a battle, killing villagers is violence against civilians, seizing a town
is a territorial change, seizing weapons disrupts their use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import EventMention
from eventwire.taxonomy import PLOVER_FOR_SUB_EVENT, SUB_EVENT_TYPES

# Lower comes first: the most specific family in a clause names the event.
_PRIORITY = (
    "defuse", "intervene", "chemical", "suicide", "airstrike", "shell", "explosive", "grenade",
    # "recaptured the town after fighting that killed three": the change of territory is
    # the event (ACLED's Battles sub-types), its fighting and dead part of it
    "capture", "regain", "clash", "kill",
    "sexual", "abduct", "attack", "riot", "mob", "protest", "arrest",
    "loot", "raid", "base", "withdraw_territory", "agreement", "change_group",
)

_DIRECT = {
    "chemical": "Chemical weapon",
    "suicide": "Suicide bomb",
    "airstrike": "Air/drone strike",
    "shell": "Shelling/artillery/missile attack",
    "explosive": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
    "clash": "Armed clash",
    "sexual": "Sexual violence",
    "abduct": "Abduction/forced disappearance",
    "regain": "Government regains territory",
    "riot": "Violent demonstration",
    "mob": "Mob violence",
    "arrest": "Arrests",
    "loot": "Looting/property destruction",
    "defuse": "Disrupted weapons use",
    "base": "Headquarters or base established",
    "withdraw_territory": "Non-violent transfer of territory",
    "agreement": "Agreement",
    "change_group": "Change to group/activity",
    "intervene": "Protest with intervention",
}
_INTERVENTION = ("tear gas", "teargas", "dispersed", "water cannon", "rubber bullets", "baton")


@dataclass(frozen=True)
class Typed:
    event_type: str
    sub_event_type: str
    plover_type: str


def mention_priority(m: EventMention) -> int:
    """Rank of a mention among those of one clause (lower wins): its family's, except that
    only territory taken outranks a killing; weapons or people seized ("killed fifty and
    seized their weapons", "14 were killed and 100 captured") do not."""
    if m.family in {"capture", "regain"} and m.object_kind != "territory":
        return family_priority("arrest")
    return family_priority(m.family)


def family_priority(family: str) -> int:
    """Rank of a family when several triggers share a clause (lower wins)."""
    try:
        return _PRIORITY.index(family)
    except ValueError:
        return len(_PRIORITY)


def _victims_fight_back(mention: EventMention) -> bool:
    patient = mention.patient
    return patient is not None and patient.head in lexicon.COMBATANT_WORDS


def _people_hurt(mention: EventMention) -> bool:
    patient = mention.patient
    return patient is not None and patient.head in lexicon.CIVILIAN_WORDS | lexicon.COMBATANT_WORDS


_CROWD = {"protester", "demonstrator", "student", "crowd", "rioter", "youth", "supporter", "mob",
          "villager", "resident"}
_RIOTERS = {"rioter", "mob", "crowd", "rioters", "mobs", "crowds", "vigilante"}
_PROTESTERS = {"protester", "demonstrator", "protesters", "demonstrators", "marcher"}


def _by_crowd(mention: EventMention, *, strict: bool = False) -> bool:
    agent = mention.agent
    head = agent.head.rstrip("s") if agent is not None else ""
    if agent is None or re.search(r"\barmed\b", agent.span.text, re.I) and head not in {"mob", "crowd"}:
        return False  # "armed youths" clashing are a militia, not a crowd ("a mob armed with sticks" is one)
    return agent.head in (_RIOTERS if strict else _CROWD) or head in _RIOTERS or \
        (not strict and head in _CROWD)


def _is_mob(mention: EventMention) -> bool:
    """Crowds attacking people outside a demonstration: ACLED's mob violence."""
    agent = mention.agent
    return agent is not None and agent.head.rstrip("s") in {"mob", "crowd", "vigilante", "resident",
                                                            "villager"}


# what a crowd does that makes its protest a riot (burning tyres on a road does not)
_CROWD_VIOLENCE = re.compile(r"\b(?:set fire to|set (?:\w+ ){1,3}(?:on fire|ablaze)|torched|pelted|hurled "
                             r"(?:stones|rocks|petrol bombs)|threw (?:stones|rocks|petrol bombs)|stormed|"
                             r"ransacked|looted|attacked (?:a|the) police|turned violent|degenerated into (?:violence|"
                             r"clashes|a riot))\b")


def _protesters_hurt(mention: EventMention) -> bool:
    patient = mention.patient
    text = mention.sentence_span.text.lower()
    return patient is not None and (patient.head in _PROTESTERS or ("protest" in text or "demonstrat" in text)
                                    and patient.head in lexicon.CIVILIAN_WORDS)


def _own_part(mention: EventMention) -> str:
    """The mention's part of its sentence ("X marched in A, while a protest in B was
    dispersed with tear gas": the tear gas is B's)."""
    s = mention.sentence_span
    if mention.part is None:
        return s.text
    start, end = mention.part
    return s.text[start - s.start:end - s.start]


def sub_event_type(mention: EventMention, *, agent_is_state: bool,
                   agent_is_home_state: bool | None = None) -> str:
    """The ACLED sub-event type of a mention."""
    family = mention.family
    sentence = _own_part(mention).lower()
    counted_dead = family == "kill" and mention.patient is not None and mention.patient.count is not None
    if family in {"kill", "attack", "loot"} and mention.object_kind == "weapon" and not _people_hurt(mention) \
            and not counted_dead:
        return "Disrupted weapons use"  # shooting down drones, intercepting missiles, destroying them
    if family == "intervene" and mention.lethal:
        return "Excessive force against protesters"  # tear gas and live rounds, people killed
    if family == "intervene" and "riot" in mention.families:
        return "Violent demonstration"  # a crowd hurling stones, dispersed with tear gas: a riot
    vigilantes_fight = mention.agent is not None and mention.agent.head.rstrip("s") == "vigilante" \
        and _victims_fight_back(mention)  # "vigilantes killed 17 armed bandits": a battle
    if family in {"kill", "attack", "clash", "loot"} and _by_crowd(mention) and not vigilantes_fight:
        return "Mob violence" if _is_mob(mention) else "Violent demonstration"
    if family in {"kill", "attack"} and _protesters_hurt(mention):
        # protesters shot dead while they set fire to a police station: a riot (ACLED codes
        # the violent crowd's event, with its dead), not force against a peaceful protest
        return "Violent demonstration" if _CROWD_VIOLENCE.search(sentence) else \
            "Excessive force against protesters"
    if family in {"kill", "attack"}:
        # storming a town is fighting for it, unless the dead told are its residents ("gang
        # members stormed the town, killing dozens of residents": an attack on civilians)
        civilians_dead = mention.lethal and mention.patient is not None and mention.patient.count is not None \
            and mention.patient.head in lexicon.CIVILIAN_WORDS
        return "Armed clash" if _victims_fight_back(mention) or (
            mention.object_kind == "territory" and not civilians_dead) else "Attack"

    if family == "protest":
        if "protest" in mention.families and "kill" in mention.families:
            return "Excessive force against protesters"
        if any(cue in sentence for cue in _INTERVENTION) or "arrest" in mention.families:
            return "Protest with intervention"
        return "Peaceful protest"
    if family == "capture":
        if mention.object_kind == "weapon":
            return "Disrupted weapons use"
        if mention.object_kind == "person":
            return "Arrests" if agent_is_state else "Abduction/forced disappearance"
        # ACLED: a foreign state's forces taking territory is coded like a non-state actor's
        home = agent_is_state if agent_is_home_state is None else agent_is_home_state
        return "Government regains territory" if home else "Non-state actor overtakes territory"
    if family == "raid":
        return "Disrupted weapons use" if mention.object_kind == "weapon" or "weapon" in sentence \
            else "Other"
    return _DIRECT.get(family, "Other")


def type_mention(mention: EventMention, *, agent_is_state: bool = False,
                 agent_is_home_state: bool | None = None) -> Typed:
    """ACLED event type, sub-type and PLOVER type of a mention."""
    sub = sub_event_type(mention, agent_is_state=agent_is_state,
                         agent_is_home_state=agent_is_home_state)
    plover = PLOVER_FOR_SUB_EVENT[sub]
    if mention.family in {"kill", "abduct", "sexual"}:
        plover = "ASSAULT"
    return Typed(SUB_EVENT_TYPES[sub], sub, plover)
