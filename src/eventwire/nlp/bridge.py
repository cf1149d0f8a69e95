"""The one place that reads spaCy: an annotated Doc in, an ArticleAnalysis out.

It decides which trigger words describe something that happened (not a plan, a
hypothetical, a negation or a habit), who took part, and who says so. Typing, places,
dates and merging happen later, on plain records.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import (
    ArticleAnalysis,
    Entity,
    EventMention,
    Participant,
    TextSpan,
)
from eventwire.nlp.attribution import find_sources
from eventwire.nlp.components import TRIGGERS_KEY
from eventwire.nlp.dateline import dateline_prefix, find_dateline
from eventwire.nlp.factuality import (
    acronym_subject,
    governing_verb,
    headline_verbs,
    is_factual,
    is_headline,
    is_negated,
    is_past,
)
from eventwire.nlp.place_mentions import (
    PLACE_OF_NAME,
    named_as_place,
    untagged_places,
    where_said,
)
from eventwire.nlp.text import doc_text
from eventwire.quantities import parse_count
from eventwire.records import Article
from eventwire.steps.typing import family_priority

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
HEADLINE_CHARS = 300  # a single line without a final stop, up to this long, is a headline
NON_LETHAL = frozenset({"wound", "injure", "beat", "torture", "stab", "shoot"})
# people who saw or heard, never the actors of what they tell ("They shot anyone," a resident said)
WITNESS_WORDS = frozenset({"resident", "witness", "villager", "survivor", "relative", "neighbour",
                           "neighbor", "eyewitness", "farmer", "trader", "student", "passenger"})
# the weapon or means named as the subject ("an air strike killed ..."), not the actor
MEANS_WORDS = frozenset({"strike", "airstrike", "bomb", "blast", "explosion", "shell", "shelling",
                         "missile", "rocket", "attack", "drone", "raid", "bombardment", "fire"})


def _span(doc: Doc, start: int, end: int) -> TextSpan:
    """A TextSpan without surrounding blanks (the blanked dateline leaves some)."""
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return TextSpan(start, end, text[start:end])


def _tok(token: Token) -> TextSpan:
    return TextSpan(token.idx, token.idx + len(token.text), token.text)



def _entities(doc: Doc, sent_index: dict[int, int], dateline: TextSpan | None) -> list[Entity]:
    found = []
    for e in doc.ents:
        if e.label_ not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}:
            continue
        label = "GPE" if named_as_place(e) else e.label_
        if label in PLACE_LABELS and where_said(e):
            label = "SAID_IN"  # where a statement was made: not a place of events
        if dateline is not None and e.start_char < dateline.end and e.end_char > dateline.start:
            label = "GPE"  # the dateline names a place, whatever the model thought
        found.append(Entity(e.start_char, e.end_char, e.text, label, sent_index[e.start]))
    return found


def _phrase(token: Token) -> TextSpan:
    left = token.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in {"compound", "flat", "appos"} or (child.dep_ == "prep" and child.lower_ == "of"):
            right = child.right_edge
        elif child.dep_ == "prep" and child.lower_ == "from" and any(
                t.ent_type_ == "ORG" for t in child.subtree):
            right = child.right_edge  # "militiamen from the X group": the group is in the phrase
    for left_child in token.lefts:
        left = min(left, left_child.left_edge, key=lambda t: t.i)
    start_tok = left
    while start_tok.i < token.i and (start_tok.dep_ in {"punct", "cc"} or start_tok.is_space
                                     or not start_tok.text.strip()):
        start_tok = start_tok.nbor()
    doc = token.doc
    return _span(doc, start_tok.idx, right.idx + len(right.text))


def _speaks(noun: Token) -> bool:
    """"..., a resident and an opposition group said": the conjunct begins the attribution."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    for conj in noun.conjuncts:
        if conj.i > noun.i:
            after = max(after, conj.right_edge.i + 1)
    return after < len(doc) and doc[after].lemma_.lower() in lexicon.REPORTING_VERBS


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" and c.like_num for c in noun.children) and not _speaks(noun)


