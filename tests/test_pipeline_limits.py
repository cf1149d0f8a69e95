"""Batch safety: a runaway extraction is stopped so the rest of a batch lands."""

import pytest


def test_pipeline_time_limit_interrupts_a_runaway_step_and_clears_itself():
    import time

    from eventwire.pipeline import ArticleTimeout, _time_limit

    with pytest.raises(ArticleTimeout):
        with _time_limit(0.2):
            time.sleep(2)
    with _time_limit(1.0):  # a quick step is not disturbed, and the alarm is cleared after
        pass
    time.sleep(1.2)
