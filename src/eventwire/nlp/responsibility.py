"""Who a report holds responsible for an event: the accused ("blaming X", "accused X of"),
the claimant ("X claimed responsibility"), and the group the attackers belonged to ("the
gunmen were members of X"). Read once per article; the actor step uses them for events
whose doer the sentence does not name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import Participant
from eventwire.nlp.factuality import is_negated, is_past
from eventwire.nlp.participants import read_participant


# what a claimant claims: "claimed responsibility for", "claimed the attack"
CLAIMED = frozenset({"responsibility", "attack", "bombing", "killing", "blast", "strike", "ambush",
                     "abduction", "kidnapping", "assassination", "raid"})


def blamed(doc: Doc, sent_index: dict[int, int]) -> list[tuple[int, Participant]]:
    """Who a source holds responsible: "blaming X", "blamed X for", "accused X of"."""
    found = []
    for token in doc:
        if token.lemma_.lower() == "claim" and token.pos_ in {"VERB", "AUX"} and is_past(token) \
                and not is_negated(token):
            # "Al Shabaab claimed responsibility for the blast": the claimant did it
            what = next((c for c in token.children if c.dep_ == "dobj"), None)
            who = next((c for c in token.children if c.dep_ == "nsubj"), None) or _shared_subject(token)
            if what is None and who is None:
                # "The attack was claimed on Sunday by X"
                what = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
                who = next((g for c in token.children if c.dep_ == "agent"
                            for g in c.children if g.dep_ == "pobj"), None)
            who = _initials_naming(who, untagged=True) if who is not None else None
            if what is not None and who is not None and who.pos_ in {"PROPN", "NOUN"} and (
                    what.lemma_.lower() in CLAIMED or what.lemma_.lower() in lexicon.NOUN_CUES):
                participant = read_participant(who, doc)
                if participant is not None:
                    found.append((sent_index[token.i], participant))
            continue
        if (member := _members_of(token)) is not None:
            # "the assailants belonged to X", "the gunmen were members of X": who they were
            participant = read_participant(member, doc)
            if participant is not None and participant.entity is not None \
                    and participant.entity.label == "ORG":
                found.append((sent_index[token.i], participant))
            continue
        if token.lemma_.lower() not in {"blame", "accuse"} or token.pos_ not in {"VERB", "AUX"}:
            continue
        target = next((c for c in token.children if c.dep_ == "dobj"), None) or _phrase_after(token)
        participant = read_participant(target, doc)
        if participant is not None:
            found.append((sent_index[token.i], participant))
    return found


def _phrase_after(verb: Token) -> Token | None:
    """"blamed the jihadist group Boko Haram, whose ...", parsed with the name as the subject of
    the clause after it: the last word of the noun phrase right after the verb."""
    last = None
    for token in verb.doc[verb.i + 1:verb.i + 8]:
        if token.pos_ not in {"DET", "ADJ", "PROPN", "NOUN"}:
            break
        last = token
    return last if last is not None and last.pos_ in {"PROPN", "NOUN"} else None


def _shared_subject(verb: Token) -> Token | None:
    """"The Group for the Support of Islam and Muslims (JNIM), affiliated to al-Qaeda, claimed
    the attack", parsed as a verb joined to another: the subject of the verb it is joined to."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return next((c for c in head.children if c.dep_ == "nsubj"), None) if head.i != verb.i else None


# the doers of an attack, as a later sentence names them
_DOERS = frozenset({"assailant", "attacker", "gunman", "gunmen", "raider", "fighter", "militant",
                    "insurgent", "kidnapper", "bomber", "perpetrator"})


def _members_of(token: Token) -> Token | None:
    """The group in "the attackers belonged to X" or "the gunmen were members of X"."""
    lemma = token.lemma_.lower()
    if lemma not in {"belong", "be"} or token.pos_ not in {"VERB", "AUX"} or is_negated(token):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None and token.dep_ in {"xcomp", "acl"} and token.head.lemma_.lower() in {
            "believe", "think", "suspect", "say", "report"}:
        # "the attackers, believed to belong to X": the one believed
        subject = token.head.head if token.head.dep_ == "acl" else next(
            (c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lemma_.lower() not in _DOERS or not any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in subject.children):
        return None
    if lemma == "belong":
        holder = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    else:
        attr = next((c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() in {
            "member", "fighter", "militant"}), None)
        holder = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"),
                      None) if attr is not None else None
    group = next((c for c in holder.children if c.dep_ == "pobj"), None) if holder is not None else None
    return _initials_naming(group) if group is not None else None


def group_described(doer: Token) -> Token | None:
    """"men they identified as members of X", "gunmen believed to be fighters of X": the
    group the unnamed doers are said to belong to (a capitalised name)."""
    if doer.lemma_.lower() not in _DOERS | {"man", "men"}:
        return None
    source = next((c for c in doer.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    group = _group_name(next((g for g in source.children if g.dep_ == "pobj"), None)) if source else None
    if group is not None and group.ent_type_ not in {"GPE", "LOC", "FAC", "NORP"}:
        return _initials_naming(group)  # "gunmen from the X gang coalition"
    for t in doer.subtree:
        if t.lemma_.lower() in {"member", "fighter", "militant"} and t.i > doer.i:
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            group = _group_name(next((g for g in of.children if g.dep_ == "pobj"), None)) if of else None
            if group is not None:
                return _initials_naming(group)
    return None


def _group_name(group: Token | None) -> Token | None:
    """The name in "the 3R rebel group", "the X gang coalition": the phrase's own head when
    it is a name, else the last name word before the group word."""
    if group is None or group.ent_type_ == "ORG" or group.pos_ == "PROPN" or group.text[:1].isupper():
        return group
    return next((x for x in reversed(list(group.subtree)) if x.i < group.i and (
        x.ent_type_ == "ORG" or x.pos_ == "PROPN" or x.is_upper and len(x) > 1)), None)


def _initials_naming(group: Token, *, untagged: bool = False) -> Token:
    """"the ... Group for the Support of Islam and Muslims (JNIM)": the initials name it whole
    (``untagged``: also initials the model did not tag as an organisation)."""
    kinds = {"ORG", ""} if untagged else {"ORG"}
    for t in group.doc[group.i + 1:group.sent.end]:
        if t.text in {",", ".", ";"}:
            break
        if t.is_upper and len(t) > 1 and t.ent_type_ in kinds and t.nbor(-1).text == "(":
            return t
    return group
