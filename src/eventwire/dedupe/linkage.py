"""Agglomerative clustering over a sparse similarity graph.

Only candidate pairs (from blocking) carry a similarity; every other pair counts as 0.
Cost grows with the number of candidate pairs, not with n^2, so a blocked corpus of
any size clusters in close to linear time.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np

from eventwire.errors import UnknownValueError

Linkage = Literal["average", "complete", "single"]
LINKAGES: tuple[str, ...] = ("average", "complete", "single")


def agglomerate(
    n: int,
    pairs: Mapping[tuple[int, int], float],
    *,
    threshold: float,
    linkage: Linkage = "average",
) -> list[int]:
    """Cluster items 0..n-1, merging the most similar clusters while their link >= threshold.

    ``pairs`` maps (i, j) with i < j to a similarity; absent pairs are 0. Average link
    uses the mean over all cross pairs (absent ones included), complete link the minimum,
    single link the maximum. Ties break on the smaller cluster ids, so the result is
    deterministic. Returns a label per item: the smallest item index of its cluster.
    """
    if linkage not in LINKAGES:
        raise UnknownValueError("linkage", linkage, LINKAGES)
    size = [1] * n
    alive = [True] * n
    # links[c][d] = (sum, count, min, max) over known cross pairs between clusters c and d.
    links: list[dict[int, tuple[float, int, float, float]]] = [{} for _ in range(n)]
    for (i, j), s in pairs.items():
        if i == j:
            continue
        links[i][j] = links[j][i] = (s, 1, s, s)

    def score(c: int, d: int) -> float:
        total, count, low, high = links[c][d]
        if linkage == "single":
            return high
        if linkage == "complete":
            return low if count == size[c] * size[d] else 0.0
        return total / (size[c] * size[d])

    heap = [(-score(c, d), c, d) for c in range(n) for d in links[c] if c < d]
    heapq.heapify(heap)
    members = [[i] for i in range(n)]
    while heap:
        neg, c, d = heapq.heappop(heap)
        if not (alive[c] and alive[d]) or d not in links[c] or -neg != score(c, d):
            continue  # stale entry: one side merged since it was pushed
        if -neg < threshold:
            break
        # Merge d into c.
        alive[d] = False
        for e, (t2, n2, lo2, hi2) in links[d].items():
            if e == c:
                continue
            links[e].pop(d)
            if e in links[c]:
                t1, n1, lo1, hi1 = links[c][e]
                merged = (t1 + t2, n1 + n2, min(lo1, lo2), max(hi1, hi2))
            else:
                merged = (t2, n2, lo2, hi2)
            links[c][e] = links[e][c] = merged
        links[c].pop(d, None)
        links[d] = {}
        size[c] += size[d]
        members[c].extend(members[d])
        members[d] = []
        for e in links[c]:
            a, b = min(c, e), max(c, e)
            heapq.heappush(heap, (-score(a, b), a, b))
    labels = [0] * n
    for c in range(n):
        if alive[c]:
            first = min(members[c])
            for i in members[c]:
                labels[i] = first
    return labels


def merge_unseparated(
    n: int,
    pairs: Mapping[tuple[int, int], float],
    labels: Sequence[int],
    *,
    ratio: float,
) -> list[int]:
    """Merge clusters that are not clearly apart from each other, relative to their own cohesion.

    A cluster's cohesion is the mean similarity of its member pairs; the link of two
    clusters the mean over their cross pairs (absent pairs are 0, as in ``agglomerate``).
    While some pair of clusters has ``link >= ratio * cohesion`` (the mean of the two
    cohesions; a singleton has none and takes the other's), the pair with the highest
    link/cohesion merges. An absolute threshold splits a loose event (long reports, many
    angles) as readily as it splits two events; this pass only keeps a split whose two
    sides are much more alike inside than across. Two singletons never merge here.
    Returns labels as ``agglomerate`` does (the smallest item index of each cluster).
    """
    order: dict[int, int] = {}
    for label in labels:
        order.setdefault(label, len(order))
    k = len(order)
    if k < 2:
        return list(labels)
    member = np.array([order[label] for label in labels])
    sim = np.zeros((n, n))
    for (i, j), s in pairs.items():
        if i != j:
            sim[i, j] = sim[j, i] = s
    onehot = np.zeros((n, k))
    onehot[np.arange(n), member] = 1.0
    total = onehot.T @ sim @ onehot  # total[c, d]: sum over pairs (ordered, for c == d)
    size = onehot.sum(axis=0)
    alive = np.ones(k, dtype=bool)
    while alive.sum() > 1:
        pairs_count = np.outer(size, size)
        link = np.where(pairs_count > 0, total / np.maximum(pairs_count, 1), 0.0)
        within = size * (size - 1)
        cohesion = np.where(within > 0, np.diag(total) / np.maximum(within, 1), np.nan)
        has = ~np.isnan(cohesion)
        coh = np.nan_to_num(cohesion)
        counted = has[:, None].astype(float) + has[None, :]
        reference = (coh[:, None] + coh[None, :]) / np.maximum(counted, 1)
        valid = (counted > 0) & np.outer(alive, alive) & ~np.eye(k, dtype=bool)
        valid &= reference > 0
        score = np.where(valid, link / np.where(reference > 0, reference, 1.0), -np.inf)
        best = int(np.argmax(score))
        c, d = divmod(best, k)
        if score[c, d] < ratio:
            break
        c, d = min(c, d), max(c, d)
        total[c, :] += total[d, :]
        total[:, c] += total[:, d]
        total[d, :] = 0.0
        total[:, d] = 0.0
        size[c] += size[d]
        size[d] = 0.0
        alive[d] = False
        member[member == d] = c
    first: dict[int, int] = {}
    for i, c in enumerate(member):
        first.setdefault(int(c), i)
    return [first[int(c)] for c in member]
