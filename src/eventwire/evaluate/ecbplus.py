"""ECB+ cross-document event clustering: documents of one seminal event (subtopic) together.

Convention: topics 1-35 are dev (tune there), 36-45 test. Each split is clustered
pooled and blind to topic labels, as a deduplicator would see a day's news. A set of the
same kind with other topic numbers (a held-out one) is also clustered whole, as "all".
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.dedupe import DEFAULT_THRESHOLD, DEFAULT_WEIGHTS, DocForDedupe, cluster_documents
from eventwire.errors import BadInputError
from eventwire.evaluate.cluster_metrics import ClusterScores, score_clusterings

DEV_TOPICS = range(1, 36)
TEST_TOPICS = range(36, 46)


@dataclass(frozen=True)
class EcbDoc:
    """One ECB+ document: its text and gold labels."""

    doc_id: str
    topic: int
    subtopic: str
    text: str


@dataclass(frozen=True)
class EcbSplitResult:
    """Scores of one pooled split."""

    split: str
    documents: int
    gold_clusters: int
    predicted_clusters: int
    scores: ClusterScores


@dataclass(frozen=True)
class EcbResult:
    """Dev and test results at one threshold (None where the split has no documents)."""

    threshold: float
    dev: EcbSplitResult | None
    test: EcbSplitResult | None
    all: EcbSplitResult | None = None  # every document; only when some are outside 1-45


def load_ecbplus(path: Path) -> list[EcbDoc]:
    """Read docs.jsonl (doc_id, topic, subtopic, sentences); sentences join with newlines."""
    path = Path(path)
    if path.is_dir():
        path = path / "docs.jsonl"
    if not path.is_file():
        raise BadInputError(str(path), "no ECB+ docs.jsonl here")
    docs = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                docs.append(EcbDoc(str(row["doc_id"]), int(row["topic"]), str(row["subtopic"]),
                                   "\n".join(row["sentences"])))
            except (ValueError, KeyError, TypeError) as exc:
                raise BadInputError(f"{path}:{number}", f"not an ECB+ record ({exc})") from exc
    return docs


def evaluate_split(
    docs: Sequence[EcbDoc], *, split: str, threshold: float,
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
) -> EcbSplitResult:
    """Cluster the documents pooled and score them against their subtopics."""
    labels = cluster_documents([DocForDedupe(d.doc_id, d.text) for d in docs],
                               threshold=threshold, weights=weights)
    gold = {d.doc_id: d.subtopic for d in docs}
    response = {d.doc_id: label for d, label in zip(docs, labels, strict=True)}
    return EcbSplitResult(split, len(docs), len(set(gold.values())), len(set(labels)),
                          score_clusterings(gold, response))


def split_docs(docs: Sequence[EcbDoc]) -> tuple[list[EcbDoc], list[EcbDoc]]:
    """Dev (topics 1-35) and test (36-45) documents."""
    return ([d for d in docs if d.topic in DEV_TOPICS], [d for d in docs if d.topic in TEST_TOPICS])


def evaluate_ecbplus(path: Path, *, threshold: float | None = None) -> EcbResult:
    """B-cubed, MUC, CEAF-e and CoNLL F1 on dev and test; None means the dev-tuned default."""
    docs = load_ecbplus(path)
    dev, test = split_docs(docs)
    if not docs:
        raise BadInputError(str(path), "no ECB+ documents")
    chosen = DEFAULT_THRESHOLD if threshold is None else threshold

    def score(part: Sequence[EcbDoc], split: str) -> EcbSplitResult | None:
        return evaluate_split(part, split=split, threshold=chosen) if part else None

    others = len(docs) > len(dev) + len(test)
    return EcbResult(chosen, score(dev, "dev"), score(test, "test"),
                     score(docs, "all") if others else None)
