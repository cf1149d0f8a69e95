"""spaCy components. They annotate the Doc and nothing else: no records, no I/O.

- ``eventwire_orgs`` repairs multi-word organisations the small model splits
  (an adjective or NORP followed by an organisational head noun, "X (ABBR)" acronyms).
- ``eventwire_triggers`` marks words that suggest an event in ``doc.spans["ew_triggers"]``,
  each span labelled with its family from ``eventwire.nlp.lexicon``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventwire.nlp import lexicon

TRIGGERS_KEY = "ew_triggers"

ORG_HEADS = frozenset({
    "state", "army", "front", "forces", "force", "movement", "party", "brigade", "brigades",
    "council", "police", "militia", "militias", "group", "service", "guard", "guards",
    "command", "coalition", "union", "organization", "organisation", "committee",
    "alliance", "corps", "battalion", "division", "ministry", "government", "authority",
    "agency", "network", "jihad", "congress", "league", "mission", "unit", "units",
    "regiment", "mobilization", "mobilisation", "caliphate", "emirate", "taliban",
})
_CONNECTORS = frozenset({"of", "for", "and", "the", "al", "-"})


_LASTING_BASES = lexicon.BASE_WORDS - {"checkpoint", "position"}


def _is_name_token(token) -> bool:
    text = token.text
    return (text[:1].isupper() and token.pos_ in {"PROPN", "ADJ", "NOUN", "VERB"}) or (
        token.ent_type_ in {"NORP", "ORG"} and text[:1].isupper()
    )


def _org_runs(doc: Doc) -> list[Span]:
    """Runs of capitalised words ending in an organisational head noun."""
    runs: list[Span] = []
    i = 0
    while i < len(doc):
        if not _is_name_token(doc[i]) or doc[i].is_sent_start and doc[i].pos_ != "PROPN":
            i += 1
            continue
        j = i
        last_head = -1
        while j < len(doc) and (
            _is_name_token(doc[j])
            or (doc[j].lower_ in _CONNECTORS and j + 1 < len(doc) and _is_name_token(doc[j + 1]))
        ):
            if doc[j].lower_ in ORG_HEADS and doc[j].text[:1].isupper():
                last_head = j
            j += 1
        if last_head > i or (last_head == i and doc[i].ent_type_ == "ORG"):
            runs.append(Span(doc, i, last_head + 1, label="ORG"))
        i = max(j, i + 1)
    return runs


COMBATANT_PLURALS = frozenset({
    "fighters", "militants", "insurgents", "rebels", "gunmen", "militiamen", "jihadists",
    "loyalists", "members", "commanders", "operatives", "troops", "guerrillas", "forces",
})


_NOT_NAME_START = frozenset({"suspected", "alleged", "armed", "unidentified", "unknown", "local",
                             "rival", "the", "hundreds", "dozens", "several", "some"})


_GENERIC_MODIFIERS = frozenset({
    "security", "government", "state", "federal", "national", "special", "police", "army",
    "rebel", "opposition", "border", "armed", "coalition", "allied", "foreign", "regime",
    "pro-government", "paramilitary", "military", "junta", "navy", "air"})


def _named_fighter_runs(doc: Doc) -> list[Span]:
    """"Boko Haram fighters": the capitalised words before a fighters-noun name a group."""
    runs: list[Span] = []
    for token in doc:
        if token.lower_ not in COMBATANT_PLURALS or token.i == 0:
            continue
        end = token.i
        start = end
        while start - 1 >= 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].ent_type_ not in {"GPE", "NORP", "DATE"}:
            start -= 1
        if start < end and start > 0 and doc[start - 1].lower_ in {"al", "el", "ad", "ash", "as", "an"}:
            start -= 1  # "al Shabaab": the article belongs to the name
        while start < end and doc[start].lower_ in _NOT_NAME_START:
            start += 1
        if start < end and " ".join(t.lower_ for t in doc[start:end]) in _GENERIC_MODIFIERS:
            continue  # "Security forces", "Government troops": no name
        if start < end:
            runs.append(Span(doc, start, end, label="ORG"))
    return runs


@Language.component("eventwire_orgs", requires=["doc.ents"], assigns=["doc.ents"])
def eventwire_orgs(doc: Doc) -> Doc:
    """Join split organisation names into one ORG entity; keep other entities."""
    new = filter_spans(_org_runs(doc) + _named_fighter_runs(doc))
    if not new:
        return doc
    kept = [e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in new)]
    doc.ents = filter_spans(kept + new)
    return doc


# verb + word that together name an act ("set fire", "opened fire")
PHRASAL_CUES = {("set", "fire"): "loot", ("set", "ablaze"): "loot", ("open", "fire"): "attack",
                ("round", "up"): "abduct",  # "gunmen rounded up the fishermen"
                ("shoot", "down"): "defuse", ("exchange", "fire"): "clash",
                ("exchanged", "fire"): "clash", ("trade", "fire"): "clash"}


def _object_lemmas(token) -> set[str]:
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    preps = [c for c in token.children if c.dep_ in {"prep", "prt"}]
    preps += [g for c in preps for g in c.children if g.dep_ == "prep"]  # "pulled out of"
    objects += [g for c in preps for g in c.children if g.dep_ == "pobj"]
    return {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}


_PROTEST_PURPOSES = frozenset({"demand", "protest", "denounce", "condemn", "call", "oppose",
                               "press", "reject", "demonstrate", "decry"})


_SETTLEMENTS = frozenset({"town", "city", "village", "capital", "base", "camp", "garrison"})
_UNOPPOSED = re.compile(r"\bwithout (?:firing a (?:single )?shot|a (?:single )?shot (?:being )?fired|a fight|"
                        r"(?:any )?resistance|a battle)|\bunopposed\b", re.I)


def fell_in_battle(verb) -> bool:
    """"four soldiers fell on the field of honour": the military communique's word for died."""
    after = verb.doc.text[verb.idx:verb.idx + 60].lower()
    return bool(re.match(r"fell\s+(?:on|in)\s+the\s+field\s+of\s+hono(?:u)?r\b|fell\s+in\s+(?:battle|combat|action)\b", after))


