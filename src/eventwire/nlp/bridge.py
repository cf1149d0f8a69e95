"""The one place that reads spaCy: an annotated Doc in, an ArticleAnalysis out.

It decides which trigger words describe something that happened (not a plan, a
hypothetical, a negation or a habit), who took part, and who says so. Typing, places,
dates and merging happen later, on plain records.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import (
    ArticleAnalysis, Entity, EventMention, Participant, SourceMention, TextSpan,
)
from eventwire.nlp.attribution import find_sources
from eventwire.nlp.components import TRIGGERS_KEY
from eventwire.nlp.text import doc_text
from eventwire.records import Article

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must", "shall"})
PLAN_WORDS = frozenset({
    "plan", "aim", "intend", "threaten", "vow", "expect", "prepare", "seek", "want",
    "try", "attempt", "hope", "propose", "consider", "fear", "warn", "risk", "scheme",
    "plot", "order",
})
FUTURE_ADJ = frozenset({"upcoming", "possible", "planned", "future", "expected", "potential",
                        "imminent", "looming", "anticipated", "likely", "feared"})
NON_LETHAL = frozenset({"wound", "injure", "beat", "torture", "stab", "shoot"})
LETHAL_WORDS = frozenset({"dead", "death", "killed", "died", "lives", "bodies", "corpses"})
GROUP_REF = re.compile(
    r"\b(?:the|that|this) (?:group|militants|militia|insurgents|rebels|jihadists|"
    r"organization|organisation|movement)\b", re.I)
DATELINE = re.compile(
    r"^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:,\s*[A-Z][A-Za-z.]*(?: [A-Za-z0-9.]+){0,3})*\s*"
    r"(?:\([^()\n]{2,40}\)\s*)?[-\u2013\u2014:]+\s", re.M)
DATELINE_REACH = 400  # characters from the top: a byline or title may come first


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


def find_dateline(text: str) -> TextSpan | None:
    """"CITY (Agency) -" at the start: where the reporter files from, not an event place."""
    match = DATELINE.search(text, 0, DATELINE_REACH)
    if not match:
        return None
    return TextSpan(match.start(1), match.end(1), match.group(1))


BYLINE = re.compile(r"^By [A-Z][^\n]{1,80}\n")


def text_for_parsing(text: str) -> str:
    """The article text with byline and dateline blanked out, same length, so every
    offset still points into the article. The parser then sees the report's first
    sentence as it is, not "CITY (Agency) - ..." as its subject."""
    chars = list(text)
    byline = BYLINE.match(text)
    if byline:
        chars[byline.start():byline.end() - 1] = " " * (byline.end() - 1 - byline.start())
    prefix = dateline_prefix(text)
    if prefix is not None:
        chars[prefix.start:prefix.end] = " " * (prefix.end - prefix.start)
    return "".join(chars)


def dateline_prefix(text: str) -> TextSpan | None:
    """The whole dateline, "CITY, Country, Aug 5 (Agency) -": none of it is event content."""
    match = DATELINE.search(text, 0, DATELINE_REACH)
    if not match:
        return None
    return TextSpan(match.start(), match.end(), match.group(0))


def _entities(doc: Doc, sent_index: dict[int, int], dateline: TextSpan | None) -> list[Entity]:
    found = []
    for e in doc.ents:
        if e.label_ not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}:
            continue
        label = "GPE" if _named_as_place(e) else e.label_
        if label in PLACE_LABELS and _where_said(e):
            label = "SAID_IN"  # where a statement was made: not a place of events
        if dateline is not None and e.start_char < dateline.end and e.end_char > dateline.start:
            label = "GPE"  # the dateline names a place, whatever the model thought
        found.append(Entity(e.start_char, e.end_char, e.text, label, sent_index[e.start]))
    return found


def _acronym_subject(verb: Token) -> Token | None:
    """An all-capital acronym the parser took for an auxiliary ("XY raided" as "is raided")."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass"} and child.i < verb.i and child.text.isupper() \
                and len(child.text) >= 2:
            return child
    return None


