"""Reproduce the choice of eventwire.dedupe's default parameters on ECB+ dev.

Scored by B-cubed F1 on dev topics 1-35 pooled (blind to topic labels). Test topics are
never read here. Two stages:

1. ``weights`` (default): grid over channel weights and the story/attach thresholds, as
   they were first chosen (best dev B3 F1 0.956 with names 2.0, years 1.0, story 0.15,
   attach 0.08, threshold 0.2, before the relative merge pass existed).
2. ``plateau``: with those kept, a threshold sweep (0.10-0.30, step 0.01) for each inner
   local IDF weight and merge ratio (None = no relative merge pass). The point chosen is
   the one whose dev F1 stays >= 0.95 over the widest range of thresholds; the threshold
   is the middle of its range with F1 >= 0.94. A held-out set will not sit on the dev
   optimum, so the width of that range matters more than the peak.

Usage (about 12 minutes for the plateau stage on one core):

    .venv/bin/python benchmarks/tune_dedupe.py /work/shared/benchmarks/ecbplus/docs.jsonl plateau
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from eventwire.dedupe import DocForDedupe, cluster_documents
from eventwire.evaluate.cluster_metrics import b_cubed
from eventwire.evaluate.ecbplus import load_ecbplus, split_docs

GRID = {
    "names": (1.5, 2.0, 3.0),
    "years": (1.0, 2.0),
    "story_threshold": (0.12, 0.15, 0.2),
    "threshold": (0.15, 0.2, 0.25),
    "attach_threshold": (None, 0.08),
}
PLATEAU = {
    "local_weight": (0.5, 0.75, 1.0),
    "merge_ratio": (None, 0.55, 0.6, 0.65),
}
THRESHOLDS = tuple(round(0.10 + 0.01 * i, 2) for i in range(21))


def _dev(path: Path):
    dev, _ = split_docs(load_ecbplus(path))
    docs = [DocForDedupe(d.doc_id, d.text) for d in dev]
    gold = {d.doc_id: d.subtopic for d in dev}
    return dev, docs, gold


def weights_stage(path: Path) -> None:
    dev, docs, gold = _dev(path)
    results = []
    for names, years, story, threshold, attach in itertools.product(*GRID.values()):
        weights = {"words": 1.0, "names": names, "numbers": 0.5, "years": years,
                   "cues": 1.0, "dates": 0.25}
        labels = cluster_documents(docs, threshold=threshold, story_threshold=story,
                                   attach_threshold=attach, weights=weights)
        score = b_cubed(gold, {d.doc_id: lab for d, lab in zip(dev, labels, strict=True)})
        row = (round(score.f1, 4), names, years, story, threshold, attach)
        results.append(row)
        print(*row, sep="\t", flush=True)
    results.sort(key=lambda r: (-r[0], r[1:3], r[3], r[4], str(r[5])))
    print("best (B3 F1, names, years, story_threshold, threshold, attach_threshold):")
    for row in results[:5]:
        print(*row, sep="\t")


def widest_range(scores: list[float], level: float) -> tuple[float, float] | None:
    """The longest run of consecutive THRESHOLDS whose F1 is >= level, as (low, high)."""
    best: tuple[int, int] | None = None
    start = None
    for k, f1 in enumerate([*scores, -1.0]):
        if f1 >= level and start is None:
            start = k
        elif f1 < level and start is not None:
            if best is None or k - start > best[1] - best[0] + 1:
                best = (start, k - 1)
            start = None
    return None if best is None else (THRESHOLDS[best[0]], THRESHOLDS[best[1]])


def plateau_stage(path: Path) -> None:
    dev, docs, gold = _dev(path)
    print("local_weight", "merge_ratio", *THRESHOLDS, "F1>=0.95", "F1>=0.94", sep="\t")
    rows = []
    for local_weight, merge_ratio in itertools.product(*PLATEAU.values()):
        scores = []
        for threshold in THRESHOLDS:
            labels = cluster_documents(docs, threshold=threshold, local_weight=local_weight,
                                       merge_ratio=merge_ratio)
            response = {d.doc_id: lab for d, lab in zip(dev, labels, strict=True)}
            scores.append(round(b_cubed(gold, response).f1, 4))
        high, wide = widest_range(scores, 0.95), widest_range(scores, 0.94)
        rows.append((high, wide, local_weight, merge_ratio))
        print(local_weight, merge_ratio, *scores, high, wide, sep="\t", flush=True)

    def span(r: tuple[float, float] | None) -> float:
        return -1.0 if r is None else r[1] - r[0]

    high, wide, local_weight, merge_ratio = max(rows, key=lambda r: (span(r[0]), span(r[1])))
    middle = None if wide is None else round((wide[0] + wide[1]) / 2, 3)
    print(f"chosen: local_weight {local_weight}, merge_ratio {merge_ratio}, "
          f"F1 >= 0.95 over {high}, F1 >= 0.94 over {wide}, threshold {middle}")


if __name__ == "__main__":
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/benchmarks/ecbplus/docs.jsonl")
    stage = sys.argv[2] if len(sys.argv) > 2 else "weights"
    {"weights": weights_stage, "plateau": plateau_stage}[stage](data)
