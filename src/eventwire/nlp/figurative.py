"""Violent words used for something else: sport, box office, contracts, suicides, road accidents.

General news is full of them ("the Colts beat the Jaguars", "hit a low of 32 million
viewers", "captured the imagination", "signed a three-year contract", "hanged himself",
"a hit and run"), and a system fed a broad news stream must not code them as events.
Each rule is generic vocabulary, not a list of items from any evaluation set.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.nlp import lexicon

# Words that only sport reporting uses; two in a report (or one score such as "20-17")
# make its fights, hits, strikes, interceptions and rallies figurative.
SPORT_WORDS = frozenset({
    "touchdown", "touchdowns", "quarterback", "homer", "homers", "inning", "innings", "wicket",
    "wickets", "goalkeeper", "striker", "midfielder", "playoff", "playoffs", "knockout", "referee",
    "halftime", "rebounds", "trifecta", "hat-trick", "outfielder", "pitcher", "linebacker",
    "receiver", "turnover", "turnovers", "nba", "nfl", "nhl", "mlb", "fifa", "uefa", "ko",
    "semifinal", "semifinals", "quarterfinal", "quarterfinals", "heavyweight", "welterweight",
    "footballer", "batsman", "bowler", "scored", "fumble", "yards", "putt", "slam",
})
# Words sport reporting uses often, but not only: they count when several come together.
SPORT_HINTS = frozenset({"coach", "league", "season", "fans", "championship", "tournament",
                         "stadium", "points", "game", "games", "ball", "pass", "passes", "quarter",
                         "victory", "win", "defeat", "team", "teams", "player", "players", "round"})
_SCORE = re.compile(r"(?<![\d/.-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d/.-])")
# Families a sport report uses figuratively (a killing is never a figure of speech here).
_SPORTING_FAMILIES = frozenset({"attack", "clash", "shell", "airstrike", "capture", "regain",
                                "arrest", "defuse", "protest", "raid", "explosive"})
# Verbs of the "kill" family that sport reports use for winning and scoring ("beat", "hit").
_SPORTING_VERBS = frozenset({"beat", "hit", "shoot", "strike", "wound", "injure"})
# "captured the imagination", "hit a record low", "struck a chord": objects no one fights over.
_FIGURATIVE_OBJECTS = frozenset({
    "imagination", "attention", "heart", "hearts", "chord", "note", "record", "low", "high",
    "mark", "milestone", "title", "crown", "lead", "award", "prize", "medal", "gold", "jackpot",
    "nerve", "balance", "pose", "bargain", "spotlight", "headline", "headlines",
    "shelves", "screens", "theaters", "theatres", "stride", "snag",
    "viewer", "viewers", "audience", "audiences", "vote", "votes", "seat", "seats", "stake",
})
# What makes "signed" an agreement between parties, not a contract or a bill.
_PACT_WORDS = frozenset({"agreement", "accord", "ceasefire", "truce", "treaty", "pact", "memorandum",
                         "declaration", "roadmap", "protocol", "armistice", "peace"})
_CAMPAIGN = frozenset({"campaign", "election", "electoral", "re-election", "reelection"})
_RECORDS = frozenset({"document", "documents", "evidence", "record", "records", "file", "files",
                      "data", "email", "emails", "tape", "tapes", "ballot", "ballots"})
_RECORDING = frozenset({"video", "camera", "tape", "film", "footage", "cctv", "cellphone", "phone"})
_CYBER = frozenset({"malware", "hackers", "hacker", "browser", "software", "cyber", "cyberattack",
                    "vulnerability", "ransomware", "phishing"})
_ATTACKERS = frozenset({"bomber", "attacker", "gunman", "bomb", "explosive", "suicide", "blow",
                        "detonate", "assailant"})
_HIT_AND_RUN = re.compile(r"\bhit[- ]and[- ]run\b", re.I)
_ROAD = re.compile(r"\bhit[- ]and[- ]run\b|\b(?:hit|struck|run over|killed) by an? "
                   r"(?:[\w-]+ ){0,3}(?:car|truck|lorry|bus|vehicle|van|suv|motorcycle|train|"
                   r"motorist|driver)\b", re.I)


def sporting_report(doc: Doc) -> bool:
    """Two sport-only words; one and two sport hints; or a score and some sport vocabulary."""
    words = [t.lower_ for t in doc]
    strong = sum(w in SPORT_WORDS for w in words)
    weak = len({w for w in words if w in SPORT_HINTS})
    score = bool(_SCORE.search(doc.text))
    return strong >= 2 or strong >= 1 and weak >= 2 or score and (strong >= 1 or weak >= 2)


# What a side "kills" on the pitch: the other side, a kick, a chance
_PITCH_OBJECTS = frozenset({"penalty", "kick", "free-kick", "shot", "pass", "ball", "chance", "rival",
                            "opponent", "side", "team", "defence", "defense", "game", "match"})


def _scoring(token: Token) -> bool:
    """A verb of killing in a sport report used for winning or scoring: a score in its
    sentence, or an object that is a team or a kick."""
    if _SCORE.search(token.sent.text):
        return True
    return any(c.dep_ in {"dobj", "obj"} and (c.lemma_.lower() in _PITCH_OBJECTS or c.ent_type_ == "ORG")
               for c in token.children)


def _campaign_rally(token: Token) -> bool:
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _CAMPAIGN for c in token.children)


def figurative_use(token: Token, family: str) -> bool:
    """Whether a trigger word is used for something other than a conflict event."""
    doc = token.doc
    if "ew_sport" not in doc.user_data:
        doc.user_data["ew_sport"] = sporting_report(doc)
    if doc.user_data["ew_sport"] and (family in _SPORTING_FAMILIES or family == "kill" and token.lemma_.lower()
                                      in _SPORTING_VERBS):
        return True
    if doc.user_data["ew_sport"] and family == "kill" and _scoring(token):
        return True  # "massacred their rivals 4-0", "executed a penalty"
    objects = {c.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "obj", "attr", "advmod",
                                                                       "npadvmod"}}
    objects |= {g.lemma_.lower() for c in token.children if c.dep_ == "dobj"
                for g in c.children if g.dep_ in {"amod", "compound"}}
    if objects & _FIGURATIVE_OBJECTS:
        return True
    if family == "protest" and token.lemma_.lower() == "rally" and (_campaign_rally(token) or any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
            and any(_campaign_rally(t) for t in doc[:token.i] if t.lemma_.lower() == "rally")):
        return True  # "a campaign rally", "election rallies" (and "the rally" after one): not a protest
    if family == "clash" and token.lemma_.lower() == "fight" and token.tag_ == "VBN" and token.dep_ in {"acl", "advcl"} \
            and any(c.lower_ == "over" for c in token.children):
        return True  # "a city fought over by two cartels": contested, no fighting told
    if family == "loot" and objects & _RECORDS:
        return True  # "destroyed documents": evidence, not property
    if family in {"capture", "regain"} and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in _RECORDING for g in c.children)
            for c in token.children):
        return True  # "the death was captured on video"
    if family == "kill" and token.lower_ == "hung":
        return True  # executions are "hanged"; "hung" is a picture, a jury or a team hanging on
    if family in {"attack", "raid", "capture"} and {t.lower_ for t in token.sent} & _CYBER:
        return True  # "attacks have only targeted the browser": computers, not people
    if family == "arrest" and token.lemma_.lower() == "catch" and (
            objects & {"fire", "cold", "glimpse", "sight", "breath", "eye", "attention", "pass", "ball"}
            or any(c.dep_ == "prep" and any(g.lower_ in {"crossfire", "cross-fire"} for g in c.children)
                   for c in token.children)  # "civilians caught in the crossfire"
            or any(c.dep_ == "prt" for c in token.children)
            or any(c.dep_ in {"dobj", "obj"} and c.lower_ in lexicon.REFLEXIVE for c in token.children)):
        return True  # "caught fire", "caught up with", "caught herself"
    if family == "agreement" and token.lemma_.lower() == "sign":
        sentence = {t.lemma_.lower() for t in token.sent}
        return not sentence & _PACT_WORDS  # "signed a three-year contract", "signed the bill"
    sentence_lemmas = {t.lemma_.lower() for t in token.sent}
    if family == "kill" and any(c.dep_ in {"dobj", "obj"} and c.lower_ in lexicon.REFLEXIVE
                                and not any(g.dep_ == "conj" for g in c.children) for c in token.children) \
            and not sentence_lemmas & _ATTACKERS:
        return True  # "hanged himself": a suicide, not an attack
    road = _ROAD.search(token.sent.text) or _HIT_AND_RUN.search(doc.text) and token.lemma_.lower() in {
        "hit", "strike", "kill"}
    return bool(road) and family in {"attack", "kill"} and not sentence_lemmas & lexicon.WEAPON_WORDS
