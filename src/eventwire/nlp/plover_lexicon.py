"""PLOVER vocabulary: verbs, phrasal verbs, event nouns and the verbs that steer them.

Written from the PLOVER categories and the CAMEO cue categories they merge (03 intent
to cooperate -> AGREE, 04 CONSULT, 05 diplomatic cooperation -> SUPPORT, 06 material
cooperation -> COOPERATE, 07 AID, 081-083 -> CONCEDE, 084-087 -> RETREAT, 09
INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 12 REJECT, 13 THREATEN, 14 PROTEST, 15 MOBILIZE,
16 SANCTION, 17 COERCE, 18/20 ASSAULT, 19 FIGHT). Plain English vocabulary only; no
entry comes from an evaluation set.
"""

from __future__ import annotations

COOPERATIVE = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
})
# Material conflict: a future or promised one is a threat (CAMEO 13).
FORCEFUL = frozenset({"PROTEST", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "MOBILIZE"})

# Verb lemma -> PLOVER type.
PLOVER_VERBS: dict[str, str] = {
    # AGREE: express intent to cooperate, settle
    "agree": "AGREE", "accept": "AGREE", "ratify": "AGREE", "promise": "AGREE",
    "pledge": "AGREE", "offer": "AGREE", "commit": "AGREE", "guarantee": "AGREE",
    "undertake": "AGREE", "settle": "AGREE", "assure": "AGREE", "reconcile": "AGREE", "accede": "CONCEDE",
    # CONSULT
    "meet": "CONSULT", "visit": "CONSULT", "talk": "CONSULT", "discuss": "CONSULT",
    "host": "CONSULT", "consult": "CONSULT", "negotiate": "CONSULT", "phone": "CONSULT",
    "mediate": "CONSULT", "confer": "CONSULT", "tour": "CONSULT", "telephone": "CONSULT",
    "receive": "CONSULT", "convene": "CONSULT",
    # SUPPORT: diplomatic cooperation (praise, defend verbally, recognise, apologise,
    # forgive, sign a formal agreement)
    "praise": "SUPPORT", "support": "SUPPORT", "endorse": "SUPPORT", "back": "SUPPORT",
    "welcome": "SUPPORT", "approve": "SUPPORT", "commend": "SUPPORT", "defend": "SUPPORT",
    "hail": "SUPPORT", "applaud": "SUPPORT", "laud": "SUPPORT", "thank": "SUPPORT", "congratulate": "SUPPORT",
    "recognize": "SUPPORT", "recognise": "SUPPORT", "forgive": "SUPPORT",
    "apologize": "SUPPORT", "apologise": "SUPPORT", "sign": "SUPPORT", "befriend": "SUPPORT",
    # COOPERATE: material cooperation
    "cooperate": "COOPERATE", "collaborate": "COOPERATE", "share": "COOPERATE",
    "extradite": "COOPERATE", "coordinate": "COOPERATE", "partner": "COOPERATE",
    # AID
    "aid": "AID", "donate": "AID", "provide": "AID", "grant": "AID", "send": "AID",
    "assist": "AID", "help": "AID", "supply": "AID", "lend": "AID", "fund": "AID",
    "finance": "AID", "shelter": "AID", "airlift": "AID", "contribute": "AID",
    "give": "AID", "deliver": "AID", "ship": "AID", "distribute": "AID",
    # CONCEDE: ease restrictions, accede to demands, allow dissent
    "concede": "CONCEDE", "ease": "CONCEDE", "lift": "CONCEDE", "allow": "CONCEDE",
    "permit": "CONCEDE", "yield": "CONCEDE", "pardon": "CONCEDE", "relax": "CONCEDE",
    "legalize": "CONCEDE", "legalise": "CONCEDE", "unban": "CONCEDE", "reinstate": "CONCEDE",
    "amnesty": "CONCEDE", "comply": "CONCEDE",
    # RETREAT: withdraw, release, surrender, de-escalate, leave office
    "withdraw": "RETREAT", "retreat": "RETREAT", "evacuate": "RETREAT",
    "surrender": "RETREAT", "release": "RETREAT", "free": "RETREAT",
    "demobilize": "RETREAT", "demobilise": "RETREAT", "disarm": "RETREAT",
    "resign": "RETREAT", "capitulate": "RETREAT", "disband": "RETREAT", "vacate": "RETREAT",
    # INVESTIGATE
    "investigate": "INVESTIGATE", "probe": "INVESTIGATE", "inquire": "INVESTIGATE",
    "examine": "INVESTIGATE", "inspect": "INVESTIGATE", "question": "INVESTIGATE",
    "interrogate": "INVESTIGATE", "audit": "INVESTIGATE", "exhume": "INVESTIGATE",
    # DEMAND: demands and appeals
    "demand": "DEMAND", "urge": "DEMAND", "ask": "DEMAND", "appeal": "DEMAND",
    "request": "DEMAND", "call": "DEMAND", "insist": "DEMAND", "press": "DEMAND",
    "order": "DEMAND", "petition": "DEMAND", "plead": "DEMAND", "beg": "DEMAND",
    "seek": "DEMAND", "implore": "DEMAND",
    # DISAPPROVE
    "criticize": "DISAPPROVE", "criticise": "DISAPPROVE", "condemn": "DISAPPROVE",
    "accuse": "DISAPPROVE", "blame": "DISAPPROVE", "denounce": "DISAPPROVE",
    "complain": "DISAPPROVE", "deplore": "DISAPPROVE", "sue": "DISAPPROVE",
    "rebuke": "DISAPPROVE", "censure": "DISAPPROVE", "slam": "DISAPPROVE",
    "lambast": "DISAPPROVE", "decry": "DISAPPROVE", "chide": "DISAPPROVE",
    "reprimand": "DISAPPROVE", "scold": "DISAPPROVE", "charge": "DISAPPROVE",
    "summon": "DISAPPROVE", "convict": "DISAPPROVE",
    # REJECT
    "reject": "REJECT", "refuse": "REJECT", "deny": "REJECT", "veto": "REJECT",
    "oppose": "REJECT", "dismiss": "REJECT", "rebuff": "REJECT", "decline": "REJECT",
    "renege": "REJECT", "defy": "REJECT", "violate": "REJECT", "spurn": "REJECT",
    "resist": "REJECT", "repudiate": "REJECT", "snub": "REJECT",
    # THREATEN
    "threaten": "THREATEN", "warn": "THREATEN", "vow": "THREATEN", "swear": "THREATEN",
    "menace": "THREATEN",
    # PROTEST
    "protest": "PROTEST", "demonstrate": "PROTEST", "rally": "PROTEST", "march": "PROTEST",
    "boycott": "PROTEST", "riot": "PROTEST", "strike": "PROTEST", "picket": "PROTEST",
    "block": "PROTEST", "blockade": "PROTEST",
    # MOBILIZE: exhibit force posture
    "mobilize": "MOBILIZE", "mobilise": "MOBILIZE", "deploy": "MOBILIZE",
    "mass": "MOBILIZE", "reinforce": "MOBILIZE", "patrol": "MOBILIZE", "amass": "MOBILIZE",
    # SANCTION: reduce relations
    "sanction": "SANCTION", "embargo": "SANCTION", "suspend": "SANCTION",
    "expel": "SANCTION", "ban": "COERCE", "freeze": "SANCTION", "recall": "SANCTION",
    "cut": "SANCTION", "halt": "SANCTION", "sever": "SANCTION", "prohibit": "SANCTION",
    "downgrade": "SANCTION", "withhold": "SANCTION",
    # COERCE: repression, seizure, destruction of property, cyber attacks
    "arrest": "COERCE", "detain": "COERCE", "seize": "COERCE", "confiscate": "COERCE",
    "deport": "COERCE", "imprison": "COERCE", "sentence": "COERCE", "raid": "COERCE",
    "censor": "COERCE", "expropriate": "COERCE", "demolish": "COERCE", "jail": "COERCE",
    "bulldoze": "COERCE", "evict": "COERCE", "sabotage": "COERCE", "destroy": "COERCE",
    "torch": "COERCE", "hack": "COERCE", "round": "COERCE", "apprehend": "COERCE",
    "crush": "COERCE", "nationalise": "COERCE", "nationalize": "COERCE",
    # FIGHT: conventional military force
    "fight": "FIGHT", "clash": "FIGHT", "shell": "FIGHT", "bomb": "FIGHT",
    "battle": "FIGHT", "invade": "FIGHT", "occupy": "FIGHT", "capture": "FIGHT",
    "bombard": "FIGHT", "ambush": "FIGHT", "fire": "FIGHT", "storm": "FIGHT",
    "retake": "FIGHT", "recapture": "FIGHT", "overrun": "FIGHT", "strafe": "FIGHT",
    "besiege": "FIGHT",
    # ASSAULT: unconventional violence against people
    "kill": "ASSAULT", "massacre": "ASSAULT", "assassinate": "ASSAULT",
    "abduct": "ASSAULT", "kidnap": "ASSAULT", "torture": "ASSAULT", "rape": "ASSAULT",
    "attack": "ASSAULT", "wound": "ASSAULT", "injure": "ASSAULT", "beat": "ASSAULT",
    "execute": "ASSAULT", "murder": "ASSAULT", "behead": "ASSAULT", "shoot": "ASSAULT",
    "explode": "ASSAULT", "detonate": "ASSAULT", "stab": "ASSAULT", "lynch": "ASSAULT",
}

