"""Source and target actors of a PLOVER event, read from the spaCy parse.

PLOVER's actor fields name political actors -- states, governments, groups, people --
not the things an event acts on. The source is who does the event and the target who
it is done to, aimed at, or meant for (CAMEO's convention). So the target is not simply
the object of the event verb:

* a thing object is looked through for the actor inside it: "demanded the removal of
  President X", "rejected calls by X", "a blockade on Palestinian lorries", "the
  Russian government's refusal", "crimes committed by X", "lines leading into X";
* a recipient beats what is given ("gave X a grant", "handed over suspects to X");
  what an actor moves or withdraws is its own ("withdrew its troops from X");
* "X with Y" (talks, ties, a protest with), "against Y", "on Y" and the like name
  the counterpart; a place ("curfew in X", "demonstrated in X") comes last;
* "demanded that X ...", "X must ..." (reported: the reporter is the source), "urged
  X to ...": the one told to act is the target; "threatened / offered / refused to V
  ..." take the target of V;
* a passive's subject is the target and its by-agent the source.

The source is the subject of the event clause, looked for up through control and
reported clauses; a pronoun subject ("Hungary said it would ...") is the nearest
named subject above it, "a group / thousands of X" is X, a relative "who" its noun.
Phrases keep the actor's whole noun phrase: compounds, conjuncts ("the US and
Britain"), appositions and "of" phrases ("the government of X", "inspectors of the
IAEA"), but not relative clauses or other prepositional phrases.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp import lexicon
from eventwire.nlp import plover_lexicon as lx

_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY",
                             "ORDINAL"})
_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_THING_ENTS = frozenset({"FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# "a group of X", "thousands of X", "the first deployment of X": the actor is X.
COLLECTIVE = frozenset({
    "group", "thousand", "thousands", "ten", "tens", "hundred", "hundreds", "dozen",
    "dozens", "score", "scores", "million", "millions", "number", "crowd", "band", "batch",
    "patch", "contingent", "deployment", "team", "handful", "majority", "some", "many",
    "several", "most", "all", "delegation", "party", "unit", "column", "convoy",
})
# Nouns that name political actors (besides named entities).
ACTOR_NOUNS = (lexicon.CIVILIAN_WORDS | lexicon.PERSON_ROLE_WORDS | lexicon.COMBATANT_WORDS
               | lexicon.FORMATION_WORDS | lx.FORCES | lx.ATTACKERS | lx.PROTESTERS
               | frozenset({
                   "government", "authority", "regime", "administration", "ministry",
                   "minister", "president", "premier", "king", "queen", "emir", "sheikh",
                   "prince", "monarch", "parliament", "congress", "senate", "court",
                   "committee", "commission", "agency", "cabinet", "state", "country",
                   "nation", "neighbor", "neighbour", "ally", "partner", "population",
                   "opposition", "junta", "leadership", "military", "guerrilla",
                   "militiaman", "separatist", "extremist", "fundamentalist", "islamist",
                   "kidnapper", "adviser", "advisor", "national", "citizen", "expatriate",
                   "alien", "immigrant", "migrant", "settler", "tribe", "clan",
                   "community", "representative", "secretary", "chancellor", "legislature",
                   "assembly", "federation", "league", "bloc", "front", "navy",
                   "peacekeeper", "inspector", "monitor", "observer", "ambassador",
                   "envoy", "diplomat", "personnel", "staff", "mediator", "negotiator",
                   "delegate", "authorities", "rebels", "dissident",
                   "opponent", "supporter", "follower", "loyalist", "ruler", "dictator",
                   "warlord", "general", "colonel", "captain", "commander", "spokesperson",
                   "bank", "company", "firm", "newspaper", "union", "council",
               }))
# What a sender moves or withdraws is its own; the target is where from or to.
_MOVING = lx.MOTION | lx.DISPATCH | frozenset({
    "withdraw", "pull", "evacuate", "deploy", "mobilize", "mobilise", "bring", "remove",
    "mass", "redeploy", "recall", "relocate",
})
_OWN_ASSETS = lx.FORCES | lx.INVOLVEMENT | frozenset({
    "force", "people", "national", "citizen", "reservist", "contingent", "official",
})
# Verbs of giving: the recipient (dative, "to X") is the target, not the gift.
_GIVING = frozenset({
    "give", "hand", "provide", "offer", "send", "deliver", "supply", "grant", "extend",
    "transfer", "donate", "pledge", "sell", "ship", "return", "share", "pass", "lend",
    "allocate", "airlift", "distribute",
})
# Control verbs that tell someone to act: their object is the target ("urged X to").
_TELLING = frozenset({"demand", "urge", "ask", "call", "appeal", "order", "press", "request",
                      "encourage", "tell", "pressure", "pressurize", "warn", "invite"})
# Prepositions in the order their objects are taken as targets; places come last.
_COUNTERPART_PREPS = ("by", "from", "with", "against", "to", "toward", "towards", "on",
                      "upon", "between", "among", "for", "into", "of", "over", "at")
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "throughout", "across",
                          "within", "around"})
_PHRASE_DROP = frozenset({"relcl", "acl", "advcl", "punct", "prep", "cc", "advmod",
                          "npadvmod"})
_OBLIGE = frozenset({"must", "should", "ought"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"}


def actor_phrase(token: Token | None) -> str | None:
    """The actor's noun phrase: modifiers, conjuncts, appositions and "of" phrases."""
    if token is None:
        return None
    keep: list[Token] = []

    def walk(tok: Token) -> None:
        keep.append(tok)
        for child in tok.children:
            if child.dep_ == "prep" and _lemma(child) == "of" and child.i > tok.i:
                walk(child)
            elif child.dep_ == "cc" and child.i > token.i:
                keep.append(child)
            elif child.dep_ == "punct" and child.i > token.i and child.text in {"(", ")"}:
                continue
            elif child.dep_ == "conj" and _is_verb(child):
                continue
            elif child.dep_ == "npadvmod" and child.i < tok.i and child.ent_type_ == "":
                walk(child)
            elif child.dep_ not in _PHRASE_DROP:
                walk(child)

    walk(token)
    kept = {t.i for t in keep}
    doc = token.doc
    lo, hi = min(kept), max(kept)
    # Punctuation inside the phrase stays ("war-torn", "Pakistan, a key ally").
    for i in range(lo, hi + 1):
        if doc[i].is_punct and not doc[i].is_bracket and i - 1 in kept and (
                i + 1 in kept or doc[i + 1].is_punct):
            kept.add(i)
    kept = {i for i in kept if not doc[i].is_bracket}
    words = [doc[i] for i in sorted(kept)]
    while words and (words[-1].is_punct or words[-1].dep_ in {"cc", "case"}):
        words.pop()
    while words and words[0].is_punct:
        words.pop(0)
    # A token keeps its own spacing, and a gap where words were left out is a space.
    text = "".join(t.text + (t.whitespace_ or (" " if n is not None and n.i != t.i + 1 else ""))
                   for t, n in zip(words, [*words[1:], None]))
    return text.strip() or None


