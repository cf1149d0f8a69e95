"""Place names in a sentence that the small model misses or mislabels.

"the village of X", "Country's X state", capitalised names after in/near/around (as
candidates the gazetteer must confirm), and never the place where a statement was made
("..., the army said in X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.geo.fold import DIRECTION_WORDS
from eventwire.nlp import lexicon
from eventwire.nlp.analysis import Entity
from eventwire.nlp.text import doc_text

_PLACE_NOUN_OF = re.compile(r"\b(?:villages?|towns?|city|port|districts?|province|region|area|camp|"
                            r"neighbou?rhoods?|suburbs?|county|state|countryside|outskirts|"
                            r"vicinity|(?:north|south)?(?:east|west)|north|south)\s+of\s*$", re.I)


# a capitalised name of one or two words ("Kidal", "Sabon Birni", "al-Bab")
_NAME = r"((?:al-|el-)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
PLACE_OF_NAME = re.compile(
    r"\b(?:(?:village|town|city|port|district|province|region|camp|neighbou?rhood|suburb|township)\s+of\s+"
    r"|the\s+(?:[a-z]+\s+)?(?:capital|city|town|village),?\s+)"  # "the capital Lome", "the port city X"
    + _NAME)

# "in Faskari Local Government Area of Katsina State", "Sabon Birni LGA": the area's name,
# whatever label the model gave the whole phrase (often ORG, for "Government")
AREA_OF_NAME = re.compile(r"\b" + _NAME + r"\s+(?:Local\s+Government\s+Area|local\s+government\s+area|LGA)\b")


_NOT_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "TIME", "CARDINAL", "ORDINAL",
                               "QUANTITY", "MONEY", "PERCENT"})
_CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "christmas", "easter", "ramadan", "eid"})
_POSSESSIVE_REGION = re.compile(
    r"(?:'s|\u2019s)\s+(?:\w+ern\s+)?((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)?)\s+(?:state|province|region|"
    r"district|county|governorate|department|prefecture)\b")


# "on the edge of X", "the outskirts of X": nouns that name part of a place
_PART_NOUNS = frozenset({"edge", "outskirts", "suburbs", "vicinity", "centre", "center", "heart",
                         "entrance", "edges", "countryside", "environs", *DIRECTION_WORDS})


_TOWN_NOUNS = frozenset({"city", "town", "village", "capital", "port", "hub", "stronghold"})


def _part_of(preposition: Token) -> bool:
    return preposition.lower_ == "of" and preposition.head.lower_ in _PART_NOUNS


def _untagged_candidate(token: Token) -> bool:
    if token.pos_ != "PROPN" or token.ent_type_ in _NOT_PLACE_LABELS or token.lower_ in _CALENDAR_WORDS:
        return False
    if token.dep_ == "appos":
        return token.head.lower_ in _TOWN_NOUNS  # "Yemen's third city, Taiz"
    return token.dep_ == "pobj" and (token.head.lower_ in {"in", "near", "around", "outside", "across", "at",
                                                           "between"}
                                     or _part_of(token.head) or _raid_on(token.head)) \
        and token.head.head.lemma_ not in lexicon.REPORTING_VERBS


def _raid_on(preposition: Token) -> bool:
    """"a night raid on X", "an attack on X": the place attacked."""
    return preposition.lower_ == "on" and preposition.head.lemma_.lower() in {
        "raid", "attack", "assault", "strike", "ambush", "offensive", "bombardment", "incursion"}


def untagged_places(sentence: Span) -> list[Entity]:
    """Capitalised names after "in/near/around" or "the edge of", or in apposition to "city",
    that the model left untagged: candidates the gazetteer may confirm (label CAND: used
    only when they resolve)."""
    found = []
    for token in sentence:
        if not _untagged_candidate(token):
            continue
        start = token
        while start.i > sentence.start:
            before = start.nbor(-1)
            if before.pos_ == "PROPN" and before.dep_ == "compound":
                start = before
            elif before.text == "-" and not before.whitespace_ and start.i - 2 >= sentence.start \
                    and not start.nbor(-2).whitespace_ and start.nbor(-2).is_alpha:
                start = start.nbor(-2)  # "Croix-des-Bouquets": one name across its hyphens
            else:
                break
        found.append(Entity(start.idx, token.idx + len(token.text), doc_text(token.doc)[start.idx:token.idx + len(token.text)],
                            "CAND", sentence_index(sentence)))
    for m in _POSSESSIVE_REGION.finditer(sentence.text):  # "Mexico's Guerrero state"
        begin = sentence.start_char + m.start(1)
        found.append(Entity(begin, begin + len(m.group(1)), m.group(1), "GPE", sentence_index(sentence)))
    return found


def sentence_index(sentence: Span) -> int:
    return sentence.doc.user_data.get("ew_sentence_of", {}).get(sentence.start, 0)


_WENT_TO = re.compile(
    r"(?:\b(?:fled|flee|fleeing|escaped|took refuge|sought refuge|sheltering|were displaced)\b"
    r"[^.;,]{0,25}?\b(?:to|toward|towards|into|in)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    # "two others, who were taken to hospital in X", "to hospitals in X and the regional capital Y"
    r"|\b(?:(?:hospital|clinic|morgue|mortuary)s?\s+(?:in|at)|(?:taken|rushed|evacuated|airlifted|flown)"
    r"\s+to)\s+[^.;,]{0,40})$", re.I)


def where_people_went(ent: Span) -> bool:
    """"hundreds of families fled on foot toward X", "took refuge in X", "the wounded were
    taken to hospital in X": where people went to be safe or treated, not where the event was."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 60):ent.start_char]
    return bool(_WENT_TO.search(before))


