"""Did it happen? Tense, negation, modality, plans, denials and headlines, read from a parse.

A trigger word is an event only when the report says it happened: past tense or present
perfect (or a headline's present), not negated, not under a modal or an if-clause, not the
complement of a plan word, not denied by its subject, not figurative ("an attack on the
budget"), and not an anniversary of something long past.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import lexicon
from eventwire.nlp.figurative import figurative_use

MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must", "shall"})
PLAN_WORDS = frozenset({
    "plan", "aim", "intend", "threaten", "vow", "expect", "prepare", "seek", "want",
    "try", "attempt", "hope", "propose", "consider", "fear", "warn", "risk", "scheme",
    "plot", "order",
})
# "has carried out similar attacks", "past raids": a kind of event, not one that happened
GENERIC_ADJ = frozenset({"similar", "such", "previous", "past", "frequent", "repeated", "regular",
                         "sporadic"})
FUTURE_ADJ = frozenset({"upcoming", "possible", "planned", "future", "expected", "potential",
                        "imminent", "looming", "anticipated", "likely", "feared"})

def acronym_subject(verb: Token) -> Token | None:
    """An all-capital acronym the parser took for an auxiliary ("XY raided" as "is raided")."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass"} and child.i < verb.i and child.text.isupper() \
                and len(child.text) >= 2:
            return child
    return None


def is_headline(doc: Doc) -> bool:
    """A headline ("Gunmen kill 14 in market attack") tells past events in the present."""
    return doc.user_data.get("ew_headline", False)


def headline_verbs(doc: Doc, found: list[Span]) -> list[Span]:
    """Headline verbs the tagger read as nouns ("Forces shell towns"): a root with a subject."""
    taken = {t.i for span in found for t in span}
    extra = []
    for token in doc:
        family = lexicon.VERB_CUES.get(token.lower_) or lexicon.VERB_CUES.get(token.lower_.rstrip("s"))
        if family and token.i not in taken and token.dep_ == "ROOT" and any(
                c.dep_ == "nsubj" for c in token.children):
            extra.append(Span(doc, token.i, token.i + 1, label=family))
    return extra


def participle_clause_head(verb: Token) -> Token:
    """The verb a gerund clause goes with: its head, except that "..., killing him" after a
    participle on a noun ("dropped explosives on a man riding a bicycle, killing him") goes
    with the clause the participle hangs in, not with "riding", and after an infinitive
    ("accused of trying to kidnap a child, killing both") with the finite verb above."""
    head = verb.head
    if verb.dep_ == "advcl" and head.tag_ == "VBG" and head.dep_ == "acl":
        return next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}
                     and not (a.tag_ == "VBG" and a.dep_ == "acl")), head)
    if verb.dep_ == "advcl" and verb.i > 0 and verb.nbor(-1).text == "," and head.tag_ in {"VB", "VBG"}:
        # "... after they were accused of trying to kidnap a child, killing both": the
        # participle after the comma goes with the nearest finite past verb above
        return next((a for a in head.ancestors if a.tag_ == "VBD"), head)
    return head


def is_past(verb: Token) -> bool:
    """Did it happen? Past tense, present perfect, or a past participle used as modifier."""
    if is_headline(verb.doc) and (verb.tag_ in {"VBZ", "VBP", "VB", "NN", "NNS"} or verb.tag_ == "VBG"
                                  and verb.dep_ == "ROOT") and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return True
    if verb.tag_ == "VBN" and acronym_subject(verb) is not None:
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" or verb.lower_ in lexicon.PAST_FORMS and not auxes:
        return True
    if verb.tag_ == "VBN":
        if not auxes:
            return verb.dep_ in {"amod", "acl", "conj", "advcl", "relcl", "ccomp", "xcomp", "ROOT"} \
                and (verb.dep_ != "conj" or is_past(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else True)
        return any(a.tag_ in {"VBD", "VBN"} or a.lemma_ == "have" for a in auxes)
    if verb.tag_ == "VBG":
        head = participle_clause_head(verb)
        # "Fighting near X left 8 dead": a gerund subject happened when its verb did
        return verb.dep_ in {"advcl", "xcomp", "acl", "conj", "pcomp", "nsubj"} and head != verb \
            and head.pos_ in {"VERB", "AUX"} and is_past(head)
    if verb.tag_ == "VBP" and verb.lower_ in SAME_IN_PAST and not auxes and _dated(verb):
        # "assailants set fire to a school overnight": the past form is the present form
        return True
    return False


# verbs whose past tense is written like the present ("set", "hit", "cut")
SAME_IN_PAST = frozenset({"set", "hit", "cut", "put", "shut", "burst", "spread", "beat", "cast",
                          "shed", "upset", "let", "struck"})


def _dated(verb: Token) -> bool:
    """A past time in the verb's clause ("on Monday", "overnight", "last week")."""
    return any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"overnight", "yesterday"}
               for t in verb.subtree)


