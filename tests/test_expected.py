"""The acceptance checker (expected.yaml) on hand-made events and on one self-written report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import BadInputError
from eventwire.evaluate.expected import (
    alternatives,
    check_event,
    check_events,
    check_example,
    load_expected,
    render_report,
)
from eventwire.records import Actor, Claim, Event, Evidence, Place

EXAMPLE = Path(__file__).parent / "data" / "acceptance" / "convoy"
TEXT = "Gunmen killed four traders in Kelda on Monday, two residents said."


def _event(**changes) -> Event:
    base = dict(
        event_id="e1", article_ids=("a1",), event_date=dt.date(2025, 3, 10),
        time_precision=1, event_type="Violence against civilians", sub_event_type="Attack",
        actor1=Actor(name="Unidentified Armed Group (Qaland)", aliases=("gunmen",), inter=2),
        place=Place(name="Kelda", latitude=10.0, longitude=20.0, iso2="QX", geo_precision=1),
        fatalities=4, fatalities_low=4, fatalities_high=4,
        claims=(Claim(source="two residents", kind="resident", count=2),),
        evidence=(Evidence(field="trigger", text="killed", start=7, end=13),),
    )
    base.update(changes)
    return Event(**base)


def _ok(expected: dict, event: Event | None = None) -> dict[str, bool]:
    return {c.field: c.ok for c in check_event(expected, event or _event(), text=TEXT)}


@pytest.mark.parametrize(("value", "parsed"), [
    ("one_of [1, 2]", [1, 2]),
    ("one_of [Attack, Other]", ["Attack", "Other"]),
    ([3, 4], [3, 4]),
    ("Attack", ["Attack"]),
    (58, [58]),
])
def test_alternatives_read_one_of_lists(value, parsed):
    assert alternatives(value) == parsed


@pytest.mark.parametrize(("expected", "field", "ok"), [
    ({"fatalities": 4}, "fatalities", True),
    ({"fatalities": "one_of [5, 6]"}, "fatalities", False),
    ({"sub_event_type": "one_of [Attack, Abduction/forced disappearance]"}, "sub_event_type", True),
    ({"actor1": "gunmen"}, "actor1", True),  # an alias counts
    ({"actor1": "Police Forces"}, "actor1", False),
    ({"actor1_inter": "one_of [2, 3]"}, "actor1_inter", True),
    ({"location": {"lat": 10.1, "lon": 20.1, "within_km": 25}}, "location.point", True),
    ({"location": {"lat": 11.0, "lon": 20.0, "within_km": 25}}, "location.point", False),
    ({"location": {"name": "kelda", "country_iso2": "qx"}}, "location.name", True),
    ({"location": {"geo_precision": "one_of [2, 3]"}}, "location.geo_precision", False),
    ({"date": {"earliest": "2025-03-09", "latest": "2025-03-10"}}, "date", True),
    ({"date": {"earliest": "2025-03-11", "latest": "2025-03-12"}}, "date", False),
    ({"date": {"time_precision": 2}}, "date.time_precision", False),
    ({"evidence_contains": "killed four traders"}, "evidence", True),
    ({"evidence_contains": "residents said"}, "evidence", False),
    ({"sources_include": ["residents"]}, "sources", True),
    ({"not_confirmed_by": "police"}, "not_confirmed_by", False),
])
def test_each_expected_field_is_checked(expected, field, ok):
    assert _ok(expected)[field] is ok


def test_a_source_that_cannot_confirm_is_found():
    event = _event(claims=(Claim(source="a police spokesman", kind="official",
                                 stance="cannot_confirm"),))
    assert _ok({"not_confirmed_by": "police"}, event) == {"not_confirmed_by": True}


def test_unknown_fields_are_named():
    with pytest.raises(BadInputError, match="fatality"):
        check_event({"fatality": 3}, _event(), text=TEXT)
    with pytest.raises(BadInputError, match="within"):
        check_event({"location": {"within": 3}}, _event(), text=TEXT)


EXPECTED = {"must_find": [{"key": "killing", "event_type": "Violence against civilians",
                           "fatalities": 4}],
            "may_find": [{"key": "protest", "event_type": "Protests"}]}


def test_one_matching_event_passes():
    report = check_events(EXPECTED, [_event()], text=TEXT)
    assert report.passed and report.expectations[0].event_id == "e1"
    assert report.expectations[1].event_id is None  # optional, absent: no penalty


def test_a_second_copy_of_an_event_is_unexpected():
    report = check_events(EXPECTED, [_event(), _event(event_id="e2", fatalities=0,
                                                      fatalities_low=0, fatalities_high=0)],
                          text=TEXT)
    assert report.expectations[0].event_id == "e1"  # the copy with the right toll wins
    assert not report.passed and len(report.unexpected) == 1
    assert "UNEXPECTED" in render_report(report)


def test_an_event_of_another_type_never_matches():
    report = check_events(EXPECTED, [_event(event_type="Battles", sub_event_type="Armed clash")],
                          text=TEXT)
    assert report.expectations[0].event_id is None and not report.passed
    assert render_report(report).splitlines()[1].startswith("MISSING [must] killing")


@pytest.mark.parametrize(("content", "message"), [
    ("article: [1]\n", "'article' mapping"),
    ("article: {file: x.txt}\nmust_find: {a: 1}\n", "must_find must be a list"),
    (": bad: yaml: [\n", "not valid YAML"),
])
def test_bad_expected_files_are_named(tmp_path, content, message):
    (tmp_path / "x.txt").write_text("Nothing happened.")
    (tmp_path / "expected.yaml").write_text(content)
    with pytest.raises(BadInputError, match=message):
        check_example(tmp_path, extract=lambda article: None)  # type: ignore[arg-type,return-value]


def test_the_example_folder_or_its_file_may_be_named():
    assert load_expected(EXAMPLE)[0] == load_expected(EXAMPLE / "expected.yaml")[0]


@pytest.mark.model
def test_self_written_report_passes_whole():
    # the rockets the attackers fired are part of the ambush, not a second event, and the
    # spokesman who "confirmed the attack" speaks for it
    report = check_example(EXAMPLE)
    assert report.passed, render_report(report)