def _headline(doc: Doc) -> bool:
    """A headline ("Gunmen kill 14 in market attack") tells past events in the present."""
    return doc.user_data.get("ew_headline", False)


def _headline_verbs(doc: Doc, found: list[Span]) -> list[Span]:
    """Headline verbs the tagger read as nouns ("Forces shell towns"): a root with a subject."""
    taken = {t.i for span in found for t in span}
    extra = []
    for token in doc:
        family = lexicon.VERB_CUES.get(token.lower_) or lexicon.VERB_CUES.get(token.lower_.rstrip("s"))
        if family and token.i not in taken and token.dep_ == "ROOT" and any(
                c.dep_ == "nsubj" for c in token.children):
            extra.append(Span(doc, token.i, token.i + 1, label=family))
    return extra


def _is_past(verb: Token) -> bool:
    """Did it happen? Past tense, present perfect, or a past participle used as modifier."""
    if _headline(verb.doc) and verb.tag_ in {"VBZ", "VBP", "VB", "NN", "NNS"} and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return True
    if verb.tag_ == "VBN" and _acronym_subject(verb) is not None:
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        if not auxes:
            return verb.dep_ in {"amod", "acl", "conj", "advcl", "relcl", "ccomp", "xcomp", "ROOT"} \
                and (verb.dep_ != "conj" or _is_past(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else True)
        return any(a.tag_ in {"VBD", "VBN"} or a.lemma_ == "have" for a in auxes)
    if verb.tag_ == "VBG":
        head = verb.head
        return verb.dep_ in {"advcl", "xcomp", "acl", "conj", "pcomp"} and head != verb \
            and head.pos_ in {"VERB", "AUX"} and _is_past(head)
    return False


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "neg" for a in token.children if a.dep_ in {"aux", "auxpass"} for c in a.children
    )


def _hypothetical(token: Token) -> bool:
    """Modal, conditional, planned or expected: not (yet) an event."""
    node = token
    for _ in range(4):
        for child in node.children:
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                return True
            if child.dep_ == "amod" and child.lower_ in FUTURE_ADJ:
                return True
        if node.dep_ in {"xcomp"} and node.head.lemma_ in PLAN_WORDS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ in {"for"} and node.head.head.lemma_ in {
            "prepare", "plan", "call", "anticipation"}:
            return True
        if node.dep_ in {"ROOT"} or node.head == node:
            break
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"xcomp", "aux", "conj"}:
            break
        node = node.head
    return False


def _governing_verb(token: Token) -> Token | None:
    node = token
    for _ in range(6):
        if node.head == node:
            return node if node.pos_ in {"VERB", "AUX"} else None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


_ABSTRACT = frozenset({"budget", "policy", "plan", "bill", "law", "record", "decision", "proposal",
                       "reform", "idea", "report", "speech", "media", "press", "freedom", "rights",
                       "economy", "deal", "legislation", "judiciary", "character", "reputation",
                       "campaign", "candidate", "opposition", "critic", "minister", "leadership"})
_ANNIVERSARY = re.compile(r"\b(?:\w+|\d+) (?:years?|decades?|months?) (?:after|since)\b", re.I)


def _denied_or_figurative(token: Token) -> bool:
    """"denied that its drones had struck", "an attack on the budget", "Ten years after ..."."""
    for anc in list(token.ancestors)[:4]:
        if anc.lemma_ in lexicon.DENYING_VERBS:
            return True
    if token.lemma_.lower() in {"attack", "assault", "offensive", "fight", "battle"}:
        objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                   for g in c.children if g.dep_ == "pobj"]
        if any(o.lemma_.lower() in _ABSTRACT for o in objects):
            return True
    sentence = token.sent
    match = _ANNIVERSARY.search(sentence.text)
    return bool(match) and sentence.start_char + match.end() <= token.idx