# (verb lemma, particle or preposition) -> type; wins over the verb alone.
PHRASAL: dict[tuple[str, str], str] = {
    ("call", "for"): "DEMAND", ("call", "on"): "DEMAND", ("call", "off"): "SANCTION",
    ("appeal", "for"): "DEMAND", ("appeal", "to"): "DEMAND",
    ("hand", "over"): "RETREAT", ("pull", "out"): "RETREAT", ("pull", "back"): "RETREAT",
    ("step", "down"): "RETREAT", ("back", "down"): "CONCEDE", ("give", "in"): "CONCEDE",
    ("give", "up"): "RETREAT", ("lay", "down"): "RETREAT", ("stand", "down"): "RETREAT",
    ("break", "off"): "SANCTION", ("cut", "off"): "SANCTION", ("break", "with"): "SANCTION",
    ("crack", "down"): "COERCE", ("round", "up"): "COERCE",
    ("beat", "up"): "ASSAULT", ("shoot", "down"): "FIGHT", ("open", "fire"): "FIGHT",
    ("walk", "out"): "PROTEST", ("sit", "in"): "PROTEST", ("back", "out"): "REJECT",
    ("turn", "down"): "REJECT", ("rule", "out"): "REJECT", ("look", "into"): "INVESTIGATE", ("hack", "into"): "COERCE",
    ("stand", "by"): "SUPPORT", ("side", "with"): "SUPPORT", ("speak", "out"): "DISAPPROVE",
    ("lash", "out"): "DISAPPROVE", ("sign", "up"): "AGREE",
    ("call", "up"): "MOBILIZE", ("vote", "against"): "REJECT", ("break", "into"): "COERCE",
    ("close", "down"): "COERCE",
    ("break", "up"): "COERCE", ("shut", "down"): "COERCE",
}

