"""The one place that reads spaCy: an annotated Doc in, an ArticleAnalysis out.

It decides which trigger words describe something that happened (not a plan, a
hypothetical, a negation or a habit), who took part, and who says so. Its helpers each
answer one question: ``factuality`` (did it happen?), ``participants`` (who took part),
``mention_rules`` (what a mention really is, or that it is none), ``attribution`` (who
says so), ``place_mentions`` and ``aliases``. Typing, places, dates and merging happen
later, on plain records.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import lexicon
from eventwire.nlp.aliases import article_aliases
from eventwire.nlp.analysis import (
    ArticleAnalysis,
    Entity,
    EventMention,
    Participant,
    TextSpan,
)
from eventwire.nlp.attribution import find_sources
from eventwire.nlp.clauses import ACCIDENT_RETOLD_SENTENCES, clauses, lone_death, merge_in_clause
from eventwire.nlp.components import TRIGGERS_KEY, fell_in_battle
from eventwire.nlp.dateline import dateline_prefix, find_dateline
from eventwire.nlp.factuality import (
    headline_verbs,
    is_factual,
    is_headline,
)
from eventwire.nlp.mention_rules import (
    accident,
    crime_report,
    exercise,
    figureless_toll,
    from_the_air,
    humanitarian,
    is_verdict,
    many_events,
    means_after_agent,
    natural_cause,
    ordinary_crime,
    parade,
    precaution,
    refined,
    road_accident,
    running_total,
    self_detonation,
    state_means,
    tally,
    tally_report,
    with_casualties,
)
from eventwire.nlp.participants import noun_roles, object_kind, read_participant, roles
from eventwire.nlp.place_mentions import (
    AREA_OF_NAME,
    PLACE_OF_NAME,
    demonyms,
    described_place,
    inside_acronymed_name,
    named_as_place,
    not_a_place_name,
    struck_place,
    untagged_places,
    where_people_went,
    where_said,
)
from eventwire.nlp.responsibility import blamed, group_described
from eventwire.nlp.text import doc_text, text_span, token_span
from eventwire.records import Article

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
HEADLINE_CHARS = 300  # a single line without a final stop, up to this long, is a headline
NON_LETHAL = frozenset({"wound", "injure", "beat", "torture", "stab", "shoot"})


def _province_of_group(ent: Span) -> bool:
    """"Islamic State Sahel Province": a "Province" right after a group's name is the
    group's branch, not a place."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent.label_ in PLACE_LABELS and ent[-1].text == "Province" and before is not None \
        and before.ent_type_ == "ORG" and before.whitespace_ == " "


def _entities(doc: Doc, sent_index: dict[int, int], dateline: TextSpan | None) -> list[Entity]:
    found = []
    for e in doc.ents:
        if e.label_ not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}:
            continue
        if _province_of_group(e):
            last = found[-1] if found else None
            if last is not None and last.label == "ORG" and last.end + 1 == e.start_char:
                found[-1] = Entity(last.start, e.end_char, doc_text(doc)[last.start:e.end_char],
                                   "ORG", last.sentence)
            continue
        label = "GPE" if named_as_place(e) else e.label_
        if label in PLACE_LABELS and inside_acronymed_name(e):
            continue  # part of "... of the Homeland (VDP)": neither a place nor an actor
        if label in PLACE_LABELS and not_a_place_name(e):
            label = "NORP" if e.text.lower() in demonyms() else "PERSON"  # "Ukrainian", "Ivins"
        if (described := described_place(e)) is not None:
            e, label = described, "GPE"  # "X city": the name with the words saying place
        if label in PLACE_LABELS and where_said(e):
            label = "SAID_IN"  # where a statement was made: not a place of events
        if dateline is not None and e.start_char < dateline.end and e.end_char > dateline.start:
            label = "GPE"  # the dateline names a place, whatever the model thought
        found.append(Entity(e.start_char, e.end_char, e.text, label, sent_index[e.start]))
    return found


