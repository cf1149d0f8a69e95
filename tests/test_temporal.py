"""Time expressions: recognition, spans and resolution against a publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from eventwire.errors import BadInputError
from eventwire.temporal import TimeExpression, find_time_expressions, resolve_expression

PUB = date(2016, 10, 12)  # a Wednesday
D = date.fromisoformat


@pytest.mark.parametrize(
    ("phrase", "text", "value", "kind", "earliest", "latest", "precision"),
    [
        ("on Oct. 4", "Oct. 4", "2016-10-04", "date", "2016-10-04", "2016-10-04", 1),
        ("on Oct. 20", "Oct. 20", "2015-10-20", "date", "2015-10-20", "2015-10-20", 1),
        ("Sept. 30, 2015", "Sept. 30, 2015", "2015-09-30", "date", "2015-09-30", "2015-09-30", 1),
        ("on Monday", "Monday", "2016-10-10", "date", "2016-10-10", "2016-10-10", 1),
        ("on Wednesday", "Wednesday", "2016-10-12", "date", "2016-10-12", "2016-10-12", 1),
        ("last week", "last week", "2016-W40", "date", "2016-10-03", "2016-10-09", 2),
        ("this month", "this month", "2016-10", "date", "2016-10-01", "2016-10-31", 3),
        ("earlier this month", "earlier this month", "2016-10", "date", "2016-10-01", "2016-10-12", 3),
        ("late last month", "late last month", "2016-09", "date", "2016-09-21", "2016-09-30", 3),
        ("the past two months", "the past two months", "P2M", "duration", "2016-08-13", "2016-10-12", 3),
        ("the past week", "the past week", "P1W", "duration", "2016-10-06", "2016-10-12", 2),
        ("yesterday", "yesterday", "2016-10-11", "date", "2016-10-11", "2016-10-11", 1),
        ("today", "today", "2016-10-12", "date", "2016-10-12", "2016-10-12", 1),
        ("the day before yesterday", "the day before yesterday", "2016-10-10", "date", "2016-10-10", "2016-10-10", 1),
        ("last night", "last night", "2016-10-11TNI", "time", "2016-10-11", "2016-10-11", 1),
        ("on Tuesday night", "Tuesday night", "2016-10-11TNI", "time", "2016-10-11", "2016-10-11", 1),
        ("Monday morning", "Monday morning", "2016-10-10TMO", "time", "2016-10-10", "2016-10-10", 1),
        ("10 a.m. Tuesday", "10 a.m. Tuesday", "2016-10-11T10:00", "time", "2016-10-11", "2016-10-11", 1),
        ("in 2014", "2014", "2014", "date", "2014-01-01", "2014-12-31", 3),
        ("since 2003", "2003", "2003", "date", "2003-01-01", "2003-12-31", 3),
        ("two years ago", "two years ago", "2014", "date", "2014-01-01", "2014-12-31", 3),
        ("three days ago", "three days ago", "2016-10-09", "date", "2016-10-09", "2016-10-09", 1),
        ("in March 2013", "March 2013", "2013-03", "date", "2013-03-01", "2013-03-31", 3),
        ("2016-10-04", "2016-10-04", "2016-10-04", "date", "2016-10-04", "2016-10-04", 1),
        ("10/04/2016", "10/04/2016", "2016-10-04", "date", "2016-10-04", "2016-10-04", 1),
        ("March 3", "March 3", "2016-03-03", "date", "2016-03-03", "2016-03-03", 1),
        ("3 March 2016", "3 March 2016", "2016-03-03", "date", "2016-03-03", "2016-03-03", 1),
        ("the 3rd of March", "the 3rd of March", "2016-03-03", "date", "2016-03-03", "2016-03-03", 1),
        ("mid-October", "mid-October", "2016-10", "date", "2016-10-11", "2016-10-20", 3),
        ("in December", "December", "2015-12", "date", "2015-12-01", "2015-12-31", 3),
        ("last December", "last December", "2015-12", "date", "2015-12-01", "2015-12-31", 3),
        ("the weekend", "the weekend", "2016-W40-WE", "date", "2016-10-08", "2016-10-09", 2),
        ("this year", "this year", "2016", "date", "2016-01-01", "2016-12-31", 3),
        ("last year", "last year", "2015", "date", "2015-01-01", "2015-12-31", 3),
        ("next month", "next month", "2016-11", "date", "2016-11-01", "2016-11-30", 3),
        ("the first quarter", "the first quarter", "2016-Q1", "date", "2016-01-01", "2016-03-31", 3),
        ("last summer", "last summer", "2016-SU", "date", "2016-06-01", "2016-08-31", 3),
        ("the 1990s", "the 1990s", "199", "date", "1990-01-01", "1999-12-31", 3),
        ("the 20th century", "the 20th century", "19", "date", "1900-01-01", "1999-12-31", 3),
        ("by the end of the year", "the end of the year", "2016", "date", "2016-09-01", "2016-12-31", 3),
    ],
)
def test_phrase_resolves_against_publication_date(phrase, text, value, kind, earliest, latest, precision):
    expr = resolve_expression(phrase, published=PUB)
    assert expr is not None
    assert (expr.text, expr.value, expr.kind) == (text, value, kind)
    assert (expr.earliest, expr.latest, expr.precision) == (D(earliest), D(latest), precision)


@pytest.mark.parametrize(
    ("phrase", "value", "kind"),
    [
        ("two weeks", "P2W", "duration"),
        ("24 hours", "PT24H", "duration"),
        ("a 30-year-old", "P30Y", "duration"),
        ("for years", "PXY", "duration"),
        ("every year", "P1Y", "set"),
        ("every Monday", "XXXX-WXX-1", "set"),
        ("now", "PRESENT_REF", "date"),
        ("recently", "PAST_REF", "date"),
        ("in the future", "FUTURE_REF", "date"),
    ],
)
def test_durations_sets_and_references_get_timex_values(phrase, value, kind):
    expr = resolve_expression(phrase, published=PUB)
    assert expr is not None and (expr.value, expr.kind) == (value, kind)


def test_duration_without_anchor_has_no_window():
    expr = resolve_expression("two weeks", published=PUB)
    assert expr is not None and (expr.earliest, expr.latest, expr.precision) == (None, None, 3)


@pytest.mark.parametrize(
    ("sentence", "needle", "value"),
    [
        ("The vote will be held on Oct. 20.", "Oct. 20", "2016-10-20"),
        ("Rebels attacked the base on Oct. 20.", "Oct. 20", "2015-10-20"),
        ("Leaders will meet on Monday to discuss the ceasefire.", "Monday", "2016-10-17"),
        ("Gunmen killed three people on Monday.", "Monday", "2016-10-10"),
        ("The talks are scheduled for December.", "December", "2016-12"),
        ("Talks collapsed in December.", "December", "2015-12"),
        ("The company agreed to sell its stake in December.", "December", "2015-12"),
        ("The book is due to be published in December.", "December", "2016-12"),
    ],
)
def test_tense_of_nearby_verb_picks_past_or_future_occurrence(sentence, needle, value):
    found = {e.text: e.value for e in find_time_expressions(sentence, published=PUB)}
    assert found[needle] == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("yesterday", "XXXX-XX-XX"),
        ("on Monday", "XXXX-WXX-1"),
        ("last week", "XXXX-WXX"),
        ("last month", "XXXX-XX"),
        ("March 3", "XXXX-03-03"),
        ("two years ago", "XXXX"),
    ],
)
def test_relative_phrase_without_publication_date_is_not_guessed(phrase, value):
    expr = resolve_expression(phrase, published=None)
    assert expr is not None
    assert (expr.value, expr.earliest, expr.latest, expr.precision) == (value, None, None, 3)


@pytest.mark.parametrize(
    ("phrase", "value", "earliest"),
    [("in 2014", "2014", "2014-01-01"), ("March 3, 2016", "2016-03-03", "2016-03-03"),
     ("in March 2013", "2013-03", "2013-03-01")],
)
def test_absolute_phrase_resolves_without_publication_date(phrase, value, earliest):
    expr = resolve_expression(phrase, published=None)
    assert expr is not None and (expr.value, expr.earliest) == (value, D(earliest))


def test_background_years_are_dates_with_year_values():
    text = "The group seized the town in 2014 and had held it since 2003, before the ceasefire."
    found = [(e.text, e.value, e.kind) for e in find_time_expressions(text, published=PUB)]
    assert found == [("2014", "2014", "date"), ("2003", "2003", "date")]


def test_year_range_with_short_second_year_gives_two_years():
    found = [(e.text, e.value) for e in find_time_expressions("the expedition of 1957-58", published=PUB)]
    assert ("1957", "1957") in found and ("58", "1958") in found


@pytest.mark.parametrize(
    "text",
    [
        "You may go home.",
        "Thousands joined a march through the city.",
        "A second bridge collapsed.",
        "2000 people fled the fighting.",
        "The blue car stopped.",
    ],
)
def test_words_that_only_look_like_dates_are_not_tagged(text):
    assert find_time_expressions(text, published=PUB) == []


def test_next_day_resolves_from_the_previous_day_mentioned():
    text = "Fighting began on Monday. The next day, the army withdrew."
    found = {e.text: e.value for e in find_time_expressions(text, published=PUB)}
    assert found == {"Monday": "2016-10-10", "The next day": "2016-10-11"}


def test_anaphoric_day_without_antecedent_is_dropped():
    assert find_time_expressions("The next day, the army withdrew.", published=PUB) == []


def test_offsets_point_into_the_text_and_are_sorted():
    text = "On Monday, police said Tuesday that 12 people died last week; talks resume next month."
    found = find_time_expressions(text, published=PUB)
    assert [e.text for e in found] == ["Monday", "Tuesday", "last week", "next month"]
    assert all(text[e.start:e.end] == e.text for e in found)


def test_datetime_publication_is_read_as_its_date():
    expr = resolve_expression("yesterday", published=datetime(2016, 10, 12, 23, 30))
    assert expr is not None and expr.value == "2016-10-11"


def test_resolve_expression_falls_back_to_dateparser_for_other_formats():
    expr = resolve_expression("2016/10/04", published=PUB)
    assert expr is not None and (expr.value, expr.precision) == ("2016-10-04", 1)


def test_resolve_expression_returns_none_for_non_temporal_phrase():
    assert resolve_expression("the blue car", published=PUB) is None


@pytest.mark.parametrize(("text", "published"), [(b"Monday", PUB), (None, PUB), ("Monday", "2016-10-12")])
def test_bad_arguments_raise_clear_errors(text, published):
    with pytest.raises(BadInputError):
        find_time_expressions(text, published=published)


def test_time_expression_is_frozen():
    expr = resolve_expression("today", published=PUB)
    assert isinstance(expr, TimeExpression)
    with pytest.raises(AttributeError):
        expr.value = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("sentence", "needle", "value"),
    [
        ("More than 30 people have died since the start of the month.", "the start of the month", "2016-10"),
        ("Protests erupted on 5 October and lasted until the following week.", "the following week", "2016-W41"),
        ("Elections are due in November next year.", "November next year", "2017-11"),
        ("The vote is set for October 30.", "October 30", "2016-10-30"),
        ("The attack happened at around 3 a.m. local time on Friday.", "3 a.m.", "2016-10-07T03:00"),
    ],
)
def test_periods_anaphora_and_clock_times_take_their_anchor(sentence, needle, value):
    found = {e.text: e.value for e in find_time_expressions(sentence, published=PUB)}
    assert found[needle] == value


def test_clock_time_without_a_day_nearby_keeps_no_window():
    found = find_time_expressions("A curfew runs from 8 p.m. nightly.", published=PUB)
    assert [(e.value, e.earliest, e.precision) for e in found if e.text == "8 p.m."] == [
        ("XXXX-XX-XXT20:00", None, 3)]