def _one_person(noun: Token) -> bool:
    """"a civilian", "his aide", "one policeman": a single person named in a list of victims."""
    if noun.tag_ not in {"NN", "NNP"} or _speaks(noun):
        return False
    person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in \
        lexicon.CIVILIAN_WORDS | lexicon.COMBATANT_WORDS | lexicon.PERSON_ROLE_WORDS
    single = any(c.dep_ in {"det", "poss"} and c.lower_ in {"a", "an", "one", "his", "her", "their"}
                 or c.dep_ == "nummod" and c.lower_ == "one" for c in noun.children)
    return person and single


def _participant(token: Token | None, doc: Doc, *, lethal_verb: bool = False) -> Participant | None:
    if token is None:
        return None
    if token.lower_ == "of" or token.pos_ == "ADP":
        objs = [c for c in token.children if c.dep_ == "pobj"]
        if not objs:
            return None
        token = objs[0]
    head = token
    # "dozens of protesters", "one of them": the people are in the "of" phrase.
    if token.pos_ in {"NUM", "NOUN", "PRON"} and token.lemma_.lower() in {
        "dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands",
        "one", "some", "many", "several", "most", "all", "two", "three", "group", "number", "both"} \
            or token.pos_ == "NUM":
        of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        if of:
            objs = [c for c in of[0].children if c.dep_ == "pobj"]
            if objs:
                head = objs[0]
    span = _phrase(token)
    entity = None
    for ent in doc.ents:
        if ent.start_char >= span.start and ent.end_char <= span.end and ent.label_ in {
                "ORG", "NORP", "PERSON", "GPE"}:
            if entity is None or ent.label_ == "ORG":
                entity = Entity(ent.start_char, ent.end_char, ent.text, ent.label_, 0)
    count = None
    numbers = [c for c in head.subtree if c.like_num or c.lower_ in {"dozens", "scores", "hundreds", "dozen"}]
    if token.lower_ == "both":
        numbers.insert(0, token)
    if token is not head and (token.like_num or token.lower_ in {"dozens", "scores", "hundreds", "dozen"}):
        numbers.insert(0, token)
    own = {t.i for t in head.subtree} - {t.i for c in head.conjuncts for t in c.subtree}
    first_det = next((c for c in head.children if c.dep_ == "det" and c.lower_ in {"a", "an", "one"}), None)
    for num in numbers:
        if num.ent_type_ in {"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"}:
            continue
        start = num.i
        if num.i not in own and first_det is not None and num.i > head.i and _one_person(head):
            start = first_det.i  # the number is a conjunct's: "a commander and his two guards"
        while start > 0 and doc[start - 1].lower_ in {"at", "least", "more", "than", "about", "nearly",
                                                       "over", "up", "to", "around", "almost", "some", "a"}:
            start -= 1
        count = _span(doc, doc[start].idx, num.idx + len(num.text))
        # "three soldiers and five civilians": the toll runs to the last counted conjunct
        for conj in head.conjuncts:
            if conj.i > head.i and (_counted(conj) or _one_person(conj)):
                count = _span(doc, doc[start].idx, conj.idx + len(conj.text))
        break
    if count is None and head.tag_ in {"NN", "NNP"} and (
            head.ent_type_ == "PERSON" or head.lemma_.lower() in lexicon.CIVILIAN_WORDS | lexicon.COMBATANT_WORDS
            or lethal_verb):
        # "shot dead a local councillor": one person
        det = next((c for c in head.children if c.dep_ == "det" and c.lower_ in {"a", "an", "the", "one"}), None)
        if det is not None or head.ent_type_ == "PERSON":
            anchor = det or head
            count = _span(doc, anchor.idx, anchor.idx + len(anchor.text))
            # "a mayoral candidate and his aide": each conjunct named one by one is one more
            last = max((c for c in head.conjuncts if c.i > head.i and (_counted(c) or _one_person(c))),
                       key=lambda c: c.i, default=None)
            if last is not None:
                count = _span(doc, anchor.idx, last.idx + len(last.text))
    return Participant(
        span=span, head=head.lemma_.lower(), entity=entity,
        pronoun=token.pos_ == "PRON", count=count,
    )