def _date_tokens(sentence: Span) -> list[Span]:
    """The sentence's dates, without ages ("a 30-year-old farmer", "aged 40", "five years old")."""
    return [e for e in sentence.ents if e.label_ in {"DATE", "TIME"} and not _AGE.search(e.text)]


_AGE = re.compile(r"-year-old|\byears?\s+old\b|^aged\b|\bage(?:d)?\s+\d|^(?:under|over|below|above)\s+\d{1,2}$", re.I)


def _said_when(date: Span, trigger: Token) -> bool:
    """"..., a rights group said on Sunday": the date of the statement, not of the event."""
    node = date.root
    first = date[0].i - (1 if date.start > 0 and date.doc[date.start - 1].lower_ == "on" else 0)
    said = date.doc[first - 1] if first > 0 else None
    if said is not None and said.pos_ == "VERB" and said.lemma_ in lexicon.REPORTING_VERBS \
            and trigger.i > date.end:
        return True  # "the army said on Wednesday it had killed ...", whatever the parse
    if node.dep_ == "compound":  # "Monday evening"
        node = node.head
    if node.dep_ == "pobj":
        node = node.head
    head = node.head
    return head != trigger and _tells_when_said(head, node) and \
        node.dep_ in {"prep", "npadvmod", "pobj"} and trigger not in list(head.children)


def _tells_when_said(head: Token, preposition: Token) -> bool:
    """The word a date hangs on says when something was said, published or claimed."""
    if head.lemma_ in lexicon.REPORTING_VERBS:
        return True
    # "in a statement read on state television on Monday", "a video posted on Tuesday"
    if head.lemma_ in _PUBLISHING_VERBS and head.dep_ == "acl" and head.head.lemma_.lower() in _STATEMENT_NOUNS:
        return True
    if head.lemma_.lower() in _STATEMENT_NOUNS and preposition.lower_ == "on":
        return True  # "the army said in a statement on Monday"
    # "JNIM claimed the attack on Saturday" (the parser may hang the date on the claimed noun)
    return head.lemma_ == "claim" or head.dep_ == "dobj" and head.head.lemma_ == "claim"


_PUBLISHING_VERBS = frozenset({"read", "post", "publish", "broadcast", "air", "issue", "release", "send",
                               "circulate", "share", "distribute"})
_STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "video", "message", "report", "claim",
                              "post", "bulletin", "letter", "notice"})


def _after_date(date: Span, trigger: Token) -> bool:
    """Is the date that of an earlier happening ("... after it was uncovered last week")?"""
    node = date.root
    for _ in range(6):
        if node == trigger or node.head == node:
            return False
        # the date sits in an "after ..." phrase or in a clause that "after" introduces
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in {
            "after", "since", "following"}), None) if node.pos_ in {"VERB", "AUX"} else None
        if mark is None and node.lower_ in {"after", "since", "following"}:
            mark = node
        if mark is not None:
            # "took X on Tuesday after soldiers pulled out": a date before "after" is not in it
            return date.start > mark.i and not any(anc == node for anc in trigger.ancestors)
        node = node.head
    return False


def _counted_after(verb: Token) -> Token | None:
    """"..., killing at least 11 people, police and officials said": the counted noun right
    after a verb the parser left without an object (it made the noun a subject of "said")."""
    doc = verb.doc
    for token in doc[verb.i + 1:min(len(doc), verb.i + 6)]:
        if token.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in token.children):
            return token
        if token.pos_ in {"VERB", "AUX"} or token.text in {".", ";"}:
            return None
    return None


def _told_as_cause(verb: Token) -> bool:
    """"Youths set fire to cars ... after a motorcyclist died in a collision": the clause
    after "after" tells what led to the news."""
    node = verb
    for _ in range(4):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"after", "following"}
                                        for c in node.children):
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in {"after", "following"}:
            return True  # "The attack came weeks after government forces retook villages"
        if node.head == node or node.dep_ in {"ROOT", "ccomp"}:
            return False
        node = node.head
    return False


def _when_clause(relcl: Token) -> bool:
    """"shot dead on Friday when police opened fire": a parse that hangs the when-clause on
    the date tells what happened then, not a description of the day."""
    return relcl.head.ent_type_ == "DATE" and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in relcl.children)