# Event nouns (lemma, or "modifier head" lemmas) -> type, read through light verbs
# ("held talks", "imposed sanctions") and as a fallback.
PLOVER_NOUNS: dict[str, str] = {
    "agreement": "AGREE", "deal": "AGREE", "accord": "AGREE", "pact": "AGREE",
    "treaty": "AGREE", "memorandum": "AGREE", "ceasefire": "AGREE", "truce": "AGREE",
    "settlement": "AGREE", "compromise": "AGREE", "promise": "AGREE", "pledge": "AGREE",
    "talk": "CONSULT", "meeting": "CONSULT", "conversation": "CONSULT", "negotiation": "CONSULT", "summit": "CONSULT",
    "visit": "CONSULT", "consultation": "CONSULT", "discussion": "CONSULT",
    "mediation": "CONSULT", "conference": "CONSULT", "dialogue": "CONSULT",
    "support": "SUPPORT", "praise": "SUPPORT", "recognition": "SUPPORT", "tie": "SUPPORT",
    "relation": "SUPPORT", "embassy": "SUPPORT", "apology": "SUPPORT",
    "endorsement": "SUPPORT", "backing": "SUPPORT",
    "cooperation": "COOPERATE", "exercise": "COOPERATE", "maneuver": "COOPERATE",
    "manoeuvre": "COOPERATE", "war game": "COOPERATE", "joint patrol": "COOPERATE",
    "aid": "AID", "assistance": "AID", "asylum": "AID", "loan": "AID", "grant": "AID",
    "donation": "AID", "relief": "AID", "refuge": "AID", "credit": "AID",
    "concession": "CONCEDE", "amnesty": "CONCEDE", "pardon": "CONCEDE",
    "withdrawal": "RETREAT", "retreat": "RETREAT", "evacuation": "RETREAT",
    "surrender": "RETREAT", "release": "RETREAT", "pullout": "RETREAT",
    "resignation": "RETREAT", "demobilization": "RETREAT",
    "investigation": "INVESTIGATE", "inquiry": "INVESTIGATE", "probe": "INVESTIGATE",
    "hearing": "INVESTIGATE", "inspection": "INVESTIGATE", "audit": "INVESTIGATE",
    "demand": "DEMAND", "appeal": "DEMAND", "call": "DEMAND", "request": "DEMAND",
    "petition": "DEMAND", "plea": "DEMAND",
    "complaint": "DISAPPROVE", "criticism": "DISAPPROVE", "accusation": "DISAPPROVE",
    "condemnation": "DISAPPROVE", "lawsuit": "DISAPPROVE", "suit": "DISAPPROVE",
    "rebuke": "DISAPPROVE", "allegation": "DISAPPROVE",
    "rejection": "REJECT", "refusal": "REJECT", "veto": "REJECT", "denial": "REJECT",
    "threat": "THREATEN", "warning": "THREATEN", "ultimatum": "THREATEN",
    "protest": "PROTEST", "demonstration": "PROTEST", "rally": "PROTEST",
    "march": "PROTEST", "strike": "PROTEST", "hunger strike": "PROTEST", "sit-in": "PROTEST",
    "riot": "PROTEST", "boycott": "PROTEST", "picket": "PROTEST", "blockade": "PROTEST",
    "mobilization": "MOBILIZE", "mobilisation": "MOBILIZE", "deployment": "MOBILIZE",
    "patrol": "MOBILIZE", "alert": "MOBILIZE", "reinforcement": "MOBILIZE",
    "sanction": "SANCTION", "embargo": "SANCTION", "suspension": "SANCTION",
    "ban": "COERCE", "expulsion": "SANCTION",
    "arrest": "COERCE", "detention": "COERCE", "curfew": "COERCE", "crackdown": "COERCE",
    "raid": "COERCE", "demolition": "COERCE", "deportation": "COERCE",
    "censorship": "COERCE", "martial law": "COERCE", "state of emergency": "COERCE",
    "confiscation": "COERCE", "cyberattack": "COERCE", "hostage": "COERCE",
    "human shield": "COERCE", "tear gas": "COERCE",
    "attack": "ASSAULT", "assassination": "ASSAULT", "bombing": "ASSAULT",
    "massacre": "ASSAULT", "killing": "ASSAULT", "kidnapping": "ASSAULT",
    "abduction": "ASSAULT", "torture": "ASSAULT", "execution": "ASSAULT",
    "fighting": "FIGHT", "battle": "FIGHT", "clash": "FIGHT", "offensive": "FIGHT",
    "invasion": "FIGHT", "shelling": "FIGHT", "airstrike": "FIGHT", "air strike": "FIGHT",
    "bombardment": "FIGHT", "incursion": "FIGHT", "skirmish": "FIGHT", "fire": "FIGHT",
    "gunfire": "FIGHT",
    "telephone": "CONSULT", "phone": "CONSULT", "presence": "MOBILIZE",
}

