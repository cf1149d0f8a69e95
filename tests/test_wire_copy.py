"""Regional wire copy: tolls that add other sides' dead, accidents, tallies, peaceful
take-overs, and protests that turn into riots."""

import pytest


def _summary(events):
    return [(e.event_type, e.sub_event_type, e.fatalities,
             e.actor1.name if e.actor1 else None) for e in events]


@pytest.mark.parametrize(("text", "fatalities"), [
    # the attackers "also killed" are others than the victims told first: they add
    ("Militants attacked an army post near Gao on Friday, killing two soldiers and a civilian. "
     "Five of the militants were also killed, the army said.", 8),
    ("Militants attacked an army post near Gao on Friday, killing two soldiers and a civilian.", 3),
])
def test_dead_also_killed_on_the_other_side_add_to_the_toll(events_of, text, fatalities):
    assert [e.fatalities for e in events_of(text)] == [fatalities]


@pytest.mark.parametrize(("text", "events"), [
    ("A fire at a textile factory in Gazipur killed nine workers on Friday, fire officials said.", 0),
    # a fire somebody set is violence
    ("Attackers set fire to a bus in Gazipur on Friday, killing nine passengers.", 1),
])
def test_a_fire_nobody_set_is_an_accident(events_of, text, events):
    assert len(events_of(text)) == events


def test_the_kidnapped_counted_in_a_quarterly_report_are_a_statistic(events_of):
    text = ("In its quarterly report, the UN mission said 900 people were killed in Port Sudan "
            "between April and June, while hundreds more were kidnapped.")
    assert list(events_of(text)) == []


def test_of_them_counts_the_people_just_named_not_the_killers(events_of):
    text = "Gunmen stopped a minibus near Zhob on Friday, ordered the passengers out and shot dead six of them."
    assert [(e.event_type, e.fatalities) for e in events_of(text)] == [("Violence against civilians", 6)]


@pytest.mark.parametrize("text", [
    "A glide bomb struck a school in Sumy on Friday, killing two teachers.",
    "A guided aerial bomb hit a street in Kharkiv on Friday, killing a man.",
])
def test_bombs_dropped_from_aircraft_are_air_strikes(events_of, text):
    assert [e.sub_event_type for e in events_of(text)] == ["Air/drone strike"]


def test_a_town_entered_without_a_fight_changes_hands_to_those_who_entered(events_of):
    events = events_of("Rebel fighters entered the town of Bulo Burde on Friday without firing a shot.")
    assert [(e.sub_event_type, e.actor1 is not None and e.actor1.inter != 1) for e in events] == [
        ("Non-violent transfer of territory", True)]


@pytest.mark.parametrize(("text", "expected"), [
    # a crowd that torches a police post is a riot, with its dead, the rioters as actor1
    ("Three protesters were shot dead in Kisumu on Friday when demonstrators set fire to a police "
     "post and officers opened fire.",
     [("Riots", "Violent demonstration", 3, "Rioters (Kenya)")]),
    # a peaceful march fired on: excessive force, by the police named in the when-clause
    ("Three protesters were shot dead in Kisumu on Friday when police opened fire on a peaceful march.",
     [("Protests", "Excessive force against protesters", 3, "Police Forces of Kenya")]),
])
def test_protesters_shot_while_rioting_are_a_riot(events_of, text, expected):
    assert _summary(events_of(text)) == expected


def test_a_riot_told_again_on_a_road_by_the_town_is_the_same_riot(events_of):
    text = ("Two rioters were shot dead in Kisumu on Friday when youths set fire to a police post. "
            "The youths had blocked the Kondele Road with burning tyres from the early hours and "
            "pelted officers with stones, residents said.")
    assert [(e.event_type, e.fatalities) for e in events_of(text)] == [("Riots", 2)]
