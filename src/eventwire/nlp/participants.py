"""Who takes part in an event mention: agent, patient and their phrases, read off the parse.

Participants are plain records (``Participant``): the phrase, its head lemma, the entity
inside it, and the count of people it names ("at least 12 villagers", "a chief and his
two sons").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import Entity, Participant, TextSpan
from eventwire.nlp.factuality import acronym_subject, governing_verb, participle_clause_head
from eventwire.nlp.text import text_span

# people who saw or heard, never the actors of what they tell ("They shot anyone," a resident said)
WITNESS_WORDS = frozenset({"resident", "witness", "villager", "survivor", "relative", "neighbour",
                           "neighbor", "eyewitness", "farmer", "trader", "student", "passenger"})
# the weapon or means named as the subject ("an air strike killed ..."), not the actor
MEANS_WORDS = frozenset({"strike", "airstrike", "bomb", "blast", "explosion", "shell", "shelling",
                         "missile", "rocket", "attack", "drone", "raid", "bombardment", "fire"})


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
    return text_span(doc, start_tok.idx, right.idx + len(right.text))


def _speaks(noun: Token) -> bool:
    """"..., a resident and an opposition group said": the conjunct begins the attribution."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    for conj in noun.conjuncts:
        if conj.i > noun.i:
            after = max(after, conj.right_edge.i + 1)
    return after < len(doc) and doc[after].lemma_.lower() in lexicon.REPORTING_VERBS


def _counted(noun: Token) -> bool:
    """"five civilians", and "three of his bodyguards" (a number with an "of" phrase)."""
    if noun.like_num and noun.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True
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


def read_participant(token: Token | None, doc: Doc, *, lethal_verb: bool = False) -> Participant | None:
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
    if token is not head and (token.like_num or token.lower_ in {"dozens", "scores", "hundreds", "dozen", "score"}):
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
                                                       "over", "up", "to", "around", "almost", "some", "a",
                                                       "half"}:
            start -= 1
        last = num
        while last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and doc[last.i + 2].like_num:
            last = doc[last.i + 2]  # "Twenty-three", split by the tokenizer at the hyphen
        while last.i + 1 < len(doc) and doc[last.i + 1].lower_ in {"dozen", "hundred", "thousand"}:
            last = doc[last.i + 1]  # "two dozen civilians": the count is "two dozen"
        count = text_span(doc, doc[start].idx, last.idx + len(last.text))
        # "three soldiers and five civilians": the toll runs to the last counted conjunct
        for conj in head.conjuncts:
            if conj.i > head.i and (_counted(conj) or _one_person(conj) or conj.lower_ in {"himself", "herself"}):
                count = text_span(doc, doc[start].idx, conj.idx + len(conj.text))
        break
    if count is None and lethal_verb and head.lower_ in {"him", "her"}:
        count = text_span(doc, head.idx, head.idx + len(head.text))  # "..., killing him": one
    if count is None and head.tag_ in {"NN", "NNP"} and (
            head.ent_type_ == "PERSON" or head.lemma_.lower() in lexicon.CIVILIAN_WORDS | lexicon.COMBATANT_WORDS
            or lethal_verb):
        # "shot dead a local councillor": one person
        det = next((c for c in head.children if c.dep_ == "det" and c.lower_ in {"a", "an", "the", "one"}), None)
        if det is not None or head.ent_type_ == "PERSON":
            anchor = det or head
            count = text_span(doc, anchor.idx, anchor.idx + len(anchor.text))
            # "a mayoral candidate and his aide": each conjunct named one by one is one more
            last = max((c for c in head.conjuncts if c.i > head.i and (_counted(c) or _one_person(c))),
                       key=lambda c: c.i, default=None)
            if last is not None:
                count = text_span(doc, anchor.idx, last.idx + len(last.text))
    lemma = _kind_of(head)
    if head is not token and head.lower_ == "them":
        # "killed 12 of them" after "pursuing the assailants": the people just named, never
        # the killers themselves ("Gunmen ordered travellers off and shot dead nine of them")
        doers = {t.i for t in doc[head.sent.start:token.i]
                 if t.dep_ == "nsubj" and any(t.head == a for a in token.ancestors)}
        before = [t for t in doc[head.sent.start:token.i] if t.i not in doers and t.lemma_.lower()
                  in lexicon.COMBATANT_WORDS | lexicon.CIVILIAN_WORDS]
        lemma = before[-1].lemma_.lower() if before else lemma
    return Participant(
        span=span, head=lemma, entity=entity,
        pronoun=token.pos_ == "PRON", count=count,
    )