def _roles(token: Token) -> tuple[Token | None, Token | None, bool]:
    """Agent and patient of a verb trigger; passive when the patient is the subject."""
    agent = patient = None
    passive = False
    acronym = acronym_subject(token)
    if acronym is not None:
        agent = acronym
    for child in token.children:
        if child.dep_ in {"nsubj"}:
            agent = child
        elif child.dep_ == "nsubjpass":
            patient, passive = child, True
        elif child.dep_ in {"dobj", "obj"}:
            patient = child
        elif child.dep_ == "agent":
            # "killed by Russian shelling": the parser makes the means a gerund complement
            objs = [c for c in child.children if c.dep_ == "pobj" or c.dep_ == "pcomp"
                    and c.lemma_.lower() in MEANS_WORDS | {"shell", "bomb"}]
            if objs and (objs[0].pos_ in {"PROPN", "NOUN", "PRON"} and objs[0].tag_ != "VBG"
                         or objs[0].dep_ == "pcomp"):
                agent = objs[0]
    if patient is None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"with", "against", "on"}:
                patient = next((c for c in child.children if c.dep_ == "pobj"), None)
                if patient is not None:
                    break
    speaker_owned = agent is not None and any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                              for c in agent.children)
    if agent is not None and (agent.pos_ == "PRON" and agent.lower_ in {"it", "they"} or speaker_owned) \
            and token.dep_ == "ccomp" and token.head.lemma_ in lexicon.REPORTING_VERBS:
        speaker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ != "PRON" and speaker.lemma_.lower() not in WITNESS_WORDS:
            agent = speaker
    if agent is not None and agent.lemma_.lower() in MEANS_WORDS:
        # "a drone strike carried out by Mali's army killed ...": the force that carried it out
        for acl in (c for c in agent.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            by = next((c for c in acl.children if c.dep_ == "agent"), None)
            objs = [c for c in by.children if c.dep_ == "pobj"] if by is not None else []
            if objs and objs[0].pos_ in {"PROPN", "NOUN"}:
                agent = objs[0]
                break
    if agent is None and (token.tag_.startswith("NN") or token.tag_ == "VBG"):
        # a headline's noun ("Bombing by the regime forces ..."): the by-phrase names the actor
        by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        objs = [c for c in by.children if c.dep_ == "pobj"] if by is not None else []
        if objs and objs[0].pos_ in {"PROPN", "NOUN"} and objs[0].ent_type_ not in {"DATE", "TIME"}:
            agent = objs[0]
    if token.dep_ == "amod":  # "the executed plotters"
        patient = token.head
    if token.dep_ in {"acl", "relcl"} and token.tag_ == "VBN" and patient is None:
        patient = token.head
    if agent is None and token.dep_ in {"conj", "xcomp", "advcl"} and token.head.pos_ in {"VERB", "AUX"}:
        head_agent, _, head_passive = _roles(token.head)
        if not head_passive and token.dep_ != "advcl" or token.tag_ == "VBG":
            agent = head_agent
    return agent, patient, passive


def _noun_roles(token: Token) -> tuple[Token | None, Token | None]:
    agent = patient = None
    for child in token.children:
        if child.dep_ in {"poss", "compound", "amod"} and (child.ent_type_ in {"ORG", "NORP"}):
            agent = child
        if child.dep_ == "prep" and child.lower_ == "between":  # "clashes between X and Y"
            first = next((c for c in child.children if c.dep_ == "pobj"), None)
            if first is not None:
                agent = first
                patient = next((c for c in first.children if c.dep_ == "conj"), patient)
        if child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            patient = child
        if child.dep_ == "prep" and child.lower_ == "by":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            agent = objs[0] if objs else agent
    verb = governing_verb(token)
    if verb is not None and agent is None and verb.lemma_ in {"carry", "launch", "conduct", "stage", "mount", "claim",
                                                              "drop", "fire"}:
        agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if agent is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            # "the attackers arrived in trucks and fired rockets": the first verb's subject
            agent = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return agent, patient


def _object_kind(trigger: Token, patient: Token | None, sentence: Span) -> str | None:
    words = {t.lemma_.lower() for t in (patient.subtree if patient is not None else [])}
    if patient is None:
        words |= {t.lemma_.lower() for t in trigger.subtree if t.dep_ in {"pobj", "dobj"}}
    if words & lexicon.WEAPON_WORDS:
        return "weapon"
    if patient is not None and (patient.ent_type_ in {"GPE", "LOC", "FAC"}
                                or patient.lemma_.lower() in lexicon.TERRITORY_WORDS):
        return "territory"
    if patient is not None and (patient.ent_type_ == "PERSON" or patient.lemma_.lower() in
                                lexicon.CIVILIAN_WORDS | lexicon.COMBATANT_WORDS):
        return "person"
    return None


def _date_tokens(sentence: Span) -> list[Span]:
    return [e for e in sentence.ents if e.label_ in {"DATE", "TIME"}]


def _said_when(date: Span, trigger: Token) -> bool:
    """"..., a rights group said on Sunday": the date of the statement, not of the event."""
    node = date.root
    if node.dep_ == "pobj":
        node = node.head
    head = node.head
    return head != trigger and head.lemma_ in lexicon.REPORTING_VERBS and \
        node.dep_ in {"prep", "npadvmod", "pobj"} and trigger not in list(head.children)


def _after_date(date: Span, trigger: Token) -> bool:
    """Is the date that of an earlier happening ("... after it was uncovered last week")?"""
    node = date.root
    for _ in range(6):
        if node == trigger or node.head == node:
            return False
        # the date sits in an "after ..." phrase or in a clause that "after" introduces
        clause = node.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "mark" and c.lower_ in {"after", "since", "following"} for c in node.children)
        if clause or node.lower_ in {"after", "since", "following"}:
            return not any(anc == node for anc in trigger.ancestors)
        node = node.head
    return False