def where_said(ent: Span) -> bool:
    """"..., the army said in Niamey", "security sources in X said": where a statement was
    made or its sources sit, not where the event was."""
    head = ent.root.head
    if ent.root.dep_ != "pobj" or head.dep_ != "prep":
        return False
    said = head.head
    if head.lower_ == "for" and said.lemma_.lower() in _TITLES:
        return True  # "the army's media coordinator for the North-West": the speaker's area
    if said.lemma_.lower() in _REMOTE_SOURCES and said.dep_ in {"nsubj", "nsubjpass"}:
        said = said.head  # the sources' town, when they are the ones who say it
    return said.lemma_ in lexicon.REPORTING_VERBS


# Titles whose holder speaks for an area ("spokesman for X", "envoy for X")
_TITLES = frozenset({"coordinator", "spokesman", "spokeswoman", "spokesperson", "commander", "envoy",
                     "representative", "commissioner", "director", "minister",
                     "rapporteur", "correspondent"})


# Sources that speak from elsewhere: "diplomatic sources in X", "analysts in X" (officials,
# residents and witnesses in a town are usually where the event was, and keep their place).
_REMOTE_SOURCES = frozenset({"source", "sources", "diplomat", "diplomats", "analyst", "analysts"})


# Nouns after a name that say it is a place ("Aleppo city", "X eastern countryside", "X
# airbase"), and the kinds of base told in two words ("X air base", "X military base").
_PLACE_NOUN_AFTER = frozenset({"city", "town", "village", "countryside", "outskirts", "suburbs",
                               "governorate", "province", "district", "neighbourhood",
                               "neighborhood", "airbase", "airport", "airfield", "barracks",
                               "garrison"})
_BASE_KINDS = frozenset({"air", "military", "naval", "army"})


def described_place(ent: Span) -> Span | None:
    """"X city", "X eastern countryside", "X air base": a proper name the small model labelled ORG,
    PERSON or NORP, followed by words that say it is a place; the span with those words,
    labelled GPE.

    Not "the Syrian city of X" (an adjective, and the place is the one after "of").
    """
    if ent.label_ not in {"ORG", "PERSON", "NORP"} or not all(
            t.pos_ == "PROPN" or t.lower_ in DIRECTION_WORDS for t in ent):
        return None
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].lower_ in DIRECTION_WORDS:
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ in _BASE_KINDS and doc[end + 1].lower_ == "base":
        end += 1  # "X air base" (not "X base" alone: "its support base")
    elif end >= len(doc) or doc[end].lower_ not in _PLACE_NOUN_AFTER or (
            end + 1 < len(doc) and doc[end + 1].lower_ == "of"):
        return None
    return Span(doc, ent.start, end + 1, label="GPE")


def named_as_place(ent: Span) -> bool:
    """"the village of X": X is a place whatever label the model gave it."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 30):ent.start_char]
    return ent.label_ in {"ORG", "PERSON", "NORP"} and bool(_PLACE_NOUN_OF.search(before))


# Families whose direct object may be the place struck or taken ("RSF fighters attacked X").
_PLACE_OBJECT_FAMILIES = frozenset({"attack", "shell", "airstrike", "capture", "regain", "raid",
                                    "explosive"})


def struck_place(trigger: Token, patient: Token | None, family: str, index: int) -> Entity | None:
    """The object of "attacked X", "shelled X", "captured X" when the small model tagged the name
    ORG, PERSON or NORP: a candidate the gazetteer must confirm strictly (label OBJ)."""
    if patient is None or family not in _PLACE_OBJECT_FAMILIES or patient.head != trigger \
            or patient.dep_ not in {"dobj", "obj"} or patient.pos_ != "PROPN":
        return None
    ent = next((e for e in patient.doc.ents if e.start <= patient.i < e.end), None)
    if ent is None or ent.label_ not in {"ORG", "PERSON", "NORP"}:
        return None
    return Entity(ent.start_char, ent.end_char, ent.text, "OBJ", index)


def demonym_countries() -> dict[str, str]:
    """Lower-case nationality word -> ISO alpha-2 code ("israeli" -> "IL")."""
    from eventwire.geo.countries import demonym_iso2

    return demonym_iso2()


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Lower-case nationality words ("canadian", "ukrainian"); not "u.s.", which also names
    the country ("in the U.S.")."""
    return frozenset(w for w in demonym_countries() if "." not in w)


_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z]{2,6})\)")


def inside_acronymed_name(ent: Span) -> bool:
    """"the Volunteers for the Defence of the Homeland (VDP)": a name inside an organisation's
    name, whose acronym follows; not "Democratic Republic of Congo (DRC)", the place itself."""
    found = _ACRONYM_AFTER.match(doc_text(ent.doc)[ent.end_char:ent.end_char + 12])
    if found is None:
        return False
    initials = "".join(w[0] for w in ent.text.split() if w[0].isupper())
    return not found.group(1).startswith(initials[:2]) and not initials.startswith(found.group(1))


def not_a_place_name(ent: Span, ents: Sequence[Span] | None = None) -> bool:
    """A nationality word ("Ukrainian"), or a person's surname told again after the full
    name ("Bruce Ivins ... Ivins said"): never a toponym, whatever the model's label.

    ``ents`` are the document's entities (default ``ent.doc.ents``)."""
    text = ent.text
    if text.lower() in demonyms():
        return True
    if " " in text.strip():
        return False
    others = ent.doc.ents if ents is None else ents
    return any(e.label_ == "PERSON" and e.start_char != ent.start_char and len(e.text.split()) > 1
               and e.text.split()[-1] == text for e in others)
