"""Toponym resolution metrics: distance errors, Acc@161, median/mean error and AUC.

Follows Gritta et al. (2018), "What's missing in geographical parsing?": an unresolved
toponym counts with the largest possible error, half the Earth's circumference
(20,039 km), so leaving a name out is never better than a bad guess.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.geo.rank import haversine_km

MAX_ERROR_KM = 20039.0

__all__ = ["MAX_ERROR_KM", "ResolutionMetrics", "acc_at", "auc", "haversine_km",
           "resolution_metrics"]


@dataclass(frozen=True, slots=True)
class ResolutionMetrics:
    """Summary of a list of resolution errors (km); ``unresolved`` are counted at max error."""

    n: int
    unresolved: int
    acc_161: float
    median_km: float
    mean_km: float
    auc: float


def acc_at(errors_km: Sequence[float], *, km: float = 161.0) -> float:
    """Share of errors within ``km`` (161 km = 100 miles, the usual threshold)."""
    return sum(e <= km for e in errors_km) / len(errors_km) if errors_km else 0.0


def auc(errors_km: Sequence[float]) -> float:
    """Area under the curve of scaled log errors; 0 is perfect, 1 is worst.

    AUC = trapz(sorted(ln(1 + e_i))) / ((n - 1) * ln(20039)), with the trapezoidal rule
    over unit steps, as in Gritta et al. (2018). Lower is better.
    """
    if not errors_km:
        return 0.0
    logs = sorted(math.log1p(min(e, MAX_ERROR_KM)) for e in errors_km)
    if len(logs) == 1:
        return logs[0] / math.log(MAX_ERROR_KM)
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:], strict=False))
    return area / ((len(logs) - 1) * math.log(MAX_ERROR_KM))


def resolution_metrics(errors_km: Sequence[float | None]) -> ResolutionMetrics:
    """Metrics over errors in km, where None marks a toponym that was not resolved."""
    unresolved = sum(e is None for e in errors_km)
    errors = [MAX_ERROR_KM if e is None else float(e) for e in errors_km]
    if not errors:
        return ResolutionMetrics(0, 0, 0.0, 0.0, 0.0, 0.0)
    return ResolutionMetrics(
        n=len(errors), unresolved=unresolved, acc_161=acc_at(errors),
        median_km=statistics.median(errors), mean_km=statistics.fmean(errors),
        auc=auc(errors),
    )
