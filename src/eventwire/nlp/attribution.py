"""Who says it: reported-speech cues and the sources they name, read from a parsed Doc.

Finds "X said", "said X", "X told ...", "according to X (and Y)", and the sources that
could not confirm or that deny ("was unable to confirm", "denied"). Each source gets a
kind (resident, official, military, expert, ...), whether it is named, and a count
where one is stated ("five residents").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import SourceMention, TextSpan
from eventwire.nlp.text import doc_text

KIND_WORDS: dict[str, str] = {
    "resident": "resident", "villager": "resident", "local": "resident", "inhabitant": "resident",
    "witness": "witness", "eyewitness": "witness", "survivor": "witness", "relative": "witness",
    "expert": "expert", "analyst": "expert", "researcher": "expert", "academic": "expert",
    "professor": "expert", "specialist": "expert", "scholar": "expert",
    "colonel": "military", "general": "military", "commander": "military", "army": "military",
    "military": "military", "soldier": "military", "major": "military", "captain": "military",
    "lieutenant": "military", "brigadier": "military", "troop": "military",
    "official": "official", "minister": "official", "ministry": "official", "governor": "official",
    "spokesman": "official", "spokeswoman": "official", "spokesperson": "official",
    "mayor": "official", "police": "official", "authority": "official", "government": "official",
    "president": "official", "officer": "official", "administrator": "official",
    "prosecutor": "official", "diplomat": "official", "lawmaker": "official",
    "journalist": "journalist", "reporter": "journalist", "correspondent": "journalist",
    "photographer": "journalist", "newspaper": "journalist", "agency": "journalist",
    "media": "journalist", "television": "journalist",
    "group": "organisation", "organisation": "organisation", "organization": "organisation",
    "monitor": "organisation", "observatory": "organisation", "charity": "organisation",
    "ngo": "organisation", "committee": "organisation", "un": "organisation",
    "coalition": "organisation", "alliance": "organisation", "network": "organisation",
    "commission": "organisation", "union": "organisation", "federation": "organisation",
    "activist": "organisation", "medic": "organisation", "doctor": "organisation",
    "hospital": "organisation", "source": "unknown", "people": "resident",
    "militant": "perpetrator", "insurgent": "perpetrator",
    "trader": "witness", "shopkeeper": "witness", "farmer": "witness", "driver": "witness",
    "vendor": "witness", "worker": "witness", "student": "witness", "teacher": "witness",
    "victim": "witness", "passerby": "witness", "neighbour": "resident", "neighbor": "resident",
}
SOURCE_HEADS = frozenset(KIND_WORDS) | {"person", "man", "woman", "people", "family"}
MILITARY_CONTEXT = frozenset({"military", "army", "coalition", "defence", "defense", "command",
                              "intelligence", "forces", "force"})


def _kind(phrase_tokens: list[Token], head: Token) -> str:
    words = [t.lemma_.lower() for t in phrase_tokens]
    kind = None
    for word in [head.lemma_.lower()] + words:
        if word in KIND_WORDS:
            kind = KIND_WORDS[word]
            break
    if kind in {"official"} and MILITARY_CONTEXT & set(words):
        return "military"
    if kind == "military" and "police" in words:
        return "official"  # a police commander speaks for the police, not the army
    if kind is None and head.ent_type_ == "ORG":
        return "organisation"
    return kind or "unknown"


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].dep_ in {"punct", "cc", "prep", "det"} and tokens[0].lower_ not in {"the"}
                      or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _source_phrase(head: Token) -> list[Token]:
    """The source noun phrase: head with its modifiers, appositive description kept apart."""
    keep = {"amod", "compound", "nummod", "det", "poss", "flat", "nmod", "case", "quantmod"}
    tokens = [head]
    for child in head.lefts:
        if child.dep_ in keep:
            tokens.extend(child.subtree)
    for child in head.rights:
        if child.dep_ in {"compound", "flat"} or (child.dep_ == "prep" and child.lower_ in {"for", "of", "from"}
                                                  and head.ent_type_ != "PERSON"):
            clauses = {t.i for c in child.subtree if c.dep_ in {"relcl", "acl"} for t in c.subtree}
            tokens.extend(t for t in child.subtree if t.i not in clauses)
    tokens = sorted(set(tokens), key=lambda t: t.i)
    # a contiguous stretch that holds the head
    start = end = head.i
    indices = {t.i for t in tokens}
    while start - 1 in indices:
        start -= 1
    while end + 1 in indices:
        end += 1
    return _trim(list(head.doc[start:end + 1]))


def _descriptors(head: Token) -> list[Token]:
    """Words that describe a named source: titles before it, appositions after."""
    words = [t for t in head.lefts]
    for child in head.rights:
        if child.dep_ == "appos":
            words.extend(child.subtree)
    # "colonel Ahmed X": the title is often a compound of the first name token
    for tok in head.doc[max(0, head.left_edge.i - 3):head.i]:
        words.append(tok)
    return words


def _count(tokens: list[Token]) -> TextSpan | None:
    for tok in tokens:
        if tok.dep_ == "nummod" or tok.like_num:
            return TextSpan(tok.idx, tok.idx + len(tok.text), tok.text)
    return None


def _heads_from(token: Token) -> list[Token]:
    """The source nouns in a phrase, following "and"/"by" coordination."""
    heads: list[Token] = []
    stack = [token]
    visited: set[int] = set()  # an entity's root may lead back into the entity: no cycles
    while stack:
        node = stack.pop()
        if node.i in visited:
            continue
        visited.add(node.i)
        if node.pos_ in {"NOUN", "PROPN", "PRON"} and (
                node.ent_type_ in {"PERSON", "ORG"} or node.lemma_.lower() in SOURCE_HEADS):
            if node.ent_type_ in {"PERSON", "ORG"}:
                # use the entity's root as the head
                ent = next((e for e in node.doc.ents if e.start <= node.i < e.end), None)
                node = ent.root if ent is not None else node
                if node.i in visited and node not in heads and node.i != token.i:
                    continue
                visited.add(node.i)
            if node not in heads:
                heads.append(node)
        for child in node.children:
            if child.dep_ in {"conj", "prep", "pobj", "acl", "agent", "appos"} and not (
                    child.dep_ == "appos" and node in heads):
                stack.append(child)
    return heads


def _source(head: Token, cue: Token | Span, stance: str, sentence_index: int) -> SourceMention:
    doc = head.doc
    ent = next((e for e in doc.ents if e.start <= head.i < e.end and e.label_ in {"PERSON", "ORG"}), None)
    if ent is not None:
        phrase = list(ent)
        person = ent.text
        described = _descriptors(ent.root) + list(ent)
        kind = _kind(described, ent.root)
        if kind == "unknown" and ent.label_ == "ORG":
            kind = "organisation"
    else:
        phrase = _source_phrase(head)
        person = None
        kind = _kind(phrase, head)
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    cue_start = cue.idx if isinstance(cue, Token) else cue.start_char
    cue_end = cue.idx + len(cue.text) if isinstance(cue, Token) else cue.end_char
    return SourceMention(
        span=TextSpan(start, end, doc_text(doc)[start:end]),
        description=doc_text(doc)[start:end],
        kind=kind,
        named=ent is not None,
        person=person,
        count=_count(phrase) if ent is None else None,
        stance=stance,
        sentence=sentence_index,
        cue=TextSpan(cue_start, cue_end, doc_text(doc)[cue_start:cue_end]),
    )


def _unable_to_confirm(verb: Token) -> bool:
    if verb.lemma_ not in {"confirm", "verify", "corroborate"}:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    chain = [verb] + list(verb.ancestors)[:3]
    for node in chain:
        if node.lemma_ in {"unable", "fail", "decline", "refuse"} or any(
                c.dep_ == "neg" for c in node.children):
            return True
        if node.lemma_ == "be" and any(c.lemma_ == "unable" for c in node.children):
            return True
    return False


def _subject_of(verb: Token) -> Token | None:
    for node in [verb] + list(verb.ancestors)[:3]:
        subj = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj
    return None


def find_sources(doc, sentences: list[Span]) -> list[SourceMention]:
    """Every attributed source in the article, in order."""
    found: list[SourceMention] = []
    for index, sentence in enumerate(sentences):
        seen: set[int] = set()

        def add(head: Token, cue, stance: str) -> None:
            if head.i in seen or head.pos_ == "PRON" and head.lower_ not in {"they"}:
                return
            seen.add(head.i)
            found.append(_source(head, cue, stance, index))

        for token in sentence:
            if _unable_to_confirm(token):
                subj = _subject_of(token)
                if subj is not None:
                    for head in _heads_from(subj):
                        add(head, token, "cannot_confirm")
                continue
            if token.lemma_ in lexicon.REPORTING_VERBS and token.pos_ in {"VERB", "AUX"}:
                stance = "denies" if token.lemma_ in lexicon.DENYING_VERBS else "asserts"
                subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    for head in _heads_from(subj):
                        add(head, token, stance)
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                cue = doc[token.i:token.i + 2]
                for head in _according_heads(token, sentence):
                    add(head, cue, "asserts")
        for head, cue, stance in _closing_attribution(sentence):
            add(head, cue, stance)
    return found


def _according_heads(token: Token, sentence: Span) -> list[Token]:
    """Sources after "according to": people named anywhere in the phrase, and source
    nouns outside descriptive clauses ("..., an expert who advises the government")."""
    if token.i > sentence.root.i:
        phrase = [t for t in sentence if t.i > token.i + 1]
    else:
        phrase = [t for t in token.subtree if t.i > token.i + 1]
    def descriptive(t: Token) -> bool:
        # inside a clause or apposition that describes another source, or a "from X"
        # phrase hanging off a named person
        for a in [t, *list(t.ancestors)[:8]]:
            if a.i <= token.i + 1:
                return False
            if a.dep_ in {"relcl", "appos"} or (a is not t and a.ent_type_ == "PERSON"):
                return True
        return False

    heads: list[Token] = []
    doc = token.doc
    for t in phrase:
        ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
        if ent is not None and ent.label_ in {"PERSON", "ORG"}:
            affiliation = ent.label_ == "ORG" and any(
                doc[k].lower_ in {"from", "of", "for", "with", "at"} for k in range(max(0, ent.start - 6), ent.start))
            if t.i == ent.end - 1 and (ent.label_ == "PERSON" or not (descriptive(ent.root) or affiliation)):
                heads.append(t)
            continue
        if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in SOURCE_HEADS and not descriptive(t) \
                and t.dep_ not in {"compound", "amod"}:
            heads.append(t)
    return heads


def _closing_attribution(sentence: Span) -> list[tuple[Token, Span, str]]:
    """"..., residents and security officials said." (or "..., X said, in ..."), when the
    parse misses the subject: the words between the comma and the verb name the source."""
    tokens = [t for t in sentence if not t.is_space]
    found: list[tuple[Token, Span, str]] = []
    for end, verb in enumerate(tokens):
        if verb.lemma_ not in {"say", "report", "tell"} or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
            continue
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        if after is not None and not after.is_punct:
            continue  # "said on Sunday" etc. is handled by the parse
        start = end
        while start > 0 and not tokens[start - 1].is_punct and tokens[start - 1].pos_ != "VERB":
            start -= 1
        if start == 0 or start == end or tokens[start - 1].text not in {",", "\u201d", '"'}:
            continue
        phrase = tokens[start:end]
        if any(c.dep_ == "nsubj" and c in phrase for c in verb.children):
            continue
        cue = verb.doc[verb.i:verb.i + 1]
        found += [(t, cue, "asserts") for t in phrase
                  if (t.lemma_.lower() in SOURCE_HEADS or t.ent_type_ in {"PERSON", "ORG"})
                  and (t.i + 1 >= verb.i or t.nbor().lower_ in {"and", ","} or t.nbor().i == verb.i)]
    return found
