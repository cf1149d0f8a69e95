"""ACLED event types, sub-event types and inter codes, and the PLOVER event types.

ACLED's scheme is primary (its users know it); PLOVER types are carried alongside so
POLECAT users can join. Sub-types follow ACLED's codebook (2023 revision).
"""

from __future__ import annotations

TAXONOMY_VERSION = "acled-2023+plover-0.5"

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": (
        "Violent demonstration",
        "Mob violence",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

SUB_EVENT_TYPES: dict[str, str] = {
    sub: event_type for event_type, subs in EVENT_TYPES.items() for sub in subs
}

INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "FIGHT", "ASSAULT",
)

# The PLOVER type an ACLED sub-event type most often corresponds to.
PLOVER_FOR_SUB_EVENT: dict[str, str] = {
    "Armed clash": "FIGHT",
    "Government regains territory": "FIGHT",
    "Non-state actor overtakes territory": "FIGHT",
    "Chemical weapon": "FIGHT",
    "Air/drone strike": "FIGHT",
    "Suicide bomb": "ASSAULT",
    "Shelling/artillery/missile attack": "FIGHT",
    "Remote explosive/landmine/IED": "ASSAULT",
    "Grenade": "ASSAULT",
    "Sexual violence": "ASSAULT",
    "Attack": "ASSAULT",
    "Abduction/forced disappearance": "ASSAULT",
    "Peaceful protest": "PROTEST",
    "Protest with intervention": "PROTEST",
    "Excessive force against protesters": "COERCE",
    "Violent demonstration": "PROTEST",
    "Mob violence": "ASSAULT",
    "Agreement": "AGREE",
    "Arrests": "COERCE",
    "Change to group/activity": "MOBILIZE",
    "Disrupted weapons use": "COERCE",
    "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "COERCE",
    "Non-violent transfer of territory": "RETREAT",
    "Other": "COERCE",
}


def event_type_for(sub_event_type: str) -> str:
    """The ACLED event type of a sub-event type; raises with the valid names if unknown."""
    try:
        return SUB_EVENT_TYPES[sub_event_type]
    except KeyError:
        from eventwire.errors import UnknownValueError

        raise UnknownValueError("sub_event_type", sub_event_type, SUB_EVENT_TYPES) from None


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (e.g. 2 and 7 give 27)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high
