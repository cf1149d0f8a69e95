"""Reproduce the choice of eventwire.dedupe's default threshold and weights on ECB+ dev.

Grid search over channel weights and the three thresholds of cluster_documents, scored
by B-cubed F1 on dev topics 1-35 pooled (blind to topic labels). Test topics are never
read here. Usage:

    .venv/bin/python benchmarks/tune_dedupe.py /work/shared/benchmarks/ecbplus/docs.jsonl
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


def main(path: Path) -> None:
    dev, _ = split_docs(load_ecbplus(path))
    docs = [DocForDedupe(d.doc_id, d.text) for d in dev]
    gold = {d.doc_id: d.subtopic for d in dev}
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


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/benchmarks/ecbplus/docs.jsonl"))