def _kind_of(head: Token) -> str:
    """The head noun's lemma, or what the people it names are when the noun is a membership
    word: "service members" and "military personnel" are the state's forces, "members of the
    auxiliary force" and "gang members" what they belong to, "security services" a force, "an
    army bomb disposal team" the army."""
    lemma = head.lemma_.lower()
    modifiers = [c for c in head.children if c.dep_ in {"compound", "amod"}]
    if lemma in {"member", "personnel"} and any(c.lower_ in _UNIFORMED for c in modifiers):
        return "servicemember"
    if lemma == "member":
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        kind = next((c for c in head.children if c.dep_ == "compound"), None)
        for word in (group, kind):
            if word is not None and word.lemma_.lower() in lexicon.COMBATANT_WORDS | _ARMED_BODIES.keys():
                return _ARMED_BODIES.get(word.lemma_.lower(), word.lemma_.lower())
    if lemma == "service" and any(c.lower_ in {"security", "intelligence"} for c in modifiers):
        return "force"
    if lemma in _SQUADS:
        return next((c.lemma_.lower() for c in head.subtree if c.i < head.i
                     and c.dep_ in {"compound", "amod"} and c.lower_ in {"army", "police", "military"}), lemma)
    return lemma


# armed bodies whose members fight back, and the word for one of their members
_ARMED_BODIES = {"militia": "militiaman", "auxiliary": "militiaman", "gang": "gang", "cartel": "gang"}
_SQUADS = frozenset({"team", "unit", "squad", "patrol", "detachment"})
_UNIFORMED = frozenset({"service", "military", "security", "army", "police"})
_BELIEF_VERBS = frozenset({"believe", "suspect", "think", "presume", "understand"})