def _has_entity(token: Token, kinds: frozenset[str]) -> bool:
    return token.ent_type_ in kinds


def is_actor(token: Token) -> bool:
    """Whether a noun names a political actor: a named state, group or person, or an
    actor noun ("government", "rebels", "refugees")."""
    if token.ent_type_ in _NOT_ACTOR_ENTS | _THING_ENTS or token.pos_ == "PRON":
        # A pronoun names no one by itself; bridges, laws and weapons are things.
        return False
    if token.pos_ == "PROPN" or _has_entity(token, _ACTOR_ENTS):
        return True
    return _lemma(token) in ACTOR_NOUNS or token.lower_ in ACTOR_NOUNS


def _names_actor(token: Token) -> Token | None:
    """A modifier that names an actor: "Palestinian lorries", "Albanian rebel-held X"."""
    for child in token.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.i < token.i and _has_entity(
                child, _ACTOR_ENTS):
            return child
    return None


def _pobjs(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of the token's prepositions, in the order ``preps`` ranks them."""
    found = [(c, p) for c in token.children if c.dep_ in {"prep", "agent"}
             and _lemma(c) in preps and _lemma(c) not in lx.BACKGROUND_PREPS
             for p in c.children if p.dep_ in {"pobj", "pcomp"}]
    order = list(preps)
    return [p for c, p in sorted(found, key=lambda cp: (order.index(_lemma(cp[0]))
                                                        if _lemma(cp[0]) in order else 99,
                                                        cp[1].i))]


def _actor_in(token: Token, *, depth: int = 0, place: bool = True) -> Token | None:
    """The actor a noun names or contains: itself, its possessor, its "by/of/with/to"
    objects, a clause on it ("crimes committed by X"), an actor modifier, a place."""
    if _lemma(token) in COLLECTIVE and (inner := _pobjs(token, ("of",))):
        # "thousands of refugees" (a CARDINAL to the tagger): the phrase is the actor.
        if (found := _actor_in(inner[0], depth=depth + 1, place=place)) is not None:
            return token if found == inner[0] else found
    if token.ent_type_ in _NOT_ACTOR_ENTS or token.dep_ == "npadvmod":
        return None
    if is_actor(token) or any(c.dep_ == "appos" and (is_actor(c) or (
            c.pos_ == "PROPN" and c.ent_type_ != "FAC")) for c in token.children):
        # "the weekly magazine Tempo": a name in apposition names the actor (the tagger
        # often calls a paper's name a work of art).
        return token
    if depth > 3:
        return None
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" and is_actor(child):
            return child
    for pobj in _pobjs(token, _COUNTERPART_PREPS):
        if (found := _actor_in(pobj, depth=depth + 1, place=place)) is not None:
            return found
    for clause in (c for c in token.children if c.dep_ in {"acl", "relcl"} and _is_verb(c)):
        agent = [p for c in clause.children if c.dep_ == "agent" for p in c.children
                 if p.dep_ == "pobj"]
        for pobj in agent + _pobjs(clause, _COUNTERPART_PREPS) + _pobjs(clause, _PLACE_PREPS):
            if (found := _actor_in(pobj, depth=depth + 1, place=place)) is not None:
                return found
    if (modifier := _names_actor(token)) is not None:
        return modifier
    if place:
        for pobj in _pobjs(token, _PLACE_PREPS):
            if (found := _actor_in(pobj, depth=depth + 1)) is not None:
                return found
    return None


def _reported_subject(verb: Token) -> Token | None:
    """The subject of the clause that reports ``verb`` ("Russia said that X must ...")."""
    for node in verb.ancestors:
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in _SUBJECT_PRONOUNS:
            return subject
    return None


def _resolve(subject: Token) -> Token:
    """A subject as the actor it names: pronouns, relatives, "a group of X"."""
    if subject.lower_ in _SUBJECT_PRONOUNS:
        for node in subject.head.ancestors:
            named = next((c for c in node.children if c.dep_ == "nsubj"
                          and c.lower_ not in _SUBJECT_PRONOUNS), None)
            if named is not None:
                return _resolve(named)
        return subject
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        return subject.head.head
    if _lemma(subject) in COLLECTIVE and subject.ent_type_ not in _ACTOR_ENTS:
        inner = _pobjs(subject, ("of",))
        if inner and inner[0].ent_type_ not in _NOT_ACTOR_ENTS:
            return _resolve(inner[0])
    return subject


def _clause_verb(token: Token) -> Token:
    """The verb a non-verbal event word hangs from ("is willing", "held talks")."""
    node = token
    while not _is_verb(node) and node.head != node:
        node = node.head
    return node


def _obliged_here(verb: Token) -> bool:
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _OBLIGE for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and _lemma(verb.head) in {"have", "need"}


def obliged_clause(verb: Token) -> Token | None:
    """The clause that says its subject must act ("X must V to W"), from V or W up."""
    node = verb
    for _ in range(4):
        if _obliged_here(node):
            return node.head if node.dep_ == "xcomp" and not any(
                c.dep_ == "nsubj" for c in node.children) and _lemma(node.head) in {
                "have", "need"} else node
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head == node:
            return None
        node = node.head
    return None


def find_source(verb: Token, word: Token, *, kind: str) -> Token | None:
    """The source: the subject of the clause, a passive's by-agent, or who an event noun
    names as its doer ("Palestinian riots", "a bombing by X")."""
    found = _source(verb, kind=kind)
    if found is not None and not is_actor(found) and (
            found == word or _lemma(found) in lx.PLOVER_NOUNS):
        for child in found.children:
            if child.dep_ == "poss" and is_actor(child):
                return child
        if (modifier := _names_actor(found)) is not None:
            return modifier
        agent = _pobjs(found, ("by",))
        if agent and is_actor(agent[0]):
            return agent[0]
    return found


def _source(verb: Token, *, kind: str) -> Token | None:
    verb = _clause_verb(verb)
    if kind == "DEMAND" and (must := obliged_clause(verb)) is not None:
        if (reporter := _reported_subject(must)) is not None:
            return _resolve(reporter)
    node: Token | None = verb
    while node is not None:
        agent = [p for c in node.children if c.dep_ == "agent" for p in c.children
                 if p.dep_ == "pobj"]
        if agent:
            return _resolve(agent[0])
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _resolve(subject)
        if node.dep_ in {"xcomp", "conj", "ccomp", "advcl", "pcomp"}:
            node = node.head
        elif node.dep_ == "acl" and node.head.head != node.head:
            node = _clause_verb(node.head.head)
        elif node.dep_ == "pcomp" or node.head.dep_ == "prep":
            node = _clause_verb(node.head)
        else:
            node = None
    return None


def _own(token: Token) -> bool:
    return _lemma(token) in _OWN_ASSETS or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def _verb_target(verb: Token, *, skip: Token | None, depth: int = 0) -> Token | None:
    """The target a verb's own arguments name (see the module docstring)."""
    if depth > 4:
        return None
    lemma = _lemma(verb)
    children = list(verb.children)
    # "demanded that X ...": the one told to act.
    clause = next((c for c in children if c.dep_ == "ccomp"), None)
    speech_act = skip is not None and _lemma(skip) in lx.DEMAND_NOUNS | {"demand", "call"}
    if clause is not None and (speech_act or lemma not in lx.REPORTING
                               | lexicon.REPORTING_VERBS):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and (found := _actor_in(_resolve(subject))) is not None:
            return found
    recipients = [c for c in children if c.dep_ == "dative" and c.pos_ != "ADP"]
    recipients += [p for c in children if c.dep_ == "dative" and c.pos_ == "ADP"
                   for p in c.children if p.dep_ == "pobj"]
    if lemma in _GIVING:
        recipients += _pobjs(verb, ("to", "with"))
    for noun in recipients:
        if (found := _actor_in(noun)) is not None:
            return found
    objects = [c for c in children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}
               and (skip is None or c != skip)]
    # "kidnapped up to 16 advisers": a particle's preposition holds the object.
    objects += [p for c in children if c.dep_ == "prt" for q in c.children
                if q.dep_ == "prep" for p in q.children if p.dep_ == "pobj"]
    moving = lemma in _MOVING
    for noun in objects:
        if moving and _own(noun):
            # "withdraw its troops from X", "deploy peacekeepers in X": where, not what.
            for pobj in _pobjs(noun, _COUNTERPART_PREPS) + _pobjs(noun, _PLACE_PREPS):
                if (found := _actor_in(pobj)) is not None:
                    return found
            continue
        if (found := _actor_in(noun, place=False)) is not None:
            return found
    for pobj in _pobjs(verb, _COUNTERPART_PREPS):
        if (found := _actor_in(pobj, place=False)) is not None:
            return found
    for child in children:
        # "to demand X", "calling for X": what the act is for names its target.
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) or (
            child.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "mark"} for c in child.children))
        if child.dep_ in {"advcl", "xcomp"} and purpose:
            if (found := _verb_target(child, skip=None, depth=depth + 1)) is not None:
                return found
    for noun in objects + _pobjs(verb, _PLACE_PREPS):
        if moving and _own(noun):
            continue
        if (found := _actor_in(noun)) is not None:
            return found
    if depth == 0:
        # "established ties with and opened an embassy in X": a conjoined verb.
        for child in children:
            if child.dep_ == "conj" and _is_verb(child) and not any(
                    c.dep_ == "nsubj" for c in child.children):
                if (found := _verb_target(child, skip=None, depth=depth + 1)) is not None:
                    return found
    return None


