"""Trigger words: which lemma suggests which kind of event.

A cue names a *family* (kill, attack, arrest...) rather than a final ACLED sub-type,
because the sub-type depends on who acts on whom (soldiers killed in a clash are a
battle; villagers killed by gunmen are violence against civilians). The families are
resolved to ACLED and PLOVER types in ``eventwire.steps.typing``.

Lemmas are English vocabulary for kinds of political violence and interaction, written
from ACLED's and PLOVER's codebooks; none comes from an evaluation set.
"""

from __future__ import annotations

# Families whose mentions are conflict events eventwire records (ACLED scope).
ACLED_FAMILIES = frozenset({"change_group", "intervene",
    "kill", "attack", "clash", "shell", "airstrike", "explosive", "suicide", "grenade",
    "chemical", "capture", "regain", "arrest", "abduct", "sexual", "protest", "riot",
    "loot", "raid", "agreement", "defuse", "base", "withdraw_territory", "mob",
})

# Verb lemmas -> family.
VERB_CUES: dict[str, str] = {
    # lethal violence
    "kill": "kill", "execute": "kill", "murder": "kill", "massacre": "kill",
    "slaughter": "kill", "behead": "kill", "assassinate": "kill", "lynch": "kill",
    "shoot": "kill", "stab": "kill", "gun": "kill", "hack": "kill", "torture": "kill",
    "wound": "kill", "injure": "kill", "beat": "kill", "drown": "kill", "hang": "kill",
    "burn_alive": "kill", "die": "kill", "perish": "kill",
    # armies' communiques: "23 terrorists were neutralised" counts them among the dead
    "neutralise": "kill", "neutralize": "kill",
    # South Asian and Arabic-language wires: "two policemen were martyred"
    "martyr": "kill",
    # attacks and fighting
    "attack": "attack", "assault": "attack", "storm": "attack", "ambush": "attack",
    "target": "attack", "strike": "attack", "hit": "attack", "invade": "clash",
    "clash": "clash", "fight": "clash", "battle": "clash", "repel": "clash",
    "shell": "shell", "bombard": "shell", "pound": "shell",
    "bomb": "airstrike",
    "explode": "explosive", "detonate": "explosive", "blow": "explosive",
    # territory
    "capture": "capture", "seize": "capture", "overrun": "capture", "occupy": "capture",
    "recapture": "regain", "retake": "regain", "regain": "regain", "liberate": "regain",
    # detention and abduction
    "arrest": "arrest", "detain": "arrest", "apprehend": "arrest", "jail": "arrest",
    "imprison": "arrest", "catch": "arrest",
    "kidnap": "abduct", "abduct": "abduct", "disappear": "abduct",
    "rape": "sexual",
    # demonstrations
    "protest": "protest", "demonstrate": "protest", "rally": "protest", "march": "protest",
    "riot": "riot",
    # property, weapons, strategy
    "loot": "loot", "plunder": "loot", "torch": "loot", "burn": "loot", "vandalize": "loot",
    "vandalise": "loot", "destroy": "loot", "demolish": "loot", "ransack": "loot",
    "raid": "raid", "set_fire": "loot", "set_ablaze": "loot",
    "defuse": "defuse", "dismantle": "defuse", "intercept": "defuse",
    "sign": "agreement", "exchange": "agreement", "swap": "agreement",
}

# Verbs whose subject is the dead ("12 people died"), never the doer; as events only
# beside violence (see ``bridge``): "the former president died on Monday" is none.
DYING_VERBS = frozenset({"die", "perish"})

# Inflected forms the small model lemmatises wrongly ("raped" -> "rap").
VERB_FORMS: dict[str, str] = {"raped": "sexual", "raping": "sexual", "shelled": "shell",
                              "torched": "loot", "ambushed": "attack", "beheaded": "kill",
                              "retook": "regain", "overran": "capture"}
# Past forms the small model tags as present ("forces retook the town" as VBP).
PAST_FORMS = frozenset({"retook", "overran", "shelled", "torched", "ambushed", "beheaded", "raped"})

