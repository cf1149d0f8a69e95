"""UCDP actor scoring: name normalisation and the per-split shares, with a rule extractor."""

import re
from pathlib import Path

import pytest

from eventwire.errors import BadInputError
from eventwire.evaluate.ucdp_actors import (
    component_matches,
    evaluate_ucdp_actors,
    headline_aliases,
    sample_rows,
    side_matches,
)
from eventwire.records import Actor, Event

SAMPLE = Path(__file__).parent / "data" / "geo" / "ucdp_actors_sample.csv"


@pytest.mark.parametrize(("gold", "actor", "expected"), [
    ("IS", Actor(name="Islamic State"), True),                 # initials
    ("IS", Actor(name="ISIL"), True),                          # longer acronym
    ("IS", Actor(name="Israel"), False),
    ("SDF", Actor(name="Syrian Democratic Forces"), True),
    ("Ahrar al-Sham", Actor(name="Ahrar al Sham fighters"), True),   # articles, word subset
    ("Jaysh al-Islam", Actor(name="Jaysh al-Nasr"), False),
    ("Government of Syria", Actor(name="Military Forces of Syria (2000-)"), True),
    ("Government of Syria", Actor(name="Syrian regime forces"), True),   # demonym
    ("Government of Syria", Actor(name="Unidentified forces", inter=1, country="Syria"), True),
    ("Government of Syria", Actor(name="Military Forces of Turkey"), False),
    ("Government of Syria", Actor(name="Islamic State of Iraq and Syria"), False),
    ("Syrian insurgents", Actor(name="Opposition fighters"), True),
    ("Syrian insurgents", Actor(name="Free Syrian Army", inter=2), True),
    ("Syrian insurgents", Actor(name="Islamic State", inter=2), False),
    ("Civilians", Actor(name="Civilians (Syria)", inter=7), True),
    ("Civilians", Actor(name="Police Forces of Syria", inter=1), False),
])
def test_component_matches_follows_the_documented_normalisation(gold, actor, expected):
    assert component_matches(gold, actor) is expected


def test_headline_declares_aliases_both_ways():
    groups = headline_aliases("Clashes between Qaland Liberation Front (QLF) and X; "
                              "ZZB (Zemarian Border Brigade) withdraws")
    assert frozenset({"QLF", "Qaland Liberation Front"}) in groups
    assert frozenset({"ZZB", "Zemarian Border Brigade"}) in groups


def test_side_with_several_groups_matches_when_one_is_named():
    assert side_matches("Northern Brigade, QLF", [Actor(name="QLF")])
    assert not side_matches("Northern Brigade, QLF", [Actor(name="Southern Brigade")])
    # The headline makes the acronym and the long name one actor.
    assert side_matches("QLF", [Actor(name="Qaland Liberation Front")],
                        headline="Qaland Liberation Front (QLF) attacks")


def _event(*actors: Actor) -> Event:
    return Event(event_id="e", article_ids=("a",), event_type="Battles",
                 sub_event_type="Armed clash", actor1=actors[0],
                 actor2=actors[1] if len(actors) > 1 else None)


CALLS: list[tuple[str, str | None]] = []


def _rule_extract(text: str, *, published: str | None = None) -> list[Event]:
    """A tiny deterministic extractor: one event naming what the headline says."""
    CALLS.append((text, published))
    if "shells rebel" in text:
        return [_event(Actor(name="Army of Qaland"), Actor(name="rebels"))]
    if "Liberation Front" in text:
        return [_event(Actor(name="QLF"), Actor(name="Qaland army", inter=1))]
    if "clash" in text:
        return [_event(Actor(name="Northern Brigade"))]
    return []


def test_shares_per_split_and_repeated_headlines_extracted_once():
    CALLS.clear()
    result = evaluate_ucdp_actors(SAMPLE, extract=_rule_extract)
    dev, test = result.dev, result.test
    assert (dev.rows, dev.sampled, test.rows, test.sampled) == (4, 4, 2, 2)
    # dev: rows 1, 2, 4 fully matched; row 3 has no event.
    assert (dev.side_a_matched, dev.side_b_matched, dev.both_matched) == (0.75, 0.75, 0.75)
    assert dev.no_event == 0.25
    # test: row 5 names side_a only; row 6's side_b (civilians) is not among the actors.
    assert (test.side_a_matched, test.side_b_matched, test.no_event) == (1.0, 0.0, 0.0)
    assert CALLS.count(("Qaland Liberation Front (QLF) attacks army post", "2016-03-02")) == 1


def test_sample_is_capped_deterministic_and_in_file_order():
    rows = [{"id": str(i)} for i in range(50)]
    first = sample_rows(rows, cap=10, seed=3)
    assert first == sample_rows(rows, cap=10, seed=3) and len(first) == 10
    assert [int(r["id"]) for r in first] == sorted(int(r["id"]) for r in first)
    assert sample_rows(rows[:5], cap=10) == rows[:5]


def test_csv_without_actor_columns_is_rejected(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,year\n1,2016\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="side_a"):
        evaluate_ucdp_actors(bad, extract=_rule_extract)


def test_rows_outside_the_split_years_are_scored_as_all(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    moved = [lines[0]] + [re.sub(r"^(\d+),20\d\d\.0,", r"\1,2022.0,", line) for line in lines[1:]]
    path = tmp_path / "ged.csv"
    path.write_text("\n".join(moved) + "\n", encoding="utf-8")
    result = evaluate_ucdp_actors(path, extract=_rule_extract)
    assert result.dev.rows == result.test.rows == 0 and result.all is not None
    assert result.all.rows == len(lines) - 1
    assert evaluate_ucdp_actors(SAMPLE, extract=_rule_extract).all is None