# where people are taken from when they are kidnapped
_TAKEN_FROM = frozenset({"home", "house", "bed", "car", "vehicle", "farm", "school", "dormitory", "hostel",
                         "church", "mosque"})


# whom mourners bury
_BURIED = frozenset({"people", "person", "body", "bodies", "victim", "civilian", "villager", "man", "men",
                     "woman", "women", "child", "children", "soldier", "resident"})


# what is dropped from the air ("dropped charges" alone is a prosecutor's: not these)
_DROPPED_ARMS = frozenset({"bomb", "bombs", "explosive", "explosives", "grenade", "grenades",
                           "munition", "munitions", "shell", "shells", "mortar", "mortars"})


def _strategic_family(token) -> str | None:
    """Acts whose meaning is in their object: bases set up or handed over, groups formed,
    dissolved or deployed."""
    lemma = token.lemma_.lower()
    objects = _object_lemmas(token)
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    if lemma in {"take", "seize", "capture", "occupy", "gain", "assume"} and (
            "control" in objects or objects & _SETTLEMENTS) and _UNOPPOSED.search(token.sent.text):
        return "withdraw_territory"  # "took control of the town without a fight": handed over
    if lemma in {"take", "seize", "gain", "assume", "wrest", "regain"} and "control" in objects:
        return "regain" if lemma == "regain" else "capture"  # "took full control of the town"
    if lemma in {"gather", "assemble", "converge", "march", "block", "rally"} and any(
            c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in _PROTEST_PURPOSES for c in token.children):
        # "supporters gathered outside the headquarters to demand his release", "farmers
        # blocked railway tracks to demand ..."
        return "protest"
    if lemma in {"take", "snatch", "drag"} and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _TAKEN_FROM and any(
                    p.dep_ == "poss" for p in g.children) for g in c.children)
            for c in token.children):
        # "he had been taken from his home by men ...": a kidnapping ("the men were taken
        # from a house where they met", after their arrest, is the arrest)
        return "abduct"
    if lemma == "drop" and not particles and (objects & _DROPPED_ARMS or any(
            c.dep_ == "dobj" and c.lemma_.lower() == "charge"
            and any(g.lower_ == "explosive" for g in c.children) for c in token.children)):
        return "airstrike"  # "a drone dropped two explosive charges on the police station"
    if token.dep_ == "amod":
        objects = objects | {token.head.lemma_.lower()}  # "..., hurled stones at police" read as an adjective
    if lemma in {"hurl", "throw", "pelt"} and objects & {"stone", "stones", "rock", "rocks", "bomb",
                                                         "bombs", "bottle", "bottles", "brick", "bricks",
                                                         "police", "officer", "officers"}:
        return "riot"
    if lemma == "set" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.lower_ == "fire" for g in c.children) for c in token.children):
        return "loot"  # "set the building on fire"
    if lemma in {"establish", "set", "build", "open", "erect"} and objects & _LASTING_BASES \
            and (lemma != "set" or "up" in particles):
        return "base"  # (a checkpoint set up after an attack is a security measure, no base)
    if lemma in {"hand", "cede", "transfer", "surrender", "vacate", "withdraw", "pull", "leave"} \
            and (objects & lexicon.BASE_WORDS or objects & {"town", "city", "territory", "control",
                                                            "area", "region", "country"}):
        return "withdraw_territory"
    if lemma in {"enter", "move", "roll", "walk"} and objects & _SETTLEMENTS \
            and _UNOPPOSED.search(token.sent.text):
        return "withdraw_territory"  # "entered the town without firing a shot": handed over
    if lemma in {"neutralise", "neutralize"} and objects & lexicon.WEAPON_WORDS:
        return "defuse"  # "neutralised a bomb"; "neutralised 12 terrorists" kills them
    # ("The two men were buried on Saturday": the dead just told, on the day of their burial)
    if lemma == "bury" and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _BURIED
                               and any(g.dep_ == "nummod" for g in c.children)
                               and not any(g.dep_ in {"det", "poss"} and g.lower_ in {"the", "these", "those",
                                                                                     "their", "his", "her"}
                                           for g in c.children) for c in token.children) \
            and not any(c.lower_ == "alive" for c in token.children):
        return "kill"  # "We have buried twenty-two people": the dead of the event told
    if lemma in {"fall", "fell"} and fell_in_battle(token):
        return "kill"  # "four soldiers fell on the field of honour"
    if lemma in {"claim", "lose", "cost"} and objects & {"life", "lives"}:
        return "kill"  # "claiming the lives of 14 people", "12 people lost their lives"
    if lemma == "lose" and objects & {"soldier", "soldiers", "men", "troops", "officers", "fighters"}:
        return "kill"  # "losing three soldiers": the force's own dead
    # "the banned Communist Party", "a newly formed militia": a description, not the act;
    # "police formed a special task group", "1,500 police officers were deployed around the
    # stadium": an inquiry and routine policing, no change to an armed group
    if lemma in {"dissolve", "disband", "ban", "form", "launch", "merge", "split", "deploy"} \
            and token.dep_ != "amod" and "task" not in _object_modifiers(token) \
            and objects & (lexicon.FORMATION_WORDS | (_DEPLOYED if lemma == "deploy" else set())):
        return "change_group"
    return None