# Noun lemmas (or multi-word lower-case phrases) -> family.
NOUN_CUES: dict[str, str] = {
    "airstrike": "airstrike", "air strike": "airstrike", "air raid": "airstrike",
    "drone strike": "airstrike", "drone attack": "airstrike", "bombing raid": "airstrike",
    # aircraft only type a strike they carry out; alone ("a drone flew over") they are no event
    "drone": "air_means", "warplane": "air_means", "fighter jet": "air_means",
    "helicopter gunship": "air_means", "military aircraft": "air_means", "aircraft": "air_means",
    "jet": "air_means", "helicopter": "air_means",
    "shelling": "shell", "shell": "shell", "mortar round": "shell", "artillery": "shell", "mortar": "shell", "rocket": "shell",
    "missile": "shell", "barrage": "shell", "bombardment": "shell",
    "aerial bombardment": "airstrike", "air bombardment": "airstrike",
    "barrel bomb": "airstrike", "explosive barrel": "airstrike",  # dropped from helicopters
    "aerial bomb": "airstrike", "guided bomb": "airstrike", "glide bomb": "airstrike",  # dropped from aircraft
    "car bomb": "explosive", "roadside bomb": "explosive", "landmine": "explosive",
    "ied": "explosive", "explosive device": "explosive", "bomb": "explosive",
    "explosion": "explosive", "blast": "explosive", "bombing": "explosive",
    "suicide bomber": "suicide", "suicide bombing": "suicide", "suicide attack": "suicide",
    "suicide car bomb": "suicide",
    "grenade": "grenade",
    "chemical attack": "chemical", "gas attack": "chemical", "sarin": "chemical",
    "chlorine": "chemical",
    "clash": "clash", "fighting": "clash", "gunfight": "clash", "firefight": "clash",
    "gunbattle": "clash", "gun battle": "clash", "shootout": "clash", "shoot-out": "clash",
    "exchange of fire": "clash", "exchange of gunfire": "clash",
    "battle": "clash", "ambush": "clash", "skirmish": "clash", "offensive": "clash",
    "massacre": "kill", "execution": "kill", "killing": "kill", "assassination": "kill",
    "attack": "attack", "assault": "attack", "raid": "raid",
    "arrest": "arrest", "detention": "arrest", "crackdown": "arrest",
    "kidnapping": "abduct", "abduction": "abduct",
    "rape": "sexual",
    "protest": "protest", "demonstration": "protest", "rally": "protest",
    "sit-in": "protest", "riot": "riot", "looting": "loot", "arson": "loot",
    "death toll": "kill", "number of dead": "kill", "number of deaths": "kill", "toll": "kill",
    "tear gas": "intervene", "stun grenade": "intervene", "flash-bang": "intervene",
    "pepper spray": "intervene",
    "rubber bullet": "intervene", "teargas": "intervene", "water cannon": "intervene",
    "rubber bullets": "intervene", "rubber bullet": "intervene",
    "petrol bomb": "riot", "molotov cocktail": "riot", "firebomb": "riot",
    "ceasefire": "agreement", "truce": "agreement", "peace deal": "agreement",
    "peace agreement": "agreement",
}

# Objects that make an act a strategic development ("set up a base", "handed over the base").
BASE_WORDS = frozenset({"base", "camp", "headquarters", "outpost", "checkpoint", "garrison",
                        "position", "barracks", "stronghold"})
FORMATION_WORDS = frozenset({"party", "parties", "group", "militia", "movement", "organisation",
                             "organization", "faction", "coalition", "alliance", "unit", "brigade",
                             "mission", "force", "contingent", "council", "association", "union"})

# Weapon nouns that refine a kill/attack into remote violence when in the same clause.
WEAPON_REFINEMENT: dict[str, str] = {
    "airstrike": "airstrike", "air_means": "airstrike", "shell": "shell", "explosive": "explosive",
    "suicide": "suicide", "grenade": "grenade", "chemical": "chemical",
}

# PLOVER verb types live with the rest of the PLOVER vocabulary (alias kept).
from eventwire.nlp.plover_lexicon import PLOVER_VERBS  # noqa: E402, F401