def _factual(trigger: Span) -> bool:
    token = trigger.root
    if _denied_or_figurative(token):
        return False
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or (
            _headline(token.doc) and token.dep_ == "ROOT"):
        if token.dep_ == "amod" and token.tag_ == "VBN":  # "the executed prisoners"
            return True
        return _is_past(token) and not _negated(token) and not _hypothetical(token)
    # A noun trigger counts when a factual past verb governs it ("killed in an air
    # strike", "an explosion ripped through") and nothing marks it as future.
    if any(c.lower_ in FUTURE_ADJ for c in token.children):
        return False
    verb = _governing_verb(token)
    if verb is None:
        return False
    direct = token.head == verb and token.dep_ in {"nsubj", "nsubjpass", "dobj"}
    via_prep = token.dep_ == "pobj" and token.head.head == verb and token.head.lower_ in {
        "in", "during", "by", "with", "after", "from", "under"}
    if not (direct or via_prep):
        return False
    if verb.lemma_ in lexicon.REPORTING_VERBS:
        return False
    return _is_past(verb) and not _negated(verb) and not _hypothetical(verb) and not _hypothetical(token)


def _phrase(token: Token) -> TextSpan:
    left = token.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in {"compound", "flat", "appos"} or (child.dep_ == "prep" and child.lower_ == "of"):
            right = child.right_edge
    for left_child in token.lefts:
        left = min(left, left_child.left_edge, key=lambda t: t.i)
    start_tok = left
    while start_tok.i < token.i and (start_tok.dep_ in {"punct", "cc"} or start_tok.is_space
                                     or not start_tok.text.strip()):
        start_tok = start_tok.nbor()
    doc = token.doc
    return _span(doc, start_tok.idx, right.idx + len(right.text))


def _participant(token: Token | None, doc: Doc) -> Participant | None:
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
    for num in numbers:
        if num.ent_type_ in {"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"}:
            continue
        start = num.i
        while start > 0 and doc[start - 1].lower_ in {"at", "least", "more", "than", "about", "nearly",
                                                       "over", "up", "to", "around", "almost", "some", "a"}:
            start -= 1
        count = _span(doc, doc[start].idx, num.idx + len(num.text))
        break
    if count is None and head.tag_ in {"NN", "NNP"} and (
            head.ent_type_ == "PERSON" or head.lemma_.lower() in lexicon.CIVILIAN_WORDS | lexicon.COMBATANT_WORDS):
        # "shot dead a local councillor": one person
        det = next((c for c in head.children if c.dep_ == "det" and c.lower_ in {"a", "an", "the", "one"}), None)
        if det is not None or head.ent_type_ == "PERSON":
            anchor = det or head
            count = _span(doc, anchor.idx, anchor.idx + len(anchor.text))
    return Participant(
        span=span, head=head.lemma_.lower(), entity=entity,
        pronoun=token.pos_ == "PRON", count=count,
    )


def _roles(token: Token) -> tuple[Token | None, Token | None, bool]:
    """Agent and patient of a verb trigger; passive when the patient is the subject."""
    agent = patient = None
    passive = False
    acronym = _acronym_subject(token)
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
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ in {"PROPN", "NOUN", "PRON"} and objs[0].tag_ != "VBG":
                agent = objs[0]
    if patient is None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"with", "against", "on"}:
                patient = next((c for c in child.children if c.dep_ == "pobj"), None)
                if patient is not None:
                    break
    if agent is not None and agent.pos_ == "PRON" and agent.lower_ in {"it", "they"} \
            and token.dep_ == "ccomp" and token.head.lemma_ in lexicon.REPORTING_VERBS:
        speaker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ != "PRON":
            agent = speaker
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
    verb = _governing_verb(token)
    if verb is not None and agent is None and verb.lemma_ in {"carry", "launch", "conduct", "stage", "mount", "claim"}:
        agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
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


def _clause_root(token: Token) -> Token:
    node = token
    while node.dep_ in {"conj", "xcomp", "advcl", "amod", "acl", "prep", "pobj", "dobj", "nsubj",
                        "nsubjpass", "compound", "agent", "pcomp", "npadvmod"} and node.head != node:
        if node.head.lemma_ in lexicon.REPORTING_VERBS:
            break
        node = node.head
    return node


