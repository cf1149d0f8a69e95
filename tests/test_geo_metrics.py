"""Resolution metrics: haversine, Acc@161, AUC as in Gritta et al. (2018)."""

import math

import pytest

from eventwire.evaluate.geo_metrics import (
    MAX_ERROR_KM,
    acc_at,
    auc,
    haversine_km,
    resolution_metrics,
)


@pytest.mark.parametrize(("a", "b", "km"), [
    ((0.0, 0.0), (0.0, 1.0), 111.19),
    ((0.0, 0.0), (0.0, 180.0), 20015.1),
    ((10.0, 20.0), (10.0, 20.0), 0.0),
])
def test_haversine_matches_known_distances(a, b, km):
    assert haversine_km(a, b) == pytest.approx(km, abs=0.5)


def test_acc_at_counts_errors_within_the_threshold():
    assert acc_at([0, 160, 161, 162], km=161) == 0.75


def test_auc_is_zero_for_perfect_and_one_for_worst():
    assert auc([0, 0, 0]) == 0.0
    assert auc([MAX_ERROR_KM] * 3) == pytest.approx(1.0, abs=1e-4)


def test_auc_uses_the_trapezoid_over_sorted_log_errors():
    errors = [100.0, 0.0, 1000.0]
    logs = sorted(math.log1p(e) for e in errors)
    expected = ((logs[0] + logs[1]) / 2 + (logs[1] + logs[2]) / 2) / (2 * math.log(MAX_ERROR_KM))
    assert auc(errors) == pytest.approx(expected)


def test_unresolved_toponyms_count_at_the_maximum_error():
    m = resolution_metrics([0.0, None, 50.0])
    assert (m.n, m.unresolved) == (3, 1)
    assert m.acc_161 == pytest.approx(2 / 3)
    assert m.median_km == 50.0
    assert m.mean_km == pytest.approx((50.0 + MAX_ERROR_KM) / 3)