def _mention(trig: Span, sentence: Span, index: int, quotes: list[tuple[int, int]]) -> EventMention | None:
    doc = trig.doc
    token = trig.root
    is_verb = token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or (
        is_headline(doc) and token.dep_ == "ROOT")
    if is_verb:
        agent_tok, patient_tok, _ = _roles(token)
    else:
        agent_tok, patient_tok = _noun_roles(token)
    if agent_tok is not None and agent_tok.like_num and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in agent_tok.children):
        agent_tok = None  # "Seven soldiers were killed and 15 wounded": "15" acts in nothing
    agent = _participant(agent_tok, doc)
    lethal_verb = trig.label_ == "kill" and is_verb and (
        token.lemma_.lower() not in NON_LETHAL or token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "dead")
    patient = _participant(patient_tok, doc, lethal_verb=lethal_verb)
    places = tuple(
        Entity(e.start_char, e.end_char, e.text, e.label_ if e.label_ in PLACE_LABELS else "GPE", index)
        for e in sentence.ents if (e.label_ in PLACE_LABELS or named_as_place(e)) and not where_said(e)
    )
    places += tuple(
        Entity(sentence.start_char + m.start(1), sentence.start_char + m.end(1), m.group(1), "GPE", index)
        for m in PLACE_OF_NAME.finditer(sentence.text)
        if not any(p.start <= sentence.start_char + m.start(1) < p.end for p in places)
    )
    places += tuple(c for c in untagged_places(sentence) if not any(p.start <= c.start < p.end for p in places))
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
    outskirts = any(t.lower_ in {"outskirts", "near", "outside", "edge"} for t in sentence)
    anaphoric = not is_verb and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                    for c in token.children) and not any(c.like_num for c in token.children)
    return EventMention(
        family=trig.label_, families=(trig.label_,), trigger=_tok(token) if len(trig) == 1 else
        _span(doc, trig.start_char, trig.end_char), triggers=(_span(doc, trig.start_char, trig.end_char),),
        sentence=index, agent=agent, patient=patient,
        object_kind=_object_kind(token, patient_tok, sentence),
        places=places, outskirts=outskirts,
        date_spans=tuple(_span(doc, d.start_char, d.end_char) for d in dates),
        after_date=any(_after_date(d, token) for d in dates),
        sentence_span=_span(doc, sentence.start_char, sentence.end_char),
        lethal=lethal,
        in_quote=any(a <= trig.start_char < b for a, b in quotes),
        anaphoric=anaphoric,
        refers_back=anaphoric,
        said_dates=tuple(_span(doc, d.start_char, d.end_char) for d in dates if _said_when(d, token)),
        descriptive=token.dep_ == "relcl" or any(a.dep_ == "relcl" for a in token.ancestors),
    )