# Reporting verbs: a subject of one of these is a source, not an actor.
REPORTING_VERBS = frozenset({
    "say", "tell", "report", "add", "state", "announce", "claim", "confirm", "deny",
    "allege", "note", "explain", "describe", "recount", "write", "insist", "estimate",
})
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
# Verbs that tell a story of the past rather than report news: "survivors described how
# the attackers ...", "rights groups have documented the massacre of ..."
NARRATING_VERBS = frozenset({"describe", "recount", "recall", "testify", "narrate", "document",
                             "remember", "relive", "chronicle"})

# Victim words: people who are not combatants.
CIVILIAN_WORDS = frozenset({
    "people", "civilian", "resident", "villager", "child", "woman", "man", "student",
    "worker", "farmer", "family", "person", "passenger", "worshipper", "pupil", "girl",
    "boy", "teacher", "journalist", "refugee", "herder", "fisherman", "trader",
    "shopper", "patient", "doctor", "nurse", "pilgrim", "mourner", "guest", "plotter",
    "dissident", "member", "relative", "prisoner", "hostage", "detainee", "inmate",
    "protester", "demonstrator", "activist", "voter", "official", "employee",
    "citizen", "inhabitant", "bystander", "passerby", "traveller", "traveler", "commuter",
    "motorist", "labourer", "laborer", "tourist", "vendor", "shopkeeper",
})
# single people named by role or kin ("a mayoral candidate and his aide", "a chief and his son")
PERSON_ROLE_WORDS = frozenset({
    "candidate", "aide", "chief", "leader", "mayor", "governor", "lawmaker", "politician",
    "priest", "imam", "pastor", "cleric", "driver", "bodyguard", "son", "daughter", "wife",
    "husband", "brother", "sister", "father", "mother", "nephew", "cousin", "judge", "lawyer",
    "councillor", "councilor", "elder", "headman", "chairman", "spokesman", "reporter",
})
# The state's side among them: "seven police officers ... killed 12 Kenyan forces" is one side.
STATE_COMBATANT_WORDS = frozenset({"soldier", "troop", "force", "army", "police", "policeman",
                                   "officer", "guard", "commander", "recruit", "jawan", "gendarme",
                                   "policemen", "marine", "sailor", "airman", "serviceman",
                                   "servicemember"})
COMBATANT_WORDS = frozenset({
    "soldier", "troop", "fighter", "militant", "insurgent", "rebel", "policeman",
    "officer", "guard", "gunman", "jihadist", "militiaman", "combatant", "force",
    "army", "police", "commander", "sniper", "attacker", "assailant", "recruit",
    "terrorist", "extremist", "bandit", "guerrilla", "paramilitary", "gunmen", "vigilante",
    # South Asian wire usage: insurgents and soldiers
    "gendarme", "marine", "sailor", "airman", "serviceman", "servicemember", "gang",
    "maoist", "maoists", "naxal", "naxals", "naxalite", "naxalites", "ultra", "ultras", "jawan",
})

# Words that make the object of "seize"/"capture" a weapons event, not territory.
REFLEXIVE = frozenset({"himself", "herself", "themselves"})
# Verbs whose object "bodies" is a count of the dead ("recovered 11 bodies", "had confirmed 17
# bodies"); "confirm" is also a reporting verb, but not with bodies as its object.
BODY_FINDING_VERBS = frozenset({"find", "recover", "discover", "retrieve", "pull", "exhume", "unearth",
                                "dump", "wash", "dig", "collect", "remove", "count", "confirm"})
# Counted things that are not people ("some 300 head of cattle were raided").
ANIMAL_WORDS = frozenset({"cattle", "cow", "goat", "sheep", "camel", "livestock", "head", "animal",
                          "donkey", "horse", "chicken", "ox"})
WEAPON_WORDS = frozenset({
    "weapon", "arm", "ammunition", "explosive", "cache", "rifle", "gun", "rocket",
    "missile", "bomb", "mine", "grenade", "munition", "stockpile", "arsenal", "drone",
    "aircraft", "plane", "helicopter", "jet", "projectile", "warplane", "shell",
})
TERRITORY_WORDS = frozenset({
    "town", "city", "village", "district", "province", "region", "area", "territory",
    "base", "airport", "border", "crossing", "hill", "camp", "neighbourhood",
    "neighborhood", "outpost", "checkpoint", "port", "valley", "control",
})