def _nobody(token: Token) -> bool:
    """"no one was hurt", "nobody was killed", "no civilians died"."""
    for c in token.children:
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            if c.lower_ in {"nobody", "none", "noone"} or any(
                    g.dep_ == "det" and g.lower_ == "no" for g in c.children) or (
                    c.lower_ == "one" and c.i > 0 and c.nbor(-1).lower_ == "no"):
                return True
    return False


def is_negated(token: Token) -> bool:
    if _nobody(token):
        return True
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "neg" for a in token.children if a.dep_ in {"aux", "auxpass"} for c in a.children
    )


HABITUAL_ADVERBS = frozenset({"repeatedly", "regularly", "frequently", "often", "routinely",
                              "usually", "sometimes", "occasionally", "constantly"})


def _since_clause(verb: Token) -> bool:
    """"a weekly ritual since demonstrations erupted in August 2023": when something
    ongoing began, told as background."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def is_habitual(verb: Token) -> bool:
    """"Schools that have been repeatedly targeted": a pattern over time, not one event."""
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children)


def is_hypothetical(token: Token) -> bool:
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


_UNREAL_NOUNS = frozenset({"threat", "plan", "call", "warning", "danger", "prospect", "talk",
                           "rumour", "rumor", "ban", "condemnation", "anniversary"})
_NOMINAL_LINKS = frozenset({"ROOT", "conj", "pobj", "prep", "nmod", "compound", "appos"})


def _in_nominal_headline(token: Token) -> bool:
    """The trigger hangs from the headline's root noun through nouns and prepositions only."""
    node = token
    for _ in range(8):
        if node.dep_ not in _NOMINAL_LINKS or node.pos_ in {"VERB", "AUX"} or (
                node is not token and node.lemma_.lower() in PLAN_WORDS | _UNREAL_NOUNS):
            return False  # "Fears of air strikes on X", "Threat of shelling": not yet
        if node.head == node:
            return True
        node = node.head
    return False


def governing_verb(token: Token) -> Token | None:
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
# "Ten years after ...", "marked the anniversary of the massacre ..., when militants
# executed ...": what follows is the remembered event
_ANNIVERSARY = re.compile(r"\b(?:\w+|\d+) (?:years?|decades?|months?) (?:after|since)\b|"
                          r"\banniversary of\b", re.I)


def denied_or_figurative(token: Token) -> bool:
    """"denied that its drones had struck", "an attack on the budget", "Ten years after ...",
    "the anniversary of the massacre, when ...", "survivors described how ...", "have long
    accused X of killing ..."."""
    for anc in list(token.ancestors)[:4]:
        if anc.lemma_ in lexicon.DENYING_VERBS | lexicon.NARRATING_VERBS:
            return True
        if anc.lemma_ == "accuse" and any(c.dep_ == "advmod" and c.lower_ in {"long", "repeatedly", "often"}
                                          for c in anc.children):
            return True  # "have long accused X of abducting and killing ...": a pattern alleged
    if token.lemma_.lower() in {"attack", "assault", "offensive", "fight", "battle"}:
        objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                   for g in c.children if g.dep_ == "pobj"]
        if any(o.lemma_.lower() in _ABSTRACT for o in objects):
            return True
    sentence = token.sent
    match = _ANNIVERSARY.search(sentence.text)
    return bool(match) and sentence.start_char + match.end() <= token.idx