_DEPLOYED = frozenset({"troop", "troops", "soldier", "soldiers"})


def _object_modifiers(token) -> set[str]:
    return {g.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "nsubjpass"}
            for g in c.children if g.dep_ in {"compound", "amod"}}


def _bodies_found(token) -> bool:
    """"recovered the bodies of four militants", "11 bodies were found": a count of the dead
    (a toll of the event told with it, see ``mention_rules.bodies_count``)."""
    if token.lower_ != "bodies":
        return False
    verb = token.head if token.dep_ in {"dobj", "nsubjpass", "nsubj"} else None
    if verb is None or verb.lemma_.lower() not in lexicon.BODY_FINDING_VERBS:
        return False
    # "riots broke out a day after the bodies of ... were found": what led to the news
    return not any(c.dep_ == "mark" and c.lower_ in {"after", "since", "following"} for c in verb.children)


_KIT = frozenset({"rifle", "weapon", "gun", "boat", "craft", "helicopter", "dog", "submarine"})
_RIOT_KIT = frozenset({"police", "policemen", "officers", "gear", "squad", "squads", "unit", "units",
                       "control", "shield", "shields", "troops", "forces", "-"})


def _into_the_air(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.dep_ == "pobj" and g.lower_ == "air" for g in c.children) for c in verb.children)


