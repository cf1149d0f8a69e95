"""Clustering metrics against hand-computed values (Pradhan et al. 2014 worked example)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.evaluate.cluster_metrics import (
    _max_assignment,
    b_cubed,
    ceaf_e,
    muc,
    score_clusterings,
)

# Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions", Fig. 1:
# key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i} (h, i are not in the key).
PRADHAN_KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2, "f": 2, "g": 2}
PRADHAN_RESPONSE = {"a": "x", "b": "x", "c": "y", "d": "y", "f": "z", "g": "z", "h": "z", "i": "z"}

TWO_KEY = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}
ONE_RESPONSE = dict.fromkeys("abcde", 0)
FOUR_KEY = dict.fromkeys("abcd", 0)
SINGLETONS = {c: c for c in "abcd"}


@pytest.mark.parametrize(
    ("metric", "key", "response", "precision", "recall"),
    [
        (muc, PRADHAN_KEY, PRADHAN_RESPONSE, 0.4, 0.4),
        (b_cubed, PRADHAN_KEY, PRADHAN_RESPONSE, 4 / 8, 35 / 84),
        (ceaf_e, PRADHAN_KEY, PRADHAN_RESPONSE, 1.3 / 3, 1.3 / 2),
        (muc, TWO_KEY, ONE_RESPONSE, 3 / 4, 1.0),
        (b_cubed, TWO_KEY, ONE_RESPONSE, (2 * 2 / 5 + 3 * 3 / 5) / 5, 1.0),
        (ceaf_e, TWO_KEY, ONE_RESPONSE, 0.75, 0.375),
        (muc, FOUR_KEY, SINGLETONS, 0.0, 0.0),
        (b_cubed, FOUR_KEY, SINGLETONS, 1.0, 0.25),
        (ceaf_e, FOUR_KEY, SINGLETONS, 0.1, 0.4),
    ],
)
def test_metric_matches_hand_computed_precision_and_recall(
    metric, key, response, precision, recall
):
    got = metric(key, response)
    assert got.precision == pytest.approx(precision)
    assert got.recall == pytest.approx(recall)


def test_pradhan_example_f1_values_match_the_paper():
    scores = score_clusterings(PRADHAN_KEY, PRADHAN_RESPONSE)
    assert scores.muc.f1 == pytest.approx(0.4)
    assert round(scores.b_cubed.f1, 2) == 0.45
    assert round(scores.ceaf_e.f1, 2) == 0.52
    assert scores.conll_f1 == pytest.approx(
        (scores.muc.f1 + scores.b_cubed.f1 + scores.ceaf_e.f1) / 3
    )


@pytest.mark.parametrize("labels", [dict.fromkeys("abc", 0), {"a": 0, "b": 1, "c": 1, "d": 2}])
def test_identical_clusterings_score_one(labels):
    scores = score_clusterings(labels, dict(labels))
    assert scores.b_cubed.f1 == pytest.approx(1.0)
    assert scores.ceaf_e.f1 == pytest.approx(1.0)
    assert scores.muc.f1 == pytest.approx(1.0)


def test_labels_are_only_names_so_renaming_them_changes_nothing():
    renamed = {item: f"cluster-{label}" for item, label in PRADHAN_RESPONSE.items()}
    assert score_clusterings(PRADHAN_KEY, renamed) == score_clusterings(
        PRADHAN_KEY, PRADHAN_RESPONSE
    )


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda rows: st.integers(1, 4).flatmap(
            lambda cols: st.lists(
                st.lists(st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.9, 1.0]), min_size=cols,
                         max_size=cols),
                min_size=rows, max_size=rows,
            )
        )
    )
)
def test_optimal_alignment_equals_brute_force(weights):
    rows, cols = len(weights), len(weights[0])
    small, big = (rows, cols) if rows <= cols else (cols, rows)
    get = (lambda i, j: weights[i][j]) if rows <= cols else (lambda i, j: weights[j][i])
    best = max(
        sum(get(i, j) for i, j in enumerate(perm))
        for perm in itertools.permutations(range(big), small)
    )
    assert _max_assignment(weights) == pytest.approx(best)