def _complement(token: Token) -> Token | None:
    xcomps = [c for c in token.children if c.dep_ == "xcomp"]
    if xcomps:
        # "re-open" can parse as three xcomps: the one with the arguments.
        return max(xcomps, key=lambda c: (len(list(c.subtree)), c.i))
    for child in token.children:
        if child.dep_ == "prep" and _lemma(child) == "to":
            return next((c for c in child.children if c.dep_ == "pcomp"), None)
    return None


def find_target(verb: Token, word: Token, *, kind: str, controlled: bool,
                source: Token | None) -> Token | None:
    """The target of the event whose type was read from ``word`` on ``verb``."""
    clause = _clause_verb(verb)
    banned: set[Token] = set()
    if source is not None:
        banned = {source} if word in source.subtree else set(source.subtree)

    def ok(found: Token | None) -> Token | None:
        return found if found is not None and found not in banned else None

    must = obliged_clause(clause) if kind == "DEMAND" else None
    if must is not None:
        subject = next((c for c in must.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and (found := ok(_actor_in(_resolve(subject)))) is not None:
            return found
    if controlled and (complement := _complement(word)) is not None:
        if _lemma(word) in _TELLING:
            for noun in [c for c in word.children if c.dep_ in {"dobj", "dative"}] + \
                    _pobjs(word, ("on", "upon")):
                if (found := ok(_actor_in(noun))) is not None:
                    return found
        found = ok(_verb_target(_inner(complement), skip=None))
        if found is None and _is_verb(word):
            found = ok(_verb_target(word, skip=complement))
        return found
    if word != verb or not _is_verb(word):
        # An event noun: what it names inside ("suspension of links with X"), then the verb.
        inner = None
        if _is_verb(clause):
            for noun in [c for c in clause.children if c.dep_ in {"dobj", "dative"}
                         and c != word]:
                if (inner := ok(_actor_in(noun, place=False))) is not None:
                    return inner
        if word.ent_type_ not in _NOT_ACTOR_ENTS:
            clauses = [c for c in word.children if c.dep_ in {"acl", "ccomp", "relcl"}]
            for noun in _pobjs(word, _COUNTERPART_PREPS):
                if (inner := ok(_actor_in(noun, place=False))) is not None:
                    return inner
            for sub in clauses:
                subject = next((c for c in sub.children if c.dep_ == "nsubj"), None)
                if subject is not None and (inner := ok(_actor_in(_resolve(subject)))):
                    return inner
        if _is_verb(clause) and (found := ok(_verb_target(clause, skip=word))) is not None:
            return found
        for noun in _pobjs(word, _PLACE_PREPS):
            if (found := ok(_actor_in(noun))) is not None:
                return found
        return None
    found = ok(_verb_target(verb, skip=None))
    node = verb
    while found is None and node.dep_ in {"xcomp", "advcl", "conj"} and node.head != node:
        node = node.head
        found = ok(_verb_target(node, skip=None))
    return found


def _inner(complement: Token) -> Token:
    """Through pass-through verbs to the event: "resume shelling X" is "shelling X"."""
    node = complement
    for _ in range(4):
        if _lemma(node) not in lx.PASS_THROUGH:
            break
        nxt = _complement(node)
        if nxt is None:
            break
        node = nxt
    return node


def event_actors(verb: Token, word: Token, *, kind: str,
                 controlled: bool = False) -> tuple[str | None, str | None]:
    """Source and target phrases of the event read from ``word`` on ``verb``."""
    source = find_source(verb, word, kind=kind)
    target = find_target(verb, word, kind=kind, controlled=controlled, source=source)
    return actor_phrase(source), actor_phrase(target)