_CASUALTIES = re.compile(
    r"\b(?:leaving|left|leaves|with)\s+((?:at least|more than|some|about|nearly|around|up to)?\s*"
    r"[\w,-]+)\s+(?:(?:people|persons|civilians|soldiers|fighters|others)\s+)?(?:dead|killed)\b"
    r"|\b((?:at least|more than|some|about|nearly|around)?\s*[\w,-]+)\s+(?:people|persons|civilians|"
    r"soldiers|fighters|others)?\s*(?:died|were killed|were left dead)\b"
    r"|\bdeath toll (?:rose |climbed |stood |reached )?(?:to |at )?((?:at least|more than)?\s*[\w,-]+)",
    re.I)
_LEFT_DEAD = re.compile(r"\b(?:leaving|left)\s+((?:at least |more than |about |some )?[\w-]+ [a-z]+"
                        r"(?:,? (?:and )?(?:at least |more than |about |some )?[\w-]+ [a-z]+)+)\s+dead\b")
_CONJ_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_NATURAL = frozenset({"cholera", "disease", "flood", "flooding", "earthquake", "storm", "accident",
                      "crash", "heat", "heatwave", "virus", "outbreak", "landslide", "cyclone",
                      "drought", "famine", "malaria", "measles", "hunger", "covid", "pandemic",
                      "epidemic", "typhoon", "hurricane", "tornado", "avalanche", "lightning",
                      "rain", "rainfall", "mudslide", "tsunami", "wildfire", "blizzard"})
_VEHICLES = frozenset({"tanker", "truck", "lorry", "bus", "train", "boat", "ferry", "vehicle", "plane",
                       "aircraft", "helicopter", "minibus", "car"})


_COLLISION = re.compile(r"\b(?:collided|collision|crashed|capsized|derailed|overturned|plunged)\b", re.I)


_RELIEF = re.compile(r"\b(?:rescue|relief|humanitarian|evacuat\w*|search for survivors|aid deliver\w*)\b", re.I)


def _figureless_toll(m: EventMention) -> bool:
    """"The toll is expected to rise", "took a heavy toll": a toll noun without a figure says nothing."""
    return m.family == "kill" and bool(_TOLL_NOUN.search(m.trigger.text)) and (
        m.patient is None or m.patient.count is None)


def _humanitarian(m: EventMention) -> bool:
    """"The army was deployed to help with rescue work": no conflict development."""
    return m.family == "change_group" and bool(_RELIEF.search(m.sentence_span.text))


_FINDERS = frozenset({"court", "tribunal", "judge", "jury", "panel", "inquiry", "commission",
                      "investigation", "investigator", "prosecutor"})


def _verdict(token: Token) -> bool:
    """"The court found that fighters attacked ...": a finding about the past, not news of an event."""
    for anc in token.ancestors:
        if anc.lemma_.lower() in {"find", "rule", "conclude", "establish"} and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _FINDERS for c in anc.children):
            return True
    return False


def _natural_cause(m: EventMention) -> bool:
    """Deaths from disease, disaster or accident are not political violence."""
    if m.agent is None:
        return False
    words = [w.strip(",.;:") for w in m.agent.span.text.lower().split()]
    if m.agent.head in _NATURAL or any(w in _NATURAL or w.removesuffix("s") in _NATURAL for w in words):
        return True
    if m.family == "loot" and m.agent.head in {"fire", "blaze", "flame"} and m.agent.entity is None:
        return True  # "a fire at a market destroyed dozens of stalls": nobody set it
    # "a fuel tanker collided with a truck and exploded": a road accident
    return m.agent.head in _VEHICLES and bool(_COLLISION.search(m.sentence_span.text))


# "the death toll from the bombing rose to 23", "put the death toll at 14", "the number of
# dead had risen to five": the figure a toll noun is given, and whether it revises an earlier one
_TOLL_NOUN = re.compile(r"\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|people killed|victims|"
                        r"fatalities))\b", re.I)