def _dying(verb: Token) -> bool:
    """"died", "perished", "lost their lives", "fell on the field of honour": the subject
    is the dead."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.DYING_VERBS or lemma == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"life", "lives"} for c in verb.children) \
        or lemma in {"fall", "fell"} and fell_in_battle(verb)


# Verbs of fending off an attack: the attackers are the "by" phrase ("the army repelled an
# attack by jihadists on its camp"), the subject the defenders.
_REPELLING = frozenset({"repel", "repulse", "thwart", "foil"})
_ASSAULT_NOUNS = frozenset({"attack", "assault", "offensive", "raid", "incursion", "ambush", "attempt"})


def _attackers_repelled(verb: Token) -> Token | None:
    assault = next((c for c in verb.children if c.dep_ in {"dobj", "npadvmod", "obj"}
                    and c.lemma_.lower() in _ASSAULT_NOUNS), None)
    if assault is None:
        return None
    by = next((c for c in assault.children if c.dep_ == "prep" and c.lower_ == "by"), None) or next(
        (c for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _first_of_joined_subjects(verb: Token, patient: Token | None) -> Token | None:
    """The first of two passive subjects joined by "and" (the second is ``patient``)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 2 or subjects[1] != patient or not any(
            c.dep_ == "cc" and c.lower_ == "and" for c in subjects[0].children):
        return None
    return subjects[0]