def _indirect_question(token: Token) -> bool:
    """"(did not say) how many people had been killed", "whether the attack took place"."""
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children):
        return True
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return any(t.lower_ == "how" for s in subjects for t in s.subtree)


# verbs whose object weapons are held, found or traded, not used
_HOLDING_VERBS = frozenset({"seize", "recover", "find", "confiscate", "discover", "capture", "defuse",
                            "dismantle", "hand", "surrender", "possess", "store", "stockpile",
                            "smuggle", "buy", "sell", "supply", "deliver", "ship", "display", "unearth",
                            "collect", "hide", "keep", "manufacture", "make", "produce", "acquire"})


# verbs whose object event is allowed, planned or stopped, not told as happening
_PERMITTING_VERBS = frozenset({"approve", "authorise", "authorize", "permit", "allow", "ban", "cancel",
                               "postpone", "announce", "plan", "schedule", "forbid", "prohibit",
                               "call", "organise", "organize", "advertise", "promise"})


def _object_of(noun: Token, verb: Token) -> bool:
    """The noun is the verb's object, or one of a list of objects ("vests, grenades and a rifle")."""
    node = noun
    while node.dep_ == "conj" and node.head != verb:
        node = node.head
    return node.head == verb and node.dep_ in {"dobj", "obj", "nsubjpass"}


def _for_years(verb: Token) -> bool:
    """"where it has fought the PKK for years": a state of affairs, not an event."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.lower_ in {"years", "decades", "months", "weeks", "generations"} for g in c.children)
        for c in verb.children)  # not "for the 28th consecutive week": that week's is news


def is_factual(trigger: Span) -> bool:
    token = trigger.root
    if _indirect_question(token) or figurative_use(token, trigger.label_):
        return False
    if denied_or_figurative(token):
        return False
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or (
            is_headline(token.doc) and token.dep_ == "ROOT"):
        if token.dep_ in {"amod", "compound"} and trigger.label_ == "loot":
            return False  # "burnt-out stalls", "destroyed houses": a state seen, not an act
        if token.dep_ == "amod" and token.tag_ == "VBN":  # "the executed prisoners"
            # "visited wounded soldiers": a state the people are in, not news of an attack
            return token.lemma_.lower() not in {"wound", "injure", "hurt"}
        return is_past(token) and not is_negated(token) and not is_hypothetical(token) \
            and not is_habitual(token) and not _since_clause(token) and not _for_years(token)
    # A noun trigger counts when a factual past verb governs it ("killed in an air
    # strike", "an explosion ripped through") and nothing marks it as future.
    if any(c.lower_ in FUTURE_ADJ | GENERIC_ADJ for c in token.children):
        return False
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        token = token.head  # "fired tear gas shells": the phrase's head is the object
    verb = governing_verb(token)
    if verb is not None and trigger.label_ in lexicon.WEAPON_REFINEMENT and \
            verb.lemma_.lower() in _HOLDING_VERBS and _object_of(token, verb):
        return False  # "seized two suicide vests and hand grenades": weapons held, none used
    if verb is not None and verb.lemma_.lower() in _PERMITTING_VERBS and _object_of(token, verb):
        return False  # "police said they had approved the rally": allowed, not yet held
    if verb is None:
        # a verbless headline ("Aerial bombardment on X and raids on Y", "Casualties in
        # airstrikes on X") reports what happened
        return is_headline(token.doc) and _in_nominal_headline(token)
    direct = token.head == verb and token.dep_ in {"nsubj", "nsubjpass", "dobj"}
    via_prep = token.dep_ == "pobj" and token.head.head == verb and token.head.lower_ in {
        "in", "during", "by", "with", "after", "from", "under", "on"}
    if not (direct or via_prep):
        return False
    # "staff had confirmed 17 bodies": a count of the dead, not a report of one
    counted = token.lower_ == "bodies" and verb.lemma_.lower() in lexicon.BODY_FINDING_VERBS
    if verb.lemma_ in lexicon.REPORTING_VERBS and not counted or _since_clause(verb):
        return False
    return is_past(verb) and not is_negated(verb) and not is_hypothetical(verb) and not is_hypothetical(token)