_TOLL_FIGURE = re.compile(
    r"\b(?P<verb>rose|risen|rising|climbed|increased|jumped|reached|hit|stood|stands|was|is|at|to)\s+"
    r"(?:to\s+|at\s+)?(?P<n>(?:at least |more than |about |nearly |around |some |over )?[\w,-]+)", re.I)
_REVISING = frozenset({"rose", "risen", "rising", "climbed", "increased", "jumped", "reached", "hit"})
_FIRST_TOLL = re.compile(r"\b(?:initial(?:ly)?|first|earlier|preliminary)\b", re.I)
TOLL_REACH = 90  # characters from the toll noun to its figure


def _toll(m: EventMention) -> EventMention | None:
    """A toll noun's figure ("the death toll had risen to 32", "put the death toll at 14"),
    or None; revised when the toll rose to it."""
    noun = next((t for t in m.triggers if _TOLL_NOUN.search(t.text)), None)
    if noun is None:
        return None
    s = m.sentence_span
    rest = s.text[noun.end - s.start:]
    rest = re.split(r"[.;]", rest[:TOLL_REACH], maxsplit=1)[0]
    for match in _TOLL_FIGURE.finditer(rest):
        phrase = match.group("n").rstrip(",")
        if parse_count(phrase) is None:
            continue
        offset = noun.end + match.start("n")
        count = TextSpan(offset, offset + len(phrase), phrase)
        revised = match.group("verb").lower() in _REVISING and not _FIRST_TOLL.search(s.text)
        patient = Participant(span=count, head="people", count=count)
        return replace(m, patient=patient, lethal=True, toll_revised=revised)
    return None


# "killed in regime shelling", "government forces", "Russian warplanes": a state's forces or
# means named where the parse gives the trigger no subject
_STATE_MEANS = re.compile(
    r"\b((?:pro-)?(?:regime|government|army|military|[A-Z][a-z]+ian|[A-Z][a-z]+ish|[A-Z][a-z]+i)\s+"
    r"(forces|troops|soldiers|shelling|bombardment|warplanes|jets|helicopters|air ?strikes|artillery|"
    r"aircraft|drones|rockets|missiles))\b")


def _state_means(m: EventMention) -> EventMention:
    if m.agent is not None:
        return m
    s = m.sentence_span
    match = _STATE_MEANS.search(s.text)
    if match is None or match.group(1).lower().startswith("pro-"):
        return m
    start = s.start + match.start(1)
    span = TextSpan(start, start + len(match.group(1)), match.group(1))
    word = match.group(2).lower().replace(" ", "")
    head = "force" if word == "forces" else word.removesuffix("s")
    return replace(m, agent=Participant(span=span, head=head))


def _with_casualties(m: EventMention) -> EventMention:
    """"..., leaving at least 12 people dead": a toll stated beside the event verb."""
    if m.patient is not None and m.patient.count is not None and m.lethal:
        return m
    toll = _toll(m)
    if toll is not None:
        return toll
    s = m.sentence_span
    groups = _LEFT_DEAD.search(s.text)
    if groups and len(_CONJ_SPLIT.split(groups.group(1))) > 1 and all(
            parse_count(piece.split()[0] if piece.split() else "") or parse_count(piece)
            for piece in _CONJ_SPLIT.split(groups.group(1))):
        # "left 8 soldiers and 10 militants dead": the groups add up
        start = s.start + groups.start(1)
        count = TextSpan(start, start + len(groups.group(1)), groups.group(1))
        return replace(m, patient=Participant(span=count, head="people", count=count), lethal=True)
    match = _CASUALTIES.search(s.text)
    if not match:
        return m
    group = next(g for g in (1, 2, 3) if match.group(g))
    phrase = match.group(group).strip()
    offset = s.start + match.start(group) + (len(match.group(group)) - len(match.group(group).lstrip()))
    count = TextSpan(offset, offset + len(phrase), phrase)
    if parse_count(phrase) is None:
        return m
    victims = m.patient if m.patient is not None and m.patient.head not in {"people", ""} else None
    patient = Participant(span=count, head=victims.head if victims else "people", count=count)
    return replace(m, patient=patient, lethal=True)


AIRCRAFT = frozenset({"jet", "warplane", "aircraft", "plane", "helicopter", "drone", "gunship"})