def _mention(trig: Span, sentence: Span, index: int, quotes: list[tuple[int, int]]) -> EventMention | None:
    doc = trig.doc
    token = trig.root
    is_verb = token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or (
        is_headline(doc) and token.dep_ == "ROOT")
    if is_verb:
        agent_tok, patient_tok, _ = roles(token)
    else:
        agent_tok, patient_tok = noun_roles(token)
    described = None
    if is_verb and _dying(token):
        # "12 people died", "five soldiers lost their lives": the subject is the dead
        agent_tok, patient_tok = None, agent_tok
    elif is_verb and trig.label_ == "kill" and token.lemma_.lower() == "bury":
        agent_tok = None  # "We have buried twenty-two people": the mourners did not kill them
    elif agent_tok is not None and (described := group_described(agent_tok)) is not None:
        agent_tok = described  # "taken from his home by men identified as members of X"
    elif is_verb and token.lemma_.lower() in _REPELLING and agent_tok is not None and (
            attackers := _attackers_repelled(token)) is not None:
        agent_tok, patient_tok = attackers, agent_tok
    elif is_verb and token.lemma_.lower() == "claim" and patient_tok is not None \
            and patient_tok.lemma_.lower() in {"life", "lives"}:
        patient_tok = next((g for c in patient_tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"), patient_tok)
    if agent_tok is not None and agent_tok.lemma_.lower() in {"other", "others"}:
        # "Three children were killed and four others wounded": the others are hurt, not acting
        agent_tok, patient_tok = None, patient_tok or agent_tok
    if agent_tok is not None and agent_tok.like_num and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in agent_tok.children):
        agent_tok = None  # "Seven soldiers were killed and 15 wounded": "15" acts in nothing
    if is_verb and patient_tok is None and trig.label_ == "kill":
        patient_tok = _counted_after(token)
    agent = read_participant(agent_tok, doc)
    if described is not None and agent is not None and agent.entity is None:
        # the group named only there, which the model did not tag: an organisation
        first = described
        while first.i > 0 and first.nbor(-1).head == described and first.nbor(-1).dep_ == "compound" \
                and first.nbor(-1).pos_ == "PROPN":
            first = first.nbor(-1)  # "Viv Ansanm"
        name = doc_text(doc)[first.idx:described.idx + len(described.text)]
        agent = replace(agent, entity=Entity(first.idx, first.idx + len(name), name, "ORG", index),
                        head=name.lower())
    lethal_verb = trig.label_ == "kill" and is_verb and (
        token.lemma_.lower() not in NON_LETHAL or token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "dead")
    patient = read_participant(patient_tok, doc, lethal_verb=lethal_verb)
    if is_verb and patient is not None and patient.count is not None and (
            first := _first_of_joined_subjects(token, patient_tok)) is not None:
        # "A dozen members of X and half a dozen civilians were killed", parsed as two
        # subjects: one list of victims, whose groups the toll step adds up
        head = read_participant(first, doc, lethal_verb=lethal_verb)
        if head is not None and head.count is not None:
            patient = Participant(span=text_span(doc, head.span.start, patient.span.end), head=head.head,
                                  entity=head.entity, count=text_span(doc, head.count.start, patient.count.end))
    places = tuple(
        Entity(e.start_char, e.end_char, e.text, e.label_ if e.label_ in PLACE_LABELS else "GPE", index)
        for e in (described_place(e) or e for e in sentence.ents)
        if (e.label_ in PLACE_LABELS or named_as_place(e)) and not where_said(e) and not where_people_went(e)
        and not _province_of_group(e) and not not_a_place_name(e) and not inside_acronymed_name(e)
    )
    places += tuple(
        Entity(sentence.start_char + m.start(1), sentence.start_char + m.end(1), m.group(1), "GPE", index)
        for pattern in (PLACE_OF_NAME, AREA_OF_NAME) for m in pattern.finditer(sentence.text)
        if not any(p.start <= sentence.start_char + m.start(1) < p.end for p in places)
    )
    places += tuple(c for c in untagged_places(sentence) if not any(p.start <= c.start < p.end for p in places))
    if is_verb and (obj := struck_place(token, patient_tok, trig.label_, index)) is not None and not any(
            p.start <= obj.start < p.end for p in places):
        places += (obj,)
    # not the actor ("Russia attacked ..."), not a place in a clause describing someone
    # ("operatives who were preparing to fire rockets into X")
    places = tuple(p for p in places if not _acting_or_described(p, token, agent))
    dates = _date_tokens(sentence)
    lethal = trig.label_ == "kill" and token.lemma_.lower() not in NON_LETHAL
    if token.lemma_.lower() in NON_LETHAL and (
            any(c.lower_ == "dead" for c in token.children)
            or token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "dead"  # "shot dead"
            or re.search(r"\bto death\b", doc_text(doc)[token.idx:token.idx + 120].split(".")[0])):
        lethal = True
    outskirts = any(t.lower_ in {"outskirts", "near", "outside", "edge", "countryside", "vicinity",
                                 "suburbs", "environs"} for t in sentence)
    anaphoric = not is_verb and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                    for c in token.children) and not any(c.like_num for c in token.children)
    return EventMention(
        family=trig.label_, families=(trig.label_,), trigger=token_span(token) if len(trig) == 1 else
        text_span(doc, trig.start_char, trig.end_char), triggers=(text_span(doc, trig.start_char, trig.end_char),),
        sentence=index, agent=agent, patient=patient,
        object_kind=object_kind(token, patient_tok, sentence),
        places=places, outskirts=outskirts,
        date_spans=tuple(text_span(doc, d.start_char, d.end_char) for d in dates),
        after_date=bool(dates) and all(_after_date(d, token) for d in dates),  # no date of its own
        sentence_span=text_span(doc, sentence.start_char, sentence.end_char),
        lethal=lethal,
        in_quote=any(a <= trig.start_char < b for a, b in quotes),
        anaphoric=anaphoric,
        refers_back=anaphoric,
        said_dates=tuple(text_span(doc, d.start_char, d.end_char) for d in dates if _said_when(d, token)),
        descriptive=any(a.dep_ == "relcl" and not _when_clause(a) for a in (token, *token.ancestors)),
        pluperfect=token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children),
        cause=is_verb and _told_as_cause(token),
        dying=is_verb and _dying(token),
    )