# Verbs that say something about a statement rather than do something: look inside.
REPORTING = frozenset({
    "say", "tell", "report", "add", "state", "announce", "claim", "confirm", "allege",
    "note", "explain", "describe", "write", "estimate", "conclude", "declare", "indicate",
    "disclose", "reveal", "suggest", "believe", "think", "argue", "maintain", "assert",
    "reply", "respond", "acknowledge", "admit", "stress", "emphasize", "emphasise",
    "reiterate", "repeat", "quote", "predict", "expect", "hope", "feel", "know",
})

# Verbs that carry their own type whatever the complement is ("refused to X": REJECT).
CONTROL_FIXED: dict[str, str] = {
    "threaten": "THREATEN", "swear": "THREATEN", "warn": "THREATEN",
    "refuse": "REJECT", "decline": "REJECT", "fail": "REJECT", "reject": "REJECT",
    "demand": "DEMAND", "urge": "DEMAND", "ask": "DEMAND", "call": "DEMAND",
    "appeal": "DEMAND", "order": "DEMAND", "press": "DEMAND", "request": "DEMAND",
    "encourage": "DEMAND", "tell": "DEMAND", "pressure": "DEMAND", "pressurize": "DEMAND",
    "agree": "AGREE",
}
# Intent verbs and adjectives: AGREE with a cooperative complement, THREATEN with a
# forceful one.
INTENT = frozenset({
    "offer", "promise", "pledge", "vow", "commit", "plan", "intend", "volunteer",
    "undertake", "willing", "ready", "prepared", "committed", "eager", "keen",
    "determined", "resolve",
})
# Getting ready for force is a force posture (MOBILIZE); for cooperation, an intent.
PREPARE = frozenset({"prepare"})
# Verbs whose complement is the event ("tried to X", "decided to X").
PASS_THROUGH = frozenset({
    "try", "attempt", "continue", "begin", "start", "decide", "resume", "manage", "move",
    "keep", "vote", "seek", "go", "want", "wish", "help", "choose", "opt", "proceed",
    "step", "work", "act", "able", "set",
})
UNWILLING = frozenset({"unwilling", "reluctant", "unable", "unprepared"})

