"""Doers named before their means, groups named by acronym alone, and running totals."""

import pytest


@pytest.mark.parametrize(("text", "actor1", "sub_event_type"), [
    # the small parser splits "X shelling" into a subject and a stray word: X is the doer
    ("Houthi shelling killed three children in Taiz on Friday, medics said.",
     "Houthi", "Shelling/artillery/missile attack"),
    ("Taliban rocket fire killed four police officers in Kunduz on Friday.",
     "Taliban", "Shelling/artillery/missile attack"),
    # generic words and nationalities before the means keep their own readings
    ("Army shelling killed two civilians in Kidal on Friday.",
     "Military Forces of Mali", "Shelling/artillery/missile attack"),
    ("Israeli shelling killed two people in Khan Younis on Friday.",
     "Military Forces of Israel", "Shelling/artillery/missile attack"),
])
def test_a_name_before_the_means_is_the_doer(events_of, text, actor1, sub_event_type):
    events = events_of(text)
    assert [(e.actor1.name if e.actor1 else None, e.sub_event_type) for e in events] == [
        (actor1, sub_event_type)]


@pytest.mark.parametrize(("text", "actor1"), [
    ("The RSF attacked a market in Omdurman on Friday, killing 12 people.", "RSF"),
    # a weapon's acronym is no group
    ("An IED killed two soldiers in Kunar on Friday.", None),
])
def test_a_group_named_by_its_acronym_alone_is_the_actor(events_of, text, actor1):
    events = events_of(text)
    assert [e.actor1.name if e.actor1 else None for e in events] == [actor1]


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Suspected jihadists killed half a dozen soldiers in an ambush near Ansongo on Friday.", 6),
    ("A suicide bomber killed a score of worshippers at a mosque in Bannu on Friday.", 20),
])
def test_old_counting_words_give_their_number(events_of, text, fatalities):
    assert [e.fatalities for e in events_of(text)] == [fatalities]


@pytest.mark.parametrize(("text", "events"), [
    # the day's shelling is the event; the month's total beside it is a statistic
    ("Shelling killed 20 people in El Fasher on Thursday, a monitor said. The monitor said "
     "150 people had been killed in the city since the start of the month.", [20]),
    ("More than 2,000 people have died in fighting in Darfur so far this year, the UN said.", []),
    # a few days' fighting told as one toll is still the event
    ("At least 40 people have been killed since Friday in clashes in Kidal, officials said.", [40]),
])
def test_running_totals_are_not_events(events_of, text, events):
    assert [e.fatalities for e in events_of(text)] == events


@pytest.mark.parametrize(("text", "actor1"), [
    ("Russia's defence ministry said its forces had struck a depot near Kupiansk on Tuesday.",
     "Military Forces of Russia"),
    ("The Sudanese army shelled a market in Omdurman on Friday, killing six people.",
     "Military Forces of Sudan"),
])
def test_a_states_organ_named_by_its_country_is_its_forces(events_of, text, actor1):
    assert [e.actor1.name for e in events_of(text)] == [actor1]