def _acting_or_described(place: Entity, trigger: Token, agent: Participant | None) -> bool:
    doc = trigger.doc
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if agent is not None and agent.span.start <= place.start < agent.span.end:
        # "Russian forces", "gunmen from X": the actor; "armed men on the road between X and
        # Y": where they struck
        return span is None or not _reached_through_where(
            span.root, lambda t: agent.span.start <= t.idx < agent.span.end)
    if span is None:
        return False
    if span.root.dep_ == "nsubj" and span.root.head != trigger and span.root.ent_type_ == "GPE" \
            and span.root.head.pos_ == "VERB":
        return True  # "61 of the 81 drones Russia launched": the country acts, it is not where
    if span.root.dep_ == "poss" and span.root.head.lemma_.lower() in _INSTITUTIONS:
        return True  # "Pakistan's military did not comment": whose army, not where
    for anc in span.root.ancestors:
        if anc == trigger:
            return False
        if anc.dep_ == "agent":  # "drones launched by Russia": an actor, not a place
            return not _reached_through_where(span.root, lambda t: t.i != anc.i)
        if anc.dep_ == "relcl":
            # "struck a bulldozer that was clearing rubble on the outskirts of X": where the
            # thing struck was is the event's place; "operatives who were preparing to fire
            # rockets into X" tells of somewhere else
            struck = anc.head.dep_ in {"dobj", "obj", "nsubjpass"} and anc.head.head == trigger
            return trigger not in list(anc.subtree) and not (struck and _located_by(span.root))
    return False


_LOCATING = frozenset({"in", "on", "near", "at", "outside", "around"})


def _reached_through_where(place: Token, within) -> bool:
    """"by armed men on the road between X and Y": X hangs, below the phrase's top, on a
    preposition of where (climbing only through tokens ``within`` says are in the phrase)."""
    node = place
    while node.head.i != node.i and within(node.head):
        if node.dep_ == "pobj" and node.head.lower_ in _LOCATING | {"between"}:
            return True
        node = node.head
    return False


def _located_by(place: Token) -> bool:
    """"in X", "near X", "on the outskirts of X": a preposition of where, not of whither."""
    prep = place.head
    if prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lower_ in {"outskirts", "edge", "centre",
                                                                             "center", "suburbs"}:
        prep = prep.head.head
    # (not "planning attacks on X": the target of something else)
    return prep.dep_ == "prep" and prep.lower_ in _LOCATING and prep.head.lemma_.lower() not in lexicon.NOUN_CUES


# nouns whose possessor country is the one they belong to, not a place of events
_INSTITUTIONS = frozenset({"military", "army", "government", "ministry", "navy", "police", "force",
                           "forces", "president", "leader", "spokesman", "spokeswoman", "embassy",
                           "parliament", "authority", "authorities", "official", "officials",
                           "intelligence", "troops", "junta", "administration", "cabinet"})


