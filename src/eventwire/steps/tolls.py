"""Tolls: one event's fatalities (best, low, high) from the figures its drafts state.

A revised toll wins; dead added later ("three more died") add; the dead of different sides
add; a first figure gives way to later ones; otherwise the figure most often stated, ties
the lower (ACLED's conservative rule).
"""

from __future__ import annotations

import re
from collections import Counter

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import TextSpan
from eventwire.quantities import Count, find_counts, parse_count
from eventwire.steps.drafts import Draft, is_toll, perpetrator_killed

_CONJUNCTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+")


_ONE = re.compile(r"^(?:(?:a|an|one|his|her|their)\s|(?:himself|herself)$)", re.I)


def total_count(span: TextSpan) -> Count | None:
    """The count a phrase states; several counted groups ("three soldiers and five
    civilians") add up, and a group named one by one counts one ("two soldiers and a
    civilian" = 3)."""
    parts = _parts(span.text)
    if len(parts) > 1:
        return Count(sum(p.low for p in parts), sum(p.best for p in parts),
                     sum(p.high for p in parts), span.text, span.start, span.end)
    return parse_count(span.text)


def _parts(text: str) -> list[Count]:
    """The counted groups of a list of victims, when every piece is counted ("three
    soldiers", "a civilian"); [] otherwise."""
    pieces = _CONJUNCTS.split(text)
    if len(pieces) < 2:
        return []
    parts = []
    for piece in pieces:
        found = find_counts(piece)
        if found:
            parts += found
        elif _ONE.match(piece):
            parts.append(Count(1, 1, 1, piece, 0, len(piece)))
        else:
            return []  # a piece without a number: the phrase's own count
    return parts


def _one_group_of(count: Count, counts: list[Count]) -> bool:
    """"Eleven militants and a soldier were killed ... the bodies of the 11 militants": a
    later count of one group of a listed toll is part of it, not a source disagreeing."""
    return any(other is not count and other.best > count.best
               and count.best in {p.best for p in _parts(other.text)} for other in counts)


_SIDES = lexicon.COMBATANT_WORDS | {"civilian", "villager", "passenger", "worshipper", "policeman",
                                    "bomber"}


_SIDE_OF = {w: "state" for w in lexicon.STATE_COMBATANT_WORDS}


def _side_total(cluster: list[Draft]) -> int | None:
    """"About 40 jihadists were killed ... Seven soldiers were killed": the dead of different
    sides, each counted in its own mention, add up (only when every count names its side)."""
    by_side: dict[str, Counter] = {}
    for d in cluster:
        if d.count is None or is_toll(d):
            continue
        head = d.mention.patient.head if d.mention.patient is not None else ""
        if head not in _SIDES or len(find_counts(d.count.text)) > 1 or " and " in d.count.text:
            return None  # a count of several groups ("himself and six soldiers") is no one side's
        by_side.setdefault(_SIDE_OF.get(head, head), Counter())[d.count.best] += 1
    if len(by_side) < 2:
        return None
    return sum(max(c, key=lambda v: (c[v], -v)) for c in by_side.values())


_MORE_AFTER = re.compile(r"^\s+(?:more|others?|other\s+[a-z]+|further)\b", re.I)


_MORE_BEFORE = re.compile(r"\b(?:another|a further|an additional)\s+$", re.I)


_DIED_LATER = re.compile(r"\b(?:later|since|subsequently)\s+died\b|\bdied\s+(?:later|in hospital|"
                         r"of (?:their|his|her) (?:wounds|injuries))|\bsuccumbed\b", re.I)


# "four of the insurgents were also killed", "the blast also killed two children"
_ALSO_DEAD = re.compile(r"\balso\s+(?:been\s+)?(?:killed|died|perished|shot dead|killing)\b", re.I)


def added_dead(d: Draft, *, first: Draft | None = None) -> bool:
    """"Three more died later in hospital", "another two soldiers died", "two of the
    wounded later died": dead added to a toll told before, not another figure for it.
    "X were also killed" adds when the dead are others than ``first``'s (the toll told
    first): "three soldiers were killed ... four insurgents were also killed"."""
    if d.count is None or d.mention.patient is None or d.mention.patient.count is None:
        return False
    s, span = d.mention.sentence_span, d.mention.patient.count
    if (_MORE_AFTER.match(s.text[span.end - s.start:]) or
            _MORE_BEFORE.search(s.text[:span.start - s.start]) or
            _DIED_LATER.search(s.text[span.end - s.start:])):
        return True
    return bool(first is not None and first is not d and first.mention.patient is not None
                and first.mention.patient.head != d.mention.patient.head
                and _ALSO_DEAD.search(s.text))