def _speaker_for(agent: Token | None, verb: Token) -> Token | None:
    """"The army said it had killed ...", "X said its forces had struck ...": the speaker,
    when the agent is its pronoun or its own forces."""
    speaker_owned = agent is not None and any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                              for c in agent.children)
    if agent is not None and (agent.pos_ == "PRON" and agent.lower_ in {"it", "they"} or speaker_owned) \
            and verb.dep_ == "ccomp" and verb.head.lemma_ in lexicon.REPORTING_VERBS:
        said = verb.head
        speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if speaker is None and said.dep_ in {"advcl", "xcomp"}:
            # "X claimed the attack, saying it had targeted ...": who says it is X
            speaker = next((c for c in said.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ != "PRON" and speaker.lemma_.lower() not in WITNESS_WORDS:
            return speaker
    return agent


def _among_them(first: Token, second: Token) -> bool:
    """"nine people, among them a ward head": the second object names some of the first."""
    between = first.doc[first.i + 1:second.i]
    return any(t.lower_ in {"among", "including"} for t in between)


def roles(token: Token) -> tuple[Token | None, Token | None, bool]:
    """Agent and patient of a verb trigger; passive when the patient is the subject."""
    agent = patient = None
    passive = False
    acronym = acronym_subject(token)
    if acronym is not None:
        agent = acronym
    for child in token.children:
        if child.dep_ in {"nsubj"}:
            agent = child
        elif child.dep_ == "nsubjpass" and not (passive and child.lemma_.lower() in {"most", "many", "some", "all"}):
            # (not the second of "Nearly 20 people, most of them soldiers, were killed")
            patient, passive = child, True
        elif child.dep_ in {"dobj", "obj"} and not (patient is not None and patient.dep_ in {"dobj", "obj"}
                                                    and _among_them(patient, child)):
            # (not the second of "killed nine people, among them a ward head")
            patient = child
        elif child.dep_ == "agent":
            # "killed by Russian shelling": the parser makes the means a gerund complement
            objs = [c for c in child.children if c.dep_ == "pobj" or c.dep_ == "pcomp"
                    and c.lemma_.lower() in MEANS_WORDS | {"shell", "bomb"}]
            if objs and (objs[0].pos_ in {"PROPN", "NOUN", "PRON"} and objs[0].tag_ != "VBG"
                         or objs[0].dep_ == "pcomp"):
                agent = objs[0]
    if agent is None and token.tag_ == "VBD" and not any(c.dep_ in {"nsubj", "nsubjpass", "csubj"}
                                                         for c in token.children):
        agent = _apposed_subject(token)
    if agent is None:
        # "its fighter jets had on Sunday struck ...": the parser hangs the subject on "had"
        agent = next((g for c in token.children if c.dep_ == "aux" for g in c.children
                      if g.dep_ == "nsubj"), None)
    if agent is None:
        # "soldiers pursuing the assailants had killed 12 of them": a parse that makes the
        # subject's participle phrase a clausal subject
        clausal = next((c for c in token.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
        agent = next((c for c in clausal.children if c.dep_ == "nsubj"), None) if clausal is not None else None
    if patient is None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"with", "against", "on"}:
                patient = next((c for c in child.children if c.dep_ == "pobj"), None)
                if patient is not None:
                    break
    agent = _speaker_for(agent, token)
    if agent is not None and agent.lemma_.lower() in MEANS_WORDS:
        # "a drone strike carried out by Mali's army killed ...": the force that carried it out
        for acl in (c for c in agent.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            by = next((c for c in acl.children if c.dep_ == "agent"), None)
            if by is None:
                by = _held_by(acl)
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
    if agent is None and token.tag_ == "VBG":
        # "Fighting between X and Y left 9 dead": the first side acts, the second is fought
        between = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        agent, second = _sides(between)
        patient = patient if patient is not None else second
    if token.dep_ == "amod":  # "the executed plotters"
        patient = token.head
    if token.dep_ in {"acl", "relcl"} and token.tag_ == "VBN" and patient is None:
        patient = token.head
    if agent is None and token.dep_ == "ccomp" and token.head.lemma_.lower() in _BELIEF_VERBS \
            and any(c.dep_ == "xcomp" for c in token.head.children):
        # "Gunmen believed to be separatists kidnapped a teacher": a reduced relative the
        # parser read as "Gunmen believed (that) ... kidnapped"
        agent = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    clause = participle_clause_head(token) if token.tag_ == "VBG" else token.head
    if agent is None and token.dep_ in {"conj", "xcomp", "advcl"} and clause.pos_ in {"VERB", "AUX"}:
        head_agent, _, head_passive = roles(clause)
        if not head_passive and token.dep_ != "advcl" or token.tag_ == "VBG":
            agent = head_agent
    return agent, patient, passive


def _held_by(fired: Token) -> Token | None:
    """"a shell fired from positions held by the RSF": the by-phrase of whoever holds the
    place it was fired from."""
    for prep in (c for c in fired.children if c.dep_ == "prep" and c.lower_ == "from"):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            for held in (a for a in place.children if a.dep_ == "acl" and a.lemma_.lower() in
                         {"hold", "control", "occupy"}):
                by = next((c for c in held.children if c.dep_ == "agent"), None)
                if by is not None:
                    return by
    return None


def _apposed_subject(verb: Token) -> Token | None:
    """"In the district of X, a mob armed with sticks attacked ...": the parser hung the
    subject on the place as an apposition; the noun phrase that ends just before the verb."""
    if verb.i == 0:
        return None
    node = verb.doc[verb.i - 1]
    while node.dep_ != "appos" and node.head.i < verb.i and node.head != node \
            and node.head.right_edge.i == verb.i - 1:
        node = node.head
    return node if node.dep_ == "appos" and node.pos_ in {"NOUN", "PROPN"} else None


def noun_roles(token: Token) -> tuple[Token | None, Token | None]:
    agent = patient = None
    for child in token.children:
        if child.dep_ in {"poss", "compound", "amod"} and (child.ent_type_ in {"ORG", "NORP"}):
            agent = child
        if child.dep_ == "prep" and child.lower_ == "between":  # "clashes between X and Y"
            first, second = _sides(child)
            agent, patient = first or agent, second or patient
        if child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            patient = child
        if child.dep_ == "prep" and child.lower_ == "by":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            agent = objs[0] if objs else agent
    if agent is None and token.dep_ == "nsubj" and token.head.lemma_.lower() in _BREAKING_OUT:
        # "fighting broke out on Monday morning between X and Y" (parsed onto the date)
        between = next((t for t in token.head.subtree if t.dep_ == "prep" and t.lower_ == "between"
                        and t.i > token.head.i), None)
        first, second = _sides(between)
        agent, patient = first, second or patient
    if agent is None and _killed_in(token):
        # "26 militants were killed in a gunfight with security forces": who they fought killed them
        agent = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj"), None)
    verb = governing_verb(token)
    if verb is not None and agent is None and verb.lemma_ in {"carry", "launch", "conduct", "stage", "mount", "claim",
                                                              "drop", "fire", "hurl", "throw", "lob", "toss",
                                                              "plant", "detonate"}:
        agent = _speaker_for(next((c for c in verb.children if c.dep_ == "nsubj"), None), verb)
        if agent is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            # "the attackers arrived in trucks and fired rockets": the first verb's subject
            agent = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return agent, patient


def _killed_in(token: Token) -> bool:
    """A fight noun that is where someone was killed or died ("killed in a clash with ...")."""
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ in {"in", "during"} and prep.head.pos_ == "VERB"
            and lexicon.VERB_CUES.get(prep.head.lemma_.lower()) == "kill"
            and lexicon.NOUN_CUES.get(token.lemma_.lower()) == "clash")


def _sides(between: Token | None) -> tuple[Token | None, Token | None]:
    """The two sides a "between X and Y" phrase names (either may be None)."""
    first = next((c for c in between.children if c.dep_ == "pobj"), None) if between is not None else None
    second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
    return first, second


# verbs of fighting starting or going on, whose sides a "between" phrase names
_BREAKING_OUT = frozenset({"break", "erupt", "flare", "rage", "continue", "resume", "intensify"})


def object_kind(trigger: Token, patient: Token | None, sentence: Span) -> str | None:
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


