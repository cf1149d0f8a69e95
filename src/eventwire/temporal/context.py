"""Sentence context for time expressions: does the nearest verb point to the future?

News is mostly past tense, so "on Monday" means the Monday before publication unless a
future cue ("will", "is due to", "scheduled", an infinitive not governed by a past verb)
is the nearest verb-like word in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["Ctx"]

_FUTURE = re.compile(
    r"\b(?:will|won't|wo|'ll|shall|would|is\s+to|are\s+to|due|scheduled|slated|set\s+(?:to|for)|expected|"
    r"expects?|plans?|planned|planning|intends?|going\s+to|upcoming|next|until|ahead\s+of|"
    r"to\s+(?!(?:have|the|a|an|his|her|their|its|our|my|your|this|that|these|those|be\s+\w+ing|date|"
    r"him|them|us|me|some|all|each|every|about|around|more|less)\b)(?:be\s+)?(?-i:[a-z]+))\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|has|have|did|said|says|told|\w+ed|began|came|fled|fought|found|gave|"
    r"got|held|hit|left|led|lost|made|met|ran|saw|sent|shot|spoke|stood|struck|took|went|"
    r"won|wrote|broke|blew|fell|rose|stole|threw|drove|ago)\b",
    re.IGNORECASE,
)
_PAST_BEFORE = re.compile(
    r"\b(?:\w+ed|was|were|had|did|said|told|began|came|made|took|went|sought|tried)\s+$", re.IGNORECASE)
_FUTURE_AUX = re.compile(r"\b(?:will|would|shall|'ll|to)\s+(?:not\s+)?(?:be|have\s+been)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'])|\n")


@dataclass
class Ctx:
    """What handlers may look at: the whole text and the publication date."""

    text: str
    published: date | None

    def future(self, start: int, end: int) -> bool:
        """True when the verb nearest the span in its sentence points to the future."""
        left = self.text[max(0, start - 120):start]
        cut = list(_SENTENCE_END.finditer(left))
        if cut:
            left = left[cut[-1].end():]
        right = self.text[end:end + 100]
        stop = _SENTENCE_END.search(right)
        if stop:
            right = right[:stop.start()]
        best: tuple[int, bool] | None = None
        for part, is_left in ((left, True), (right, False)):
            for pattern, is_future in ((_FUTURE, True), (_PAST, False)):
                for m in pattern.finditer(part):
                    fut = is_future
                    if fut and m[0][:2].lower() == "to" and _PAST_BEFORE.search(part, 0, m.start()):
                        continue  # "agreed to sell": the infinitive follows a past verb
                    if not fut and _FUTURE_AUX.search(part, 0, m.start()):
                        fut = True  # "will be held": a participle after a future auxiliary
                    dist = len(part) - m.end() if is_left else m.start()
                    # at equal distance a future marker wins ("scheduled" is also "-ed")
                    if best is None or (dist, not fut) < (best[0], not best[1]):
                        best = (dist, fut)
        return bool(best and best[1])