# ("its initial assessment was that seven had been killed" hedges, it is not superseded)
_INITIAL = re.compile(r"\binitially\b|\b(?:initial|first|preliminary|earlier)\s+(?:reports?|estimates?|"
                      r"figures?|tolls?|counts?)\b", re.I)


def _first_figure(d: Draft) -> bool:
    """"Police initially said five people had died": a first figure the report supersedes."""
    if d.count is None:
        return False
    s = d.mention.sentence_span
    return d.mention.toll_first or bool(_INITIAL.search(s.text[:max(0, d.count.end - s.start)]))


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_AND_A_NTH = re.compile(r"\band\s+(?:a|the)\s+(" + "|".join(_ORDINALS) + r")\b", re.I)


def _breakdown_of(d: Draft, first: Draft) -> bool:
    """"Four officers were killed ... three died at the scene and a fourth succumbed in
    hospital": how the first toll came about, not dead added to it."""
    if first.count is None or d is first:
        return False
    nth = _AND_A_NTH.search(d.mention.sentence_span.text)
    return nth is not None and _ORDINALS[nth.group(1).lower()] == first.count.best


def counted_later(d: Draft, first: Draft) -> bool:
    """"... left 14 dead on Sunday. On Tuesday officials said they had counted 17 bodies":
    a higher toll or body count told on a day after the event is a revision, not a second
    source disagreeing."""
    if d is first or d.count is None or first.count is None or not is_toll(d):
        return False
    s, told = d.mention.sentence_span, d.window.evidence
    if told is None or not s.start <= told.start < s.end:
        return False  # the day is not told with the figure
    said, before = d.window.point or d.window.earliest, first.window.latest
    return said is not None and before is not None and said > before and d.count.best > first.count.best


def toll_of(cluster: list[Draft]) -> tuple[int, int, int, Count | None]:
    if len(cluster) > 1 and any(_breakdown_of(d, cluster[0]) for d in cluster):
        return toll_of([d for d in cluster if not _breakdown_of(d, cluster[0])])
    firsts = [d for d in cluster if _first_figure(d)]
    later = [d for d in cluster if d.count is not None and d not in firsts]
    if firsts and later:
        # the first figure is the low end only ("initially said five ..., the toll rose")
        best, low, high, chosen = toll_of([d for d in cluster if d not in firsts])
        return best, min(low, *(d.count.low for d in firsts)), high, chosen
    added = [d for d in cluster if added_dead(d, first=cluster[0])]
    if added and len(added) < len([d for d in cluster if d.count is not None]) and cluster[0] not in added \
            and not any(d.mention.toll_revised for d in cluster):
        best, low, high, chosen = toll_of([d for d in cluster if d not in added])
        extra = sum(d.count.best for d in added)
        return best + extra, low + extra, high + extra, chosen
    # "... killing both. The attacker was then killed by guards": the perpetrator adds to the toll
    ends = [d for d in cluster if d.count is not None and perpetrator_killed(d)]
    if ends and len(ends) < len([d for d in cluster if d.count is not None]):
        best, low, high, chosen = toll_of([d for d in cluster if d not in ends])
        extra = sum(d.count.best for d in ends)
        return best + extra, low + extra, high + extra, chosen
    # "A suicide bomber blew himself up ... put the death toll at seven": the bomber alone
    # is no toll of the attack when a toll is stated
    alone = [d for d in cluster if d.count is not None and d.mention.patient is not None
             and d.mention.patient.head == "bomber" and d.count.best == 1]
    counts = [d.count for d in cluster if d.count is not None and (d not in alone or len(alone) == len(
        [x for x in cluster if x.count is not None]))]
    if not counts:
        return 0, 0, 0, None
    counts = [c for c in counts if not _one_group_of(c, counts)]
    revised = [d.count for d in cluster if d.count is not None and (
        d.mention.toll_revised or counted_later(d, cluster[0]))]
    stated = Counter(c.best for c in counts)
    sides = _side_total(cluster)
    if revised:
        # "the death toll had risen to 32": the revised figure
        best = max(c.best for c in revised)
    elif sides is not None:
        best = sides
    else:
        # sources that disagree: the figure most often stated, else the lower (ACLED's
        # conservative rule)
        best = max(stated, key=lambda v: (stated[v], -v))
    if sides is not None and not revised:
        chosen = counts[0]
        return best, min(min(c.low for c in counts), best), max(best, sides), chosen
    low = min(min(c.low for c in counts), best)
    high = max(max(c.high for c in counts), best)
    chosen = next((c for c in counts if c.best == best), counts[0])
    return best, low, high, chosen
