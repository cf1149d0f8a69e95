"""Property tests: every expression found is a true slice of the text with a sane window."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.temporal import find_time_expressions

FRAGMENTS = [
    "on Monday", "last week", "the past two months", "in 2014", "since 2003", "March 3",
    "3 March 2016", "mid-October", "late last month", "earlier this month", "yesterday",
    "Tuesday night", "10 a.m.", "two years ago", "the next day", "the weekend", "this year",
    "every year", "for years", "1957-58", "Oct. 4", "now", "the 1990s", "will meet", "said",
    "killed 12 people", "a march", "may", "second", ",", ".", "\n", " ", "May", "the",
    "2000 people", "24 hours", "next month", "the first quarter", "recently",
]

texts = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join)
publications = st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))


def _check(text: str, published: date | None) -> None:
    found = find_time_expressions(text, published=published)
    for expr in found:
        assert text[expr.start:expr.end] == expr.text
        assert expr.kind in ("date", "duration", "set", "time")
        assert expr.precision in (1, 2, 3)
        if expr.earliest is not None and expr.latest is not None:
            assert expr.earliest <= expr.latest
        if published is None and expr.earliest is None:
            assert expr.precision == 3
    for before, after in zip(found, found[1:]):
        assert before.end <= after.start


@settings(max_examples=150, deadline=None)
@given(texts, publications)
def test_found_expressions_are_exact_sorted_slices_with_ordered_windows(text, published):
    _check(text, published)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), publications)
def test_arbitrary_text_never_breaks_the_tagger(text, published):
    _check(text, published)
