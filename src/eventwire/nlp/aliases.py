"""Aliases an article defines for itself: "Full Name (ABBR)", "X, an acronym for Full Name"."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.nlp.text import doc_text

ACRONYM_FOR = re.compile(
    r"(?:an?|the)\s+(?:\w+\s+){0,2}(?:acronym|name|term|word|abbreviation)\s+for\s+(?:the\s+)?"
    r"((?:[A-Z][\w'-]*\s?){1,5})")


def abbreviates(short: str, full: str) -> bool:
    """"IS" for "Islamic State", "FSA" for "Free Syrian Army": initials, in order."""
    letters = [c for c in short.upper() if c.isalpha()]
    initials = [w[0].upper() for w in re.findall(r"[A-Za-z][\w'-]*", full) if w[0].isupper()]
    if not letters or not short.replace("-", "").isupper():
        return False
    it = iter(initials)
    return all(any(letter == i for i in it) for letter in letters)


def article_aliases(doc: Doc) -> list[tuple[str, str]]:
    """Aliases the article itself defines: "Full Name (ABBR)" and "an acronym for Full Name"."""
    pairs: list[tuple[str, str]] = []
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "NORP", "GPE", "PERSON"}:
            continue
        after = doc_text(doc)[ent.end_char:ent.end_char + 14]
        match = re.match(r"\s*\(([A-Z][A-Za-z-]{1,9})\)", after)
        if match and abbreviates(match.group(1), ent.text):
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