def _quotes(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[\u201c\"]([^\u201d\"]{3,})[\u201d\"]", text):
        spans.append((match.start(), match.end()))
    return spans


def _means_of(weapon: Token, verb: Token) -> bool:
    """The weapon word tells how the verb's event was done: its own object or complement
    ("killed in an air strike"), or one of the phrasings below."""
    return weapon.head == verb or weapon.head.head == verb or _done_by(weapon, verb) \
        or _dropped_from(weapon, verb) or _in_when_clause(weapon, verb)


def _in_when_clause(weapon: Token, verb: Token) -> bool:
    """"were killed when their vehicle ran over an improvised explosive device": the weapon
    of the clause that tells how they died."""
    clause = weapon.head.head if weapon.dep_ == "pobj" else weapon.head
    return clause.dep_ == "advcl" and clause.head == verb and any(
        c.lower_ in {"when", "as", "after"} for c in clause.children if c.dep_ in {"advmod", "mark"})


def _dropped_from(aircraft: Token, verb: Token) -> bool:
    """"attacked a police station with explosives dropped from drones": the aircraft the
    attack's munitions came from."""
    drop = aircraft.head.head if aircraft.dep_ == "pobj" and aircraft.head.lower_ == "from" else None
    return drop is not None and drop.lemma_.lower() == "drop" and (
        drop.head == verb or drop.head.head == verb or drop.head.head.head == verb)


def _done_by(weapon: Token, verb: Token) -> bool:
    """"A massacre carried out by a warplane kills 10": the means of the verb's subject."""
    by = weapon.head
    if weapon.dep_ != "pobj" or by.dep_ != "agent":
        return False
    deed = by.head.head if by.head.dep_ == "acl" else None
    return deed is not None and deed.head == verb and deed.dep_ in {"nsubj", "nsubjpass"}


def analyse(doc: Doc, article: Article) -> ArticleAnalysis:
    """Read an annotated Doc into an ArticleAnalysis."""
    sentences = list(doc.sents)
    sent_index = {}
    for i, sent in enumerate(sentences):
        for tok in sent:
            sent_index[tok.i] = i
    doc.user_data["ew_sentence_of"] = {sent.start: i for i, sent in enumerate(sentences)}
    quotes = _quotes(doc_text(doc))
    body = article.text.strip()
    doc.user_data["ew_headline"] = "\n" not in body and len(body) < HEADLINE_CHARS and not body.endswith((".", "!", "?", '"', "\u201d"))
    by_sentence: dict[int, list[EventMention]] = {}
    triggers = list(doc.spans[TRIGGERS_KEY])
    if doc.user_data["ew_headline"]:
        triggers += headline_verbs(doc, triggers)
    for trig in triggers:
        if trig.label_ not in lexicon.ACLED_FAMILIES or not is_factual(trig) or is_verdict(trig.root):
            continue
        index = sent_index[trig.start]
        mention = _mention(trig, sentences[index], index, quotes)
        if mention is not None:
            by_sentence.setdefault(index, []).append(mention)
    for trig in doc.spans[TRIGGERS_KEY]:
        # a weapon named as the means of a killing ("an air strike killed ...") types it
        if trig.label_ not in lexicon.WEAPON_REFINEMENT:
            continue
        index = sent_index[trig.start]
        for i, m in enumerate(by_sentence.get(index, [])):
            # the trigger's head word ("toll" of "death toll from a suicide bombing")
            verb = doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand").root
            if m.family in {"kill", "attack"} and _means_of(trig.root, verb):
                by_sentence[index][i] = refined(m, lexicon.WEAPON_REFINEMENT[trig.label_],
                                                 text_span(doc, trig.start_char, trig.end_char))
    crime, tallied = crime_report(article.text), tally_report(article.text)
    mentions = [state_means(with_casualties(self_detonation(from_the_air(means_after_agent(m))))) for i in sorted(by_sentence)
                for group in clauses(by_sentence[i]) for m in merge_in_clause(group)]
    mentions = [m for m in mentions if not lone_death(m, mentions)]
    # "The explosion also destroyed 18 vehicles" after a tanker that overturned and
    # exploded: the accident told again
    accidental = [m for m in mentions if natural_cause(m) or accident(m)]
    accidents = [i for i, sent in enumerate(sentences) if road_accident(sent.text)]
    accidents += [m.sentence for m in accidental]
    mentions = [m for m in mentions if m not in accidental and not (m.refers_back and any(
        0 < m.sentence - a <= ACCIDENT_RETOLD_SENTENCES for a in accidents) and (
            m.agent is None or m.agent.span.text.lower().endswith(m.trigger.text.lower())))]
    mentions = [m for m in mentions if not humanitarian(m)
                and not figureless_toll(m) and not exercise(m)
                and not ordinary_crime(m, in_crime_report=crime)
                and not tally(m, in_tally_report=tallied) and not running_total(m)
                and not precaution(m) and not many_events(m) and not parade(m)]
    aliases = article_aliases(doc)
    dateline = dateline_prefix(article.text)
    city = find_dateline(article.text)
    return ArticleAnalysis(
        article=article,
        sentences=tuple(text_span(doc, s.start_char, s.end_char) for s in sentences),
        entities=tuple(_entities(doc, sent_index, city)),
        mentions=tuple(mentions),
        sources=tuple(find_sources(doc, sentences)),
        dateline=city,
        dateline_prefix=dateline,
        aliases=tuple(aliases),
        blamed=tuple(blamed(doc, sent_index)),
    )


