"""PLOVER gold-standard records: event type accuracy and macro-F1, source/target actor match.

The set has no split; results are given on all records and on even-indexed (dev) and
odd-indexed (test) halves, counting records after the DOCUMENT header is skipped.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import BadInputError

ACTOR_RULE = (
    "a predicted actor matches when its lower-cased word tokens (stopwords removed) share "
    "at least one token with any gold actorText of that role"
)
# "s": the word pattern splits a possessive "X's" into "x" and "s", so "'s" alone never
# reached the stop list and two possessives matched each other on "s".
_ACTOR_STOP = frozenset("the a an of and for in on to 's s".split())
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class PloverPrediction:
    """One predicted event: PLOVER type, actor strings as written, and a confidence."""

    plover_type: str
    source: str | None
    target: str | None
    confidence: float


@dataclass(frozen=True)
class PloverRecord:
    """One gold record: sentence, event type and the actor texts of each role."""

    record_id: str
    text: str
    event: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True)
class PloverScores:
    """Scores on one split; actor matches are over records whose gold has that role."""

    split: str
    records: int
    accuracy: float
    macro_f1: float
    source_match: float
    source_records: int
    target_match: float
    target_records: int


@dataclass(frozen=True)
class PloverResult:
    """Scores on all records and on the dev and test halves."""

    all: PloverScores
    dev: PloverScores
    test: PloverScores
    actor_rule: str = ACTOR_RULE


def _actor_texts(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(a["actorText"]) for a in value
                     if isinstance(a, dict) and a.get("actorText"))
    if isinstance(value, dict) and value.get("actorText"):
        return (str(value["actorText"]),)
    return ()


def load_plover(path: Path) -> list[PloverRecord]:
    """Read the GSR JSON list, skipping DOCUMENT records."""
    path = Path(path)
    if path.is_dir():
        path = path / "PLOVER_GSR_CAMEO.txt"
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BadInputError(str(path), f"not a readable PLOVER GSR JSON list ({exc})") from exc
    if not isinstance(rows, list):
        raise BadInputError(str(path), "expected a JSON list of records")
    records = []
    for number, row in enumerate(rows):
        if not isinstance(row, dict) or row.get("event") == "DOCUMENT":
            continue
        if "text" not in row or "event" not in row:
            raise BadInputError(f"{path} record {number}", "needs 'text' and 'event'")
        records.append(PloverRecord(str(row.get("id", number)), str(row["text"]),
                                    str(row["event"]), _actor_texts(row.get("source")),
                                    _actor_texts(row.get("target"))))
    return records


def _tokens(text: str) -> set[str]:
    return {t for t in _WORD.findall(text.lower()) if t not in _ACTOR_STOP}


def actor_matches(predicted: str | None, gold: Sequence[str]) -> bool:
    """See ACTOR_RULE."""
    if not predicted:
        return False
    tokens = _tokens(predicted)
    return any(tokens & _tokens(g) for g in gold)


def macro_f1(gold: Sequence[str], predicted: Sequence[str | None]) -> float:
    """Mean F1 over the gold classes; a missing or foreign prediction is a miss."""
    classes = sorted(set(gold))
    scores = []
    for c in classes:
        tp = sum(g == c and p == c for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, predicted, strict=True))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def score_records(
    records: Sequence[PloverRecord], predictions: Sequence[PloverPrediction | None], *,
    split: str,
) -> PloverScores:
    """Scores of the best prediction per record (None: the predictor found no event)."""
    gold = [r.event for r in records]
    types = [p.plover_type if p else None for p in predictions]
    with_source = [(r, p) for r, p in zip(records, predictions, strict=True) if r.sources]
    with_target = [(r, p) for r, p in zip(records, predictions, strict=True) if r.targets]
    source_hits = sum(actor_matches(p.source if p else None, r.sources) for r, p in with_source)
    target_hits = sum(actor_matches(p.target if p else None, r.targets) for r, p in with_target)
    n = len(records)
    return PloverScores(
        split=split, records=n,
        accuracy=sum(g == t for g, t in zip(gold, types, strict=True)) / n if n else 0.0,
        macro_f1=macro_f1(gold, types),
        source_match=source_hits / len(with_source) if with_source else 0.0,
        source_records=len(with_source),
        target_match=target_hits / len(with_target) if with_target else 0.0,
        target_records=len(with_target),
    )


def evaluate_plover(
    path: Path, *, predict: Callable[[str], list[PloverPrediction]]
) -> PloverResult:
    """Run ``predict`` on every sentence and score its most confident prediction."""
    records = load_plover(path)
    best: list[PloverPrediction | None] = []
    for record in records:
        predictions = predict(record.text)
        # The first of the most confident: max() keeps the earliest on ties.
        best.append(max(predictions, key=lambda p: p.confidence) if predictions else None)
    return PloverResult(
        all=score_records(records, best, split="all"),
        dev=score_records(records[0::2], best[0::2], split="dev"),
        test=score_records(records[1::2], best[1::2], split="test"),
    )


def majority_predictor(path: Path) -> Callable[[str], list[PloverPrediction]]:
    """A baseline: always the most frequent event type of the dev half, no actors."""
    counts = Counter(r.event for r in load_plover(path)[0::2])
    label = min(counts, key=lambda c: (-counts[c], c))
    return lambda text: [PloverPrediction(label, None, None, 1.0)]