def _from_the_air(m: EventMention) -> EventMention:
    """"The jet dropped two bombs on the village": bombs from aircraft are an air strike."""
    if m.family == "explosive" and m.agent is not None and m.agent.head in AIRCRAFT:
        return _refined(m, "airstrike", m.agent.span)
    return m


_REFLEXIVE = frozenset({"himself", "herself", "themselves"})
CLAIMED = frozenset({"responsibility", "attack", "bombing", "killing", "blast", "strike", "ambush",
                     "abduction", "kidnapping", "assassination", "raid"})


def _self_detonation(m: EventMention) -> EventMention:
    """"Two bombers blew themselves up": a suicide bombing, and the bombers are among the dead."""
    if m.family not in {"explosive", "suicide"} or m.agent is None or m.patient is None \
            or m.patient.head not in _REFLEXIVE or not m.agent.head.startswith("bomber"):
        return m
    count = m.agent.count or m.patient.span
    patient = Participant(span=m.patient.span, head="bomber", count=count)
    family = "suicide"
    return replace(m, family=family, families=tuple(dict.fromkeys((family, *m.families))),
                   patient=patient, lethal=True)


def _refined(m: EventMention, family: str, weapon: TextSpan) -> EventMention:
    return replace(m, family=family, families=(family, *m.families),
                   triggers=(*m.triggers, weapon))


def _acting_or_described(place: Entity, trigger: Token, agent: Participant | None) -> bool:
    if agent is not None and agent.span.start <= place.start < agent.span.end:
        return True
    doc = trigger.doc
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    for anc in span.root.ancestors:
        if anc == trigger:
            return False
        if anc.dep_ == "agent":  # "drones launched by Russia": an actor, not a place
            return True
        if anc.dep_ == "relcl":
            return trigger not in list(anc.subtree)
    return False


def _blamed(doc: Doc, sent_index: dict[int, int]) -> list[tuple[int, Participant]]:
    """Who a source holds responsible: "blaming X", "blamed X for", "accused X of"."""
    found = []
    for token in doc:
        if token.lemma_.lower() == "claim" and token.pos_ in {"VERB", "AUX"} and is_past(token) \
                and not is_negated(token):
            # "Al Shabaab claimed responsibility for the blast": the claimant did it
            what = next((c for c in token.children if c.dep_ == "dobj"), None)
            who = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if what is not None and who is not None and who.pos_ in {"PROPN", "NOUN"} and (
                    what.lemma_.lower() in CLAIMED or what.lemma_.lower() in lexicon.NOUN_CUES):
                participant = _participant(who, doc)
                if participant is not None:
                    found.append((sent_index[token.i], participant))
            continue
        if token.lemma_.lower() not in {"blame", "accuse"} or token.pos_ not in {"VERB", "AUX"}:
            continue
        target = next((c for c in token.children if c.dep_ == "dobj"), None)
        participant = _participant(target, doc)
        if participant is not None:
            found.append((sent_index[token.i], participant))
    return found


