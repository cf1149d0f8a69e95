"""According to whom: turn the article's cited sources into claims about its events.

A source cited in an event's sentence speaks for that event. A source cited in a
sentence that tells no event of its own ("Among them was ..., according to five
residents") speaks for the event told just before (within two sentences). A source that
"could not confirm" speaks about the article's main event. Sources are merged by who
they are: "residents" and "five residents" are one group; "Smith" is "John Smith".
"""

from __future__ import annotations

import re

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import ArticleAnalysis, SourceMention
from eventwire.quantities import parse_count
from eventwire.records import Claim, Evidence

CARRY_SENTENCES = 2
# A sentence that refers back ("Among them ...", "They said ...", "confirmed the attack")
# continues the story.
_ANAPHOR = re.compile(r"\b(?:them|they|those|these|this|it|he|she|his|her|their)\b", re.I)
_DEFINITE = re.compile(r"\b(?:the|that|this)\s+((?:death\s+)?[a-z]+?)(?:e?s)?\b", re.I)
_BACK_NOUNS = frozenset({"incident", "toll", "death toll", "violence", "casualty"})


def _refers_back(sentence: str) -> bool:
    """A pronoun, or a definite event noun ("the attack", "the toll"): the event just told."""
    if _ANAPHOR.search(sentence):
        return True
    return any(m[1].lower() in lexicon.NOUN_CUES or m[1].lower() in _BACK_NOUNS
               for m in _DEFINITE.finditer(sentence))


def _evidence(article_text: str, start: int, end: int, field: str) -> Evidence:
    return Evidence(field=field, text=article_text[start:end], start=start, end=end)


def person_names(analysis: ArticleAnalysis) -> dict[str, str]:
    """Short forms of people's names to the fullest form the article uses."""
    people = sorted({e.text for e in analysis.entities if e.label == "PERSON"}, key=len, reverse=True)
    full: dict[str, str] = {}
    for name in people:
        for other in people:
            if len(other) > len(name) and re.search(rf"\b{re.escape(name)}$", other):
                full[name] = other
                break
        full.setdefault(name, name)
    return full


def person_kinds(analysis: ArticleAnalysis, names: dict[str, str]) -> dict[str, str]:
    """What each named source is, from wherever the article describes them."""
    kinds: dict[str, str] = {}
    for source in analysis.sources:
        if source.person and source.kind != "unknown":
            kinds.setdefault(_who(source, names)[1], source.kind)
    return kinds


def _head_word(description: str) -> str:
    words = re.findall(r"[A-Za-z]+", description.lower())
    return (words[-1].rstrip("s") if words else description.lower())


def _who(source: SourceMention, names: dict[str, str]) -> tuple[str, str]:
    """A display name and an identity key used to merge mentions of one source."""
    if source.person:
        name = names.get(source.person) or next(
            (full for full in names.values() if full.endswith(" " + source.person)), source.person)
        surname = name.split()[-1].lower()
        return name, "person:" + re.sub(r"^(?:al|el)-", "", surname)
    desc = re.sub(r"^(?:the|a|an|one)\s+", "", source.description.strip(), flags=re.I)
    return desc, "group:" + _head_word(desc)


def to_claim(source: SourceMention, *, article_text: str, names: dict[str, str],
             kinds: dict[str, str] | None = None) -> tuple[str, Claim]:
    name, key = _who(source, names)
    kind = source.kind if source.kind != "unknown" else (kinds or {}).get(key, "unknown")
    count = None
    if source.count is not None:
        parsed = parse_count(source.count.text)
        count = parsed.best if parsed else None
    elif not source.person and re.match(r"^(?:a|an|one)\s", source.description.strip(), re.I):
        count = 1
    evidence = (
        _evidence(article_text, source.span.start, source.span.end, "source"),
        _evidence(article_text, source.cue.start, source.cue.end, "source_cue"),
    )
    return key, Claim(source=name, kind=kind, named=source.named, count=count,
                      stance=source.stance, evidence=evidence)


def merge_claims(claims: list[tuple[str, Claim]]) -> tuple[Claim, ...]:
    """One claim per source and stance; the most informative wording wins."""
    merged: dict[tuple[str, str], Claim] = {}
    for key, claim in claims:
        slot = (key, claim.stance)
        old = merged.get(slot)
        if old is None:
            merged[slot] = claim
            continue
        better = claim if (claim.count or 0) > (old.count or 0) or len(claim.source) > len(old.source) \
            else old
        kind = old.kind if old.kind != "unknown" else claim.kind
        merged[slot] = better.model_copy(update={
            "evidence": old.evidence + tuple(e for e in claim.evidence if e not in old.evidence),
            "kind": kind if better.kind == "unknown" else better.kind,
            "count": max(old.count or 0, claim.count or 0) or None,
        })
    return tuple(merged.values())


def corroboration(claims: tuple[Claim, ...]) -> int:
    """Independent sources that assert the event."""
    return sum(1 for c in claims if c.stance == "asserts")


def assign_sources(analysis: ArticleAnalysis, event_sentences: list[set[int]],
                   lead: int | None) -> list[list[SourceMention]]:
    """For each event (given by the sentences that tell it), the sources that speak for it."""
    out: list[list[SourceMention]] = [[] for _ in event_sentences]
    told = {s: i for i, sents in enumerate(event_sentences) for s in sents}
    for source in analysis.sources:
        if source.stance != "asserts" and source.sentence not in told:
            # a denial or "could not confirm" answers the event just told, else the main one
            near = next((told[source.sentence - b] for b in range(1, CARRY_SENTENCES + 1)
                         if source.sentence - b in told), lead)
            if near is not None:
                out[near].append(source)
            continue
        if source.sentence in told:
            for i, sents in enumerate(event_sentences):
                if source.sentence in sents:
                    out[i].append(source)
            continue
        if not _refers_back(analysis.sentences[source.sentence].text):
            if source.sentence == 0 and lead is not None:
                out[lead].append(source)
            continue
        for back in range(1, CARRY_SENTENCES + 1):
            if source.sentence - back in told:
                out[told[source.sentence - back]].append(source)
                break
        else:
            if source.sentence == 0 and lead is not None:
                out[lead].append(source)  # the lead's attribution covers the main event
    return out