# Verbs of sending and travel: a purpose clause names the event ("sent X to investigate").
MOTION = frozenset({"send", "dispatch", "travel", "go", "come", "arrive", "fly", "return",
                    "visit", "tour"})
# Verbs that take their type from their object ("held talks", "launched an inquiry").
LIGHT = frozenset({
    "hold", "stage", "launch", "open", "impose", "lodge", "issue", "make", "take", "mount",
    "conduct", "carry", "begin", "start", "continue", "resume", "reach", "extend",
    "announce", "establish", "express", "voice", "file", "level", "end", "grant", "give",
    "organize", "organise", "declare", "complete", "put", "place", "receive", "pay",
    "restore", "renew", "set", "join", "call", "enter", "conclude",
    "initiate", "order", "stop", "reiterate", "repeat", "register", "send",
    "provide", "win", "accept", "deliver", "raise", "form", "increase", "boost", "step",
    "strengthen", "intensify", "heighten",
})
# Ending something cooperative is a sanction; easing something restrictive a concession.
TERMINATE = frozenset({
    "end", "halt", "stop", "cut", "suspend", "break", "sever", "freeze", "cancel",
    "terminate", "withdraw", "reduce", "downgrade", "scale", "abandon", "close",
})
COOPERATIVE_NOUNS = frozenset({
    "aid", "tie", "relation", "talk", "mediation", "cooperation", "link", "negotiation",
    "contact", "program", "programme", "assistance", "trade", "flight", "effort",
    "dialogue", "embassy", "mission", "investment", "loan", "delivery", "exchange",
})
RELAX = frozenset({"lift", "ease", "relax", "end", "remove", "shorten", "reduce", "cancel",
                   "scrap", "loosen", "suspend", "revoke", "rescind", "drop", "open",
                   "reopen"})