def _trigger_spans(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    lower = [t.lower_ for t in doc]
    i = 0
    while i < len(doc):
        token = doc[i]
        matched = False
        for width in (3, 2):  # multi-word noun cues first ("suicide car bomb")
            if i + width <= len(doc):
                phrase = " ".join(lower[i:i + width]).replace(" - ", "-")
                phrase = phrase[:-1] if phrase.endswith("s") and phrase[:-1] in lexicon.NOUN_CUES else phrase
                if phrase in lexicon.NOUN_CUES:
                    spans.append(Span(doc, i, i + width, label=lexicon.NOUN_CUES[phrase]))
                    i += width
                    matched = True
                    break
        if matched:
            continue
        lemma = token.lemma_.lower()
        if i + 1 < len(doc) and (lemma, lower[i + 1]) in PHRASAL_CUES:
            spans.append(Span(doc, i, i + 2, label=PHRASAL_CUES[(lemma, lower[i + 1])]))
            i += 2
            continue
        if token.pos_ in {"VERB", "AUX"} or token.tag_ in {"VBN", "VBD", "VBG"}:
            family = _strategic_family(token) or lexicon.VERB_CUES.get(lemma) or \
                lexicon.VERB_FORMS.get(token.lower_)
            if lemma == "march" and any(c.dep_ == "dobj" for c in token.children):
                family = None  # "marched the detainees away at gunpoint": no demonstration
            if lemma in {"shoot", "fire"} and _into_the_air(token):
                family = None  # "shot sporadically into the air": warning shots hit no one
            if family:
                spans.append(Span(doc, i, i + 1, label=family))
        elif token.pos_ in {"NOUN", "PROPN"}:
            family = lexicon.NOUN_CUES.get(lemma) or lexicon.NOUN_CUES.get(token.lower_) or (
                "kill" if _bodies_found(token) else None)
            if family is None and token.tag_ == "NNPS":
                # a capitalised plural the model took for a name, unlemmatised ("Rockets
                # struck ..." after a dateline)
                family = lexicon.NOUN_CUES.get(token.lower_[:-1])
            if lemma == "shell" and (i > 0 and lower[i - 1] in {"gas", "egg", "sea"} or i + 1 < len(doc)
                                     and lower[i + 1] in {"casing", "casings", "company", "companies"}):
                family = None  # "tear gas shells", "shell casings"
            if lemma in {"assault", "attack"} and i + 1 < len(doc) and doc[i + 1].lemma_.lower() in _KIT:
                family = None  # "fired assault rifles", "attack helicopters": arms, not an attack
            if lemma == "riot" and (i + 1 < len(doc) and lower[i + 1] in _RIOT_KIT or i > 0 and lower[i - 1] == "anti"):
                family = None  # "riot police", "anti-riot units": the force, not a riot
            if family:
                spans.append(Span(doc, i, i + 1, label=family))
        i += 1
    return spans


@Language.component("eventwire_triggers", requires=["token.lemma", "token.pos"])
def eventwire_triggers(doc: Doc) -> Doc:
    """Mark event trigger words in ``doc.spans["ew_triggers"]``, labelled by family."""
    doc.spans[TRIGGERS_KEY] = _trigger_spans(doc)
    return doc
