"""Clustering metrics used for coreference: B-cubed, MUC, CEAF-e and the CoNLL average.

A clustering is a mapping ``item -> cluster label``. Key (gold) and response (system)
may cover different items, as in the CoNLL reference scorer (Pradhan et al. 2014):
recall is computed over key items and precision over response items; an item missing
from the other side counts as a singleton there (MUC) or as no overlap (B-cubed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

Clustering = Mapping[Hashable, Hashable]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> PRF:
        f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
        return cls(precision, recall, f1)


@dataclass(frozen=True)
class ClusterScores:
    """All scores for one key/response pair; ``conll_f1`` is the mean of the three F1s."""

    muc: PRF
    b_cubed: PRF
    ceaf_e: PRF

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


def clusters_of(clustering: Clustering) -> list[frozenset[Hashable]]:
    """The clusters of a mapping as sets of items, in first-seen label order."""
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, label in clustering.items():
        groups[label].add(item)
    return [frozenset(g) for g in groups.values()]


def b_cubed(key: Clustering, response: Clustering) -> PRF:
    """B-cubed (Bagga & Baldwin 1998): per-item overlap of its key and response clusters."""
    key_c = {item: c for c in clusters_of(key) for item in c}
    resp_c = {item: c for c in clusters_of(response) for item in c}
    recall = _mean(len(key_c[i] & resp_c.get(i, frozenset())) / len(key_c[i]) for i in key_c)
    precision = _mean(
        len(resp_c[i] & key_c.get(i, frozenset())) / len(resp_c[i]) for i in resp_c
    )
    return PRF.of(precision, recall)


def muc(key: Clustering, response: Clustering) -> PRF:
    """MUC (Vilain et al. 1995): links needed to join each cluster's pieces in the other side."""
    return PRF.of(_muc_recall(response, key), _muc_recall(key, response))


def _muc_recall(key: Clustering, response: Clustering) -> float:
    numerator = denominator = 0
    for cluster in clusters_of(key):
        # Items absent from the response each form their own partition.
        parts = {response[i] if i in response else ("\x00missing", i) for i in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator / denominator if denominator else 0.0


def ceaf_e(key: Clustering, response: Clustering) -> PRF:
    """Entity-based CEAF (Luo 2005) with phi4 = 2|K&R| / (|K|+|R|) and an optimal alignment."""
    key_clusters, resp_clusters = clusters_of(key), clusters_of(response)
    if not key_clusters or not resp_clusters:
        return PRF.of(0.0, 0.0)
    sim = [
        [2 * len(k & r) / (len(k) + len(r)) for r in resp_clusters] for k in key_clusters
    ]
    total = _max_assignment(sim)
    return PRF.of(total / len(resp_clusters), total / len(key_clusters))


def score_clusterings(key: Clustering, response: Clustering) -> ClusterScores:
    """MUC, B-cubed and CEAF-e of a response against a key."""
    return ClusterScores(muc(key, response), b_cubed(key, response), ceaf_e(key, response))


def _mean(values: object) -> float:
    vals = list(values)  # type: ignore[call-overload]
    return sum(vals) / len(vals) if vals else 0.0


def _max_assignment(weights: list[list[float]]) -> float:
    """Largest total weight of a one-to-one matching (Hungarian method, O(n^3)).

    The bipartite graph is split into connected components of non-zero weight first,
    so large but sparse overlaps (the usual case) stay cheap.
    """
    rows, cols = len(weights), len(weights[0])
    parent = list(range(rows + cols))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(rows):
        for j in range(cols):
            if weights[i][j] > 0:
                parent[find(i)] = find(rows + j)
    comps: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in range(rows):
        comps[find(i)][0].append(i)
    for j in range(cols):
        comps[find(rows + j)][1].append(j)
    total = 0.0
    for comp_rows, comp_cols in comps.values():
        if comp_rows and comp_cols:
            sub = [[weights[i][j] for j in comp_cols] for i in comp_rows]
            total += _hungarian_max(sub)
    return total


def _hungarian_max(weights: list[list[float]]) -> float:
    """Maximum-weight assignment on a dense matrix (rows may differ from columns)."""
    transpose = len(weights) > len(weights[0])
    if transpose:
        weights = [list(col) for col in zip(*weights, strict=True)]
    n, m = len(weights), len(weights[0])
    inf = float("inf")
    # Minimise negated weights; classic potentials formulation with 1-based indices.
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return sum(weights[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])
