"""Exports: the event_row contract, CSV with ACLED's columns, JSON Lines and GeoJSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from eventwire.errors import UnknownValueError
from eventwire.export import (
    ACLED_COLUMNS, CSV_COLUMNS, SkippedEventsWarning, csv_row, disorder_type, event_row,
    write_events,
)
from eventwire.records import Actor, Claim, Event, Evidence, Place

CONTRACT_KEYS = [
    "event_id", "event_date", "date_earliest", "date_latest", "time_precision", "event_type",
    "sub_event_type", "plover_type", "actor1", "inter1", "assoc_actor_1", "actor2", "inter2",
    "assoc_actor_2", "interaction", "location", "admin1", "admin2", "country", "iso2",
    "latitude", "longitude", "geo_precision", "geonameid", "fatalities", "fatalities_low",
    "fatalities_high", "source", "claims", "corroboration", "notes", "confidence", "evidence",
    "article_ids", "extractor_version", "review_status",
]


def full_event(**kw) -> Event:
    values = dict(
        event_id="e1", article_ids=("a1", "a2"),
        event_date=dt.date(2024, 3, 5), date_earliest=dt.date(2024, 3, 4),
        date_latest=dt.date(2024, 3, 5), time_precision=2,
        event_type="Violence against civilians", sub_event_type="Attack", plover_type="ASSAULT",
        actor1=Actor(name="Unidentified Armed Group", inter=3),
        assoc_actor_1=(Actor(name="Militia A"), Actor(name="Militia B")),
        actor2=Actor(name="Civilians", inter=7), interaction=37,
        place=Place(name="Elmford", geonameid=123, latitude=33.5, longitude=44.25,
                    admin1="North Province", admin2="River District", country="Iraq",
                    iso2="IQ", geo_precision=2),
        fatalities=3, fatalities_low=2, fatalities_high=5,
        claims=(
            Claim(source="residents", kind="resident", named=False, count=5,
                  evidence=(Evidence(field="source", text="five residents", start=10, end=24),)),
            Claim(source="the ministry", kind="official", named=True, stance="denies"),
        ),
        corroboration=2, confidence=0.8,
        evidence=(Evidence(field="trigger", text="attacked", start=7, end=15),),
        notes="Armed men attacked villagers.", source="Example Wire",
        extractor_version="0.1.0", review_status="unreviewed",
    )
    return Event(**(values | kw))


def bare_event(event_id: str = "e2", **kw) -> Event:
    values = dict(event_id=event_id, article_ids=("a1",), event_type="Battles",
                  sub_event_type="Armed clash")
    return Event(**(values | kw))


def test_event_row_has_the_contract_keys_in_order_with_iso_dates() -> None:
    row = event_row(full_event())
    assert list(row)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert (row["event_date"], row["date_earliest"], row["date_latest"]) == (
        "2024-03-05", "2024-03-04", "2024-03-05",
    )
    assert row["assoc_actor_1"] == "Militia A; Militia B"
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (
        "Unidentified Armed Group", 3, "Civilians", 7,
    )
    assert (row["location"], row["latitude"], row["longitude"]) == ("Elmford", 33.5, 44.25)
    assert row["evidence"] == [{"field": "trigger", "text": "attacked", "start": 7, "end": 15}]
    assert row["claims"][0] == {
        "source": "residents", "kind": "resident", "named": False, "count": 5,
        "stance": "asserts",
        "evidence": [{"field": "source", "text": "five residents", "start": 10, "end": 24}],
    }
    assert row["article_ids"] == ["a1", "a2"]
    json.dumps(row, allow_nan=False)


def test_event_row_of_bare_event_has_none_for_absent_values() -> None:
    row = event_row(bare_event())
    for key in ("event_date", "actor1", "actor2", "assoc_actor_1", "location", "latitude",
                "iso2", "geonameid", "source"):
        assert row[key] is None, key
    assert row["claims"] == [] and row["evidence"] == []


def test_anonymous_sources_stay_anonymous_in_every_format() -> None:
    ev = full_event(claims=(Claim(source="a security source", kind="official", named=False),))
    assert event_row(ev)["claims"][0]["source"] == "a security source"
    assert event_row(ev)["claims"][0]["named"] is False
    assert csv_row(ev)["claims"] == "a security source (official, asserts)"


def test_csv_header_is_acled_columns_then_eventwire_extras() -> None:
    out = io.StringIO()
    assert write_events([full_event(), bare_event()], format="csv", output=out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(CSV_COLUMNS)
    assert rows[0][: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert rows[0][:3] == ["event_id_cnty", "event_date", "year"]
    assert len(rows) == 3 and all(len(r) == len(CSV_COLUMNS) for r in rows)


def test_csv_values_follow_acled_conventions() -> None:
    out = io.StringIO()
    write_events([full_event(), bare_event()], format="csv", output=out)
    first, bare = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert first["event_id_cnty"] == "e1"
    assert first["year"] == "2024" and first["event_date"] == "2024-03-05"
    assert first["iso"] == "368" and first["iso2"] == "IQ"
    assert first["disorder_type"] == "Political violence"
    assert first["assoc_actor_1"] == "Militia A; Militia B"
    assert first["claims"] == "residents (resident, asserts); the ministry (official, denies)"
    assert (first["fatalities"], first["fatalities_low"], first["fatalities_high"]) == ("3", "2", "5")
    assert first["article_ids"] == "a1; a2"
    assert bare["iso"] == "" and bare["year"] == "" and bare["latitude"] == ""


def test_csv_written_to_a_file_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    notes = 'Line one, with "quotes"\nline two'
    with path.open("w", newline="", encoding="utf-8") as out:
        write_events([full_event(notes=notes)], format="csv", output=out)
    with path.open(newline="", encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["notes"] == notes


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "expected"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Strategic developments", "Arrests", "Strategic developments"),
    ],
)
def test_disorder_type_follows_acled(event_type: str, sub_event_type: str, expected: str) -> None:
    ev = bare_event(event_type=event_type, sub_event_type=sub_event_type)
    assert disorder_type(ev) == expected


def test_jsonl_has_one_contract_object_per_line() -> None:
    out = io.StringIO()
    assert write_events([full_event(), bare_event()], format="jsonl", output=out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    for line in lines:
        assert list(json.loads(line))[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert json.loads(lines[0]) == event_row(full_event())


def test_geojson_is_a_feature_collection_of_points_without_geometry_in_properties() -> None:
    out = io.StringIO()
    events = [full_event(), full_event(event_id="e3", place=Place(name="X", latitude=-1.0,
                                                                  longitude=2.0))]
    assert write_events(events, format="geojson", output=out) == 2
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    for feature, ev in zip(data["features"], events, strict=True):
        assert feature["type"] == "Feature" and feature["id"] == ev.event_id
        assert feature["geometry"] == {
            "type": "Point", "coordinates": [ev.place.longitude, ev.place.latitude],
        }
        expected = {k: v for k, v in event_row(ev).items() if k not in ("latitude", "longitude")}
        assert feature["properties"] == expected


@pytest.mark.parametrize(
    "place",
    [None, Place(name="Nowhere"), Place(name="Half", latitude=1.0),
     Place(name="NaN", latitude=float("nan"), longitude=1.0)],
)
def test_geojson_skips_events_without_coordinates_and_says_how_many(place: Place | None) -> None:
    out = io.StringIO()
    with pytest.warns(SkippedEventsWarning, match="1 event"):
        written = write_events([full_event(), bare_event(place=place)], format="geojson",
                               output=out)
    assert written == 1
    assert [f["id"] for f in json.loads(out.getvalue())["features"]] == ["e1"]


def test_geojson_of_no_events_is_an_empty_valid_collection() -> None:
    out = io.StringIO()
    assert write_events([], format="geojson", output=out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_nan_coordinates_become_null_in_jsonl() -> None:
    out = io.StringIO()
    ev = bare_event(place=Place(name="NaN", latitude=float("nan"), longitude=float("inf")))
    write_events([ev], format="jsonl", output=out)
    row = json.loads(out.getvalue())
    assert row["latitude"] is None and row["longitude"] is None


def test_unknown_format_names_the_valid_ones() -> None:
    with pytest.raises(UnknownValueError, match="csv, geojson, jsonl"):
        write_events([], format="xlsx", output=io.StringIO())  # type: ignore[arg-type]