def _date_tokens(sentence: Span) -> list[Span]:
    return [e for e in sentence.ents if e.label_ in {"DATE", "TIME"}]


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
        _headline(doc) and token.dep_ == "ROOT")
    if is_verb:
        agent_tok, patient_tok, _ = _roles(token)
    else:
        agent_tok, patient_tok = _noun_roles(token)
    agent = _participant(agent_tok, doc)
    patient = _participant(patient_tok, doc)
    places = tuple(
        Entity(e.start_char, e.end_char, e.text, e.label_ if e.label_ in PLACE_LABELS else "GPE", index)
        for e in sentence.ents if (e.label_ in PLACE_LABELS or _named_as_place(e)) and not _where_said(e)
    )
    places += tuple(
        Entity(sentence.start_char + m.start(1), sentence.start_char + m.end(1), m.group(1), "GPE", index)
        for m in _PLACE_OF_NAME.finditer(sentence.text)
        if not any(p.start <= sentence.start_char + m.start(1) < p.end for p in places)
    )
    places += tuple(c for c in _untagged_places(sentence) if not any(p.start <= c.start < p.end for p in places))
    dates = _date_tokens(sentence)
    lethal = trig.label_ == "kill" and token.lemma_.lower() not in NON_LETHAL
    if token.lemma_.lower() in NON_LETHAL and (
            any(c.lower_ == "dead" for c in token.children)
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
    )


_PLACE_NOUN_OF = re.compile(r"\b(?:village|town|city|district|province|region|area|camp|"
                            r"neighbou?rhood|suburb|county|state)\s+of\s*$", re.I)


_PLACE_OF_NAME = re.compile(
    r"\b(?:village|town|city|district|province|region|camp|neighbou?rhood|suburb)\s+of\s+"
    r"((?:al-|el-)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")


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


def _untagged_places(sentence: Span) -> list[Entity]:
    """Capitalised names after "in/near/around" that the model left untagged: candidates the
    gazetteer may confirm (label CAND: used only when they resolve)."""
    found = []
    for token in sentence:
        if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.ent_type_ in _NOT_PLACE_LABELS \
                or token.head.lower_ not in {"in", "near", "around", "outside", "across", "at"} \
                or token.lower_ in _CALENDAR_WORDS or token.head.head.lemma_ in lexicon.REPORTING_VERBS:
            continue
        start = token
        while start.i > sentence.start and start.nbor(-1).pos_ == "PROPN" and start.nbor(-1).dep_ == "compound":
            start = start.nbor(-1)
        found.append(Entity(start.idx, token.idx + len(token.text), doc_text(token.doc)[start.idx:token.idx + len(token.text)],
                            "CAND", sentence_index(sentence)))
    for m in _POSSESSIVE_REGION.finditer(sentence.text):  # "Mexico's Guerrero state"
        begin = sentence.start_char + m.start(1)
        found.append(Entity(begin, begin + len(m.group(1)), m.group(1), "GPE", sentence_index(sentence)))
    return found


def sentence_index(sentence: Span) -> int:
    return sentence.doc.user_data.get("ew_sentence_of", {}).get(sentence.start, 0)


def _where_said(ent: Span) -> bool:
    """"..., the army said in Niamey": where a statement was made, not where the event was."""
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_ in lexicon.REPORTING_VERBS