RESTRICTIVE_NOUNS: dict[str, str] = {
    "curfew": "CONCEDE", "ban": "CONCEDE", "emergency": "CONCEDE", "restriction": "CONCEDE",
    "sanction": "CONCEDE", "embargo": "CONCEDE", "law": "CONCEDE", "censorship": "CONCEDE",
    "blockade": "RETREAT", "siege": "RETREAT", "closure": "RETREAT", "checkpoint": "RETREAT",
    "border": "RETREAT", "bridge": "RETREAT", "crossing": "RETREAT", "port": "RETREAT",
    "airspace": "RETREAT", "road": "RETREAT", "presence": "RETREAT", "occupation": "RETREAT",
}
ACCEPT = frozenset({"accept", "meet", "grant", "heed", "satisfy", "fulfil", "fulfill"})
DEMAND_NOUNS = frozenset({"demand", "request", "condition", "call", "appeal"})
# Lodging a protest is official disapproval, not a demonstration.
COMPLAIN = frozenset({"lodge", "file", "voice", "express", "register", "deliver", "issue"})
# Destroying property is coercion; blowing up people is an assault.
DESTROY = frozenset({"blow", "destroy", "demolish", "bulldoze", "sabotage", "torch", "burn"})
PROPERTY = frozenset({
    "line", "pipeline", "bridge", "building", "home", "house", "office", "station",
    "tower", "plant", "railway", "railroad", "road", "property", "shop", "factory",
    "facility", "installation", "dam", "warehouse", "pylon",
})
# Withdrawing these is reducing relations (CAMEO 166), not a military retreat.
INVOLVEMENT = frozenset({
    "peacekeeper", "peacekeeping", "inspector", "monitor", "observer", "worker", "aid",
    "ambassador", "envoy", "diplomat", "mission", "personnel", "staff", "support",
})
# Military hardware: killing with it is fighting (CAMEO 19), not assault (18).
MILITARY = frozenset({
    "tank", "helicopter", "jet", "warplane", "aircraft", "artillery", "gunship", "drone",
    "missile", "rocket", "airstrike", "shell", "mortar", "navy", "warship", "mine",
    "minefield", "landmine", "plane", "howitzer",
})

# Particles that are only particles: "gave in" is yielding, "gave ... in aid" is not.
PARTICLE_ONLY = frozenset({("give", "in")})
# "joint X" is material cooperation (CAMEO 06) unless X is only a statement or meeting.
JOINT_NOT = frozenset({
    "statement", "communique", "declaration", "press", "news", "conference", "session",
    "meeting", "chief", "chiefs", "letter", "appeal",
})
# Sharing these is intelligence cooperation (CAMEO 064).
INFORMATION = frozenset({"information", "intelligence", "data", "evidence", "file", "record"})
SHARE = frozenset({"share", "exchange", "hand", "pass", "turn", "swap"})
# Handing these over is judicial cooperation (CAMEO 063), not a retreat.
SUSPECTS = frozenset({"suspect", "suspected", "fugitive", "hijacker", "criminal", "wanted",
                      "trafficker", "smuggler"})
# Moving or sending these is a force posture (CAMEO 15) unless the purpose says otherwise.
FORCES = frozenset({
    "troop", "soldier", "tank", "warship", "frigate", "launcher", "reinforcement", "armour",
    "armor", "unit", "battalion", "division", "reservist", "policeman", "gunboat", "carrier",
    "destroyer", "paratrooper", "commando",
})
DISPATCH = frozenset({"move", "send", "dispatch", "rush", "order", "station", "deploy", "shift"})
# People who strike with bombs rather than armies.
ATTACKERS = frozenset({"bomber", "gunman", "assailant", "attacker", "militant", "terrorist"})
PROTESTERS = frozenset({
    "protester", "protestor", "demonstrator", "student", "worker", "striker", "activist",
    "farmer", "villager", "resident", "supporter",
})
# Withdrawing or dropping a policy is yielding (CAMEO 08), not a military retreat.
POLICY = frozenset({
    "plan", "proposal", "bill", "decree", "law", "tax", "increase", "reform", "measure",
    "policy", "rule", "order", "charge", "regulation", "requirement", "rise", "hike",
})
DROP = frozenset({"withdraw", "drop", "abandon", "scrap", "cancel", "shelve", "rescind",
                  "revoke", "repeal", "annul", "reverse"})
# Hearing or gathering these is an investigation (CAMEO 09).
EVIDENCE = frozenset({"evidence", "testimony", "witness", "statement"})
# A clause on these nouns names the act: "issued a statement condemning ...".
STATEMENT_NOUNS = frozenset({
    "statement", "declaration", "letter", "communique", "resolution", "report", "message",
    "speech", "note", "motion",
})
# Prepositions of time and cause: their objects are background, not the event.
BACKGROUND_PREPS = frozenset({"after", "following", "despite", "before", "since", "amid",
                              "during", "because", "over", "ahead"})
