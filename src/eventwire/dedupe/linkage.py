"""Agglomerative clustering over a sparse similarity graph.

Only candidate pairs (from blocking) carry a similarity; every other pair counts as 0.
Cost grows with the number of candidate pairs, not with n^2, so a blocked corpus of
any size clusters in close to linear time.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from typing import Literal

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