def _quotes(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[\u201c\"]([^\u201d\"]{3,})[\u201d\"]", text):
        spans.append((match.start(), match.end()))
    return spans


def _clauses(mentions: list[EventMention]) -> list[list[EventMention]]:
    """The sentence's main story in one group; each relative-clause mention on its own,
    except one told of the victims of the main story ("troops killed 40 militants who
    attacked a post": the attack is the same incident)."""
    main = [m for m in mentions if not m.descriptive]
    by_victims = [m for m in mentions if m.descriptive and _by_the_victims(m, main)]
    rest = [m for m in mentions if m.descriptive and m not in by_victims]
    return ([main + by_victims] if main else []) + [[m] for m in rest]


def _by_the_victims(m: EventMention, main: list[EventMention]) -> bool:
    if m.agent is None or m.agent.head not in {"who", "that"}:
        return False
    return any(o.lethal and o.patient is not None and 0 <= m.agent.span.start - o.patient.span.end <= 2
               for o in main)


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


def _merge_in_clause(mentions: list[EventMention]) -> list[EventMention]:
    """Triggers of one sentence describe one event unless they name different places."""
    if len(mentions) <= 1:
        return mentions
    ordered = sorted(mentions, key=lambda m: family_priority(m.family))
    main = ordered[0]
    rest = ordered[1:]
    agent = main.agent or next((m.agent for m in rest if m.agent), None)
    counted = next((m.patient for m in ordered if m.patient and m.patient.count and m.lethal), None)
    counted = _conjoined_victims(mentions) or counted
    patient = counted or main.patient or next((m.patient for m in rest if m.patient), None)
    return [replace(
        main,
        families=tuple(dict.fromkeys(m.family for m in ordered)),
        triggers=tuple(t for m in ordered for t in m.triggers),
        agent=agent, patient=patient,
        object_kind=main.object_kind or next((m.object_kind for m in rest if m.object_kind), None),
        lethal=any(m.lethal for m in ordered),
        anaphoric=all(m.anaphoric for m in ordered),
        refers_back=any(m.anaphoric for m in ordered),
        said_dates=tuple(dict.fromkeys(d for m in ordered for d in m.said_dates)),
    )]


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
        if trig.label_ not in lexicon.ACLED_FAMILIES or not is_factual(trig) or _verdict(trig.root):
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
            verb = doc[doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand").start]
            if m.family in {"kill", "attack"} and (trig.root.head == verb or trig.root.head.head == verb):
                by_sentence[index][i] = _refined(m, lexicon.WEAPON_REFINEMENT[trig.label_],
                                                 _span(doc, trig.start_char, trig.end_char))
    mentions = [_state_means(_with_casualties(_self_detonation(_from_the_air(m)))) for i in sorted(by_sentence)
                for group in _clauses(by_sentence[i]) for m in _merge_in_clause(group)]
    mentions = [m for m in mentions if not _natural_cause(m) and not _humanitarian(m)
                and not _figureless_toll(m)]
    aliases = _aliases(doc)
    dateline = dateline_prefix(article.text)
    city = find_dateline(article.text)
    return ArticleAnalysis(
        article=article,
        sentences=tuple(_span(doc, s.start_char, s.end_char) for s in sentences),
        entities=tuple(_entities(doc, sent_index, city)),
        mentions=tuple(mentions),
        sources=tuple(find_sources(doc, sentences)),
        dateline=city,
        dateline_prefix=dateline,
        aliases=tuple(aliases),
        blamed=tuple(_blamed(doc, sent_index)),
    )


ACRONYM_FOR = re.compile(
    r"(?:an?|the)\s+(?:\w+\s+){0,2}(?:acronym|name|term|word|abbreviation)\s+for\s+(?:the\s+)?"
    r"((?:[A-Z][\w'-]*\s?){1,5})")


def _abbreviates(short: str, full: str) -> bool:
    """"IS" for "Islamic State", "FSA" for "Free Syrian Army": initials, in order."""
    letters = [c for c in short.upper() if c.isalpha()]
    initials = [w[0].upper() for w in re.findall(r"[A-Za-z][\w'-]*", full) if w[0].isupper()]
    if not letters or not short.replace("-", "").isupper():
        return False
    it = iter(initials)
    return all(any(letter == i for i in it) for letter in letters)


def _aliases(doc: Doc) -> list[tuple[str, str]]:
    """Aliases the article itself defines: "Full Name (ABBR)" and "an acronym for Full Name"."""
    pairs: list[tuple[str, str]] = []
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "NORP", "GPE", "PERSON"}:
            continue
        after = doc_text(doc)[ent.end_char:ent.end_char + 14]
        match = re.match(r"\s*\(([A-Z][A-Za-z-]{1,9})\)", after)
        if match and _abbreviates(match.group(1), ent.text):
            pairs.append((match.group(1), ent.text))
    for sentence in doc.sents:
        match = ACRONYM_FOR.search(sentence.text)
        if not match:
            continue
        full = match.group(1).strip()
        mentioned = [e for e in sentence.ents if e.label_ in {"ORG", "NORP", "PERSON", "GPE"}
                     and e.text != full and e.text not in full and full not in e.text
                     and e.start_char - sentence.start_char < match.start()]
        candidates = mentioned or [t for t in sentence if t.pos_ == "PROPN" and t.text not in full
                                   and t.idx - sentence.start_char < match.start()]
        if candidates:
            alias = candidates[0].text
            pairs.append((alias, full))
    return pairs
