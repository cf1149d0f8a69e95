"""Counts: number words, digits, qualifiers and vague quantities as low/best/high."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import BadInputError
from eventwire.quantities import Count, find_counts, number_value, parse_count


@pytest.mark.parametrize(
    ("phrase", "low", "best", "high"),
    [
        ("12", 12, 12, 12),
        ("1,200", 1200, 1200, 1200),
        ("three", 3, 3, 3),
        ("fifty-eight", 58, 58, 58),
        ("two hundred", 200, 200, 200),
        ("three hundred and twelve", 312, 312, 312),
        ("2.5 million", 2_500_000, 2_500_000, 2_500_000),
        ("a dozen", 12, 12, 12),
        ("two dozen", 24, 24, 24),
        ("half a dozen", 6, 6, 6),
        ("a half-dozen", 6, 6, 6),
        ("a score of", 20, 20, 20),
        ("at least 12", 12, 12, 12),
        ("more than 100", 100, 100, 100),
        ("over 40", 40, 40, 40),
        ("nearly 30", 27, 30, 30),
        ("about 40", 36, 40, 44),
        ("up to 16", 1, 16, 16),
        ("between 10 and 15", 10, 10, 15),
        ("10-15", 10, 10, 15),
        ("two or three", 2, 2, 3),
        ("dozens", 12, 12, 99),
        ("scores", 40, 40, 99),
        ("hundreds", 100, 100, 999),
        ("tens of", 20, 20, 99),
        ("tens of thousands", 20_000, 20_000, 99_999),
        ("a few", 2, 3, 5),
        ("several", 3, 3, 9),
        ("no one", 0, 0, 0),
    ],
)
def test_phrase_gives_documented_low_best_high(phrase, low, best, high):
    count = parse_count(phrase)
    assert count is not None
    assert (count.low, count.best, count.high) == (low, best, high)


@pytest.mark.parametrize("phrase", ["in 2014", "the blue car", "30 percent", "$40", "10 a.m."])
def test_phrase_that_names_no_count_gives_none(phrase):
    assert parse_count(phrase) is None


def test_find_counts_skips_years_times_ages_money_and_units():
    text = ("At least 12 people were killed and dozens wounded on March 3 2016 at 10 a.m., "
            "a 30-year-old man said; 30% of 1,200 homes burned. Fifty-eight died in 2014, "
            "5 km away, at a cost of $40.")
    found = [(c.text, c.best) for c in find_counts(text)]
    assert found == [("At least 12", 12), ("dozens", 12), ("1,200", 1200), ("Fifty-eight", 58)]


def test_find_counts_offsets_point_into_text():
    text = "Police said about 40 protesters and several journalists were detained."
    counts = find_counts(text)
    assert [c.text for c in counts] == ["about 40", "several"]
    assert all(text[c.start:c.end] == c.text for c in counts)


@pytest.mark.parametrize(("words", "value"), [("twenty five", 25), ("a hundred", 100), ("3m", 3_000_000),
                                              ("one thousand two hundred", 1200), ("banana", None)])
def test_number_value_reads_digits_and_words(words, value):
    assert number_value(words) == value


@pytest.mark.parametrize("bad", [None, 12, b"12"])
def test_non_text_input_raises_clear_error(bad):
    with pytest.raises(BadInputError):
        find_counts(bad)
    with pytest.raises(BadInputError):
        parse_count(bad)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["at least", "12", "dozens", "of", "people", "fifty-eight", "in", "2014",
                                 "about", "1,200", "killed", "a few", ",", "."]), max_size=20).map(" ".join))
def test_every_count_is_an_exact_slice_with_ordered_figures(text):
    for count in find_counts(text):
        assert isinstance(count, Count)
        assert text[count.start:count.end] == count.text
        assert 0 <= count.low <= count.best <= count.high