def _named_as_place(ent: Span) -> bool:
    """"the village of X": X is a place whatever label the model gave it."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 30):ent.start_char]
    return ent.label_ in {"ORG", "PERSON", "NORP"} and bool(_PLACE_NOUN_OF.search(before))


_CASUALTIES = re.compile(
    r"\b(?:leaving|left|leaves|with)\s+((?:at least|more than|some|about|nearly|around|up to)?\s*"
    r"[\w,-]+)\s+(?:(?:people|persons|civilians|soldiers|fighters|others)\s+)?(?:dead|killed)\b"
    r"|\b((?:at least|more than|some|about|nearly|around)?\s*[\w,-]+)\s+(?:people|persons|civilians|"
    r"soldiers|fighters|others)?\s*(?:died|were killed|were left dead)\b"
    r"|\bdeath toll (?:rose |climbed |stood |reached )?(?:to |at )?((?:at least|more than)?\s*[\w,-]+)",
    re.I)
_NATURAL = frozenset({"cholera", "disease", "flood", "flooding", "earthquake", "storm", "accident",
                      "crash", "heat", "heatwave", "virus", "outbreak", "landslide", "cyclone",
                      "drought", "famine", "malaria", "measles", "hunger", "covid", "pandemic",
                      "epidemic", "typhoon", "hurricane", "tornado", "avalanche", "lightning"})


def _natural_cause(m: EventMention) -> bool:
    """Deaths from disease, disaster or accident are not political violence."""
    return m.agent is not None and (m.agent.head in _NATURAL or
                                     any(w in _NATURAL for w in m.agent.span.text.lower().split()))


def _with_casualties(m: EventMention) -> EventMention:
    """"..., leaving at least 12 people dead": a toll stated beside the event verb."""
    from dataclasses import replace

    if m.patient is not None and m.patient.count is not None and m.lethal:
        return m
    s = m.sentence_span
    match = _CASUALTIES.search(s.text)
    if not match:
        return m
    group = next(g for g in (1, 2, 3) if match.group(g))
    phrase = match.group(group).strip()
    offset = s.start + match.start(group) + (len(match.group(group)) - len(match.group(group).lstrip()))
    count = TextSpan(offset, offset + len(phrase), phrase)
    from eventwire.quantities import parse_count

    if parse_count(phrase) is None:
        return m
    victims = m.patient if m.patient is not None and m.patient.head not in {"people", ""} else None
    patient = Participant(span=count, head=victims.head if victims else "people", count=count)
    return replace(m, patient=patient, lethal=True)


def _refined(m: EventMention, family: str, weapon: TextSpan) -> EventMention:
    from dataclasses import replace

    return replace(m, family=family, families=(family, *m.families),
                   triggers=(*m.triggers, weapon))


def _quotes(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[\u201c\"]([^\u201d\"]{3,})[\u201d\"]", text):
        spans.append((match.start(), match.end()))
    return spans


def _merge_in_clause(mentions: list[EventMention]) -> list[EventMention]:
    """Triggers of one sentence describe one event unless they name different places."""
    if len(mentions) <= 1:
        return mentions
    from eventwire.steps.typing import family_priority

    ordered = sorted(mentions, key=lambda m: family_priority(m.family))
    main = ordered[0]
    rest = ordered[1:]
    agent = main.agent or next((m.agent for m in rest if m.agent), None)
    counted = next((m.patient for m in ordered if m.patient and m.patient.count and m.lethal), None)
    patient = counted or main.patient or next((m.patient for m in rest if m.patient), None)
    return [EventMention(
        family=main.family,
        families=tuple(dict.fromkeys(m.family for m in ordered)),
        trigger=main.trigger,
        triggers=tuple(t for m in ordered for t in m.triggers),
        sentence=main.sentence, agent=agent, patient=patient,
        object_kind=main.object_kind or next((m.object_kind for m in rest if m.object_kind), None),
        places=main.places, outskirts=main.outskirts, date_spans=main.date_spans,
        after_date=main.after_date, sentence_span=main.sentence_span,
        lethal=any(m.lethal for m in ordered), in_quote=main.in_quote,
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
    doc.user_data["ew_headline"] = "\n" not in body and len(body) < 200 and not body.endswith((".", "!", "?", '"', "\u201d"))
    by_sentence: dict[int, list[EventMention]] = {}
    triggers = list(doc.spans[TRIGGERS_KEY])
    if doc.user_data["ew_headline"]:
        triggers += _headline_verbs(doc, triggers)
    for trig in triggers:
        if trig.label_ not in lexicon.ACLED_FAMILIES or not _factual(trig):
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
                by_sentence[index][i] = _refined(m, trig.label_, _span(doc, trig.start_char, trig.end_char))
    mentions = [_with_casualties(m) for i in sorted(by_sentence) for m in _merge_in_clause(by_sentence[i])]
    mentions = [m for m in mentions if not _natural_cause(m)]
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
        group_refs=tuple(TextSpan(m.start(), m.end(), m.group(0)) for m in GROUP_REF.finditer(doc_text(doc))),
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
