"""Integration: reports from the field -- who the dead fought, an exchange of fire, and
groups described rather than acted on.

Sentences written for these tests; the real spaCy model and gazetteer.
"""

from __future__ import annotations

import functools

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def events_in(events_of):
    """The shared extractor, with this file's publication date (2025-06-13, a Friday)."""
    return functools.partial(events_of, published="2025-06-13")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Twelve suspected Maoists were killed in a gunfight with police in a forest near "
                 "Dantewada on Thursday, officials said.", ("Police Forces of India", 12),
                 id="the police the dead fought"),
    pytest.param("Three soldiers were killed in a clash with Naxalites near Malkangiri on Thursday, "
                 "officials said.", ("Naxalites", 3), id="the rebels the dead soldiers fought"),
])
def test_who_the_dead_fought_killed_them(events_in, text, expected):
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None, e.fatalities)
            for e in events_in(text)] == [("Armed clash", *expected)]


@pytest.mark.parametrize(("text", "fatalities"), [
    pytest.param("An exchange of fire between police and rebels near Gadchiroli on Thursday left two "
                 "policemen wounded, officials said.", 0, id="an exchange of fire"),
    pytest.param("Two rebels died in an exchange of gunfire with police near Gadchiroli on Thursday, "
                 "officials said.", 2, id="an exchange of gunfire"),
])
def test_an_exchange_of_fire_is_a_clash(events_in, text, fatalities):
    assert [(e.sub_event_type, e.fatalities) for e in events_in(text)] == [("Armed clash", fatalities)]


def test_a_group_described_as_banned_is_no_change_to_it(events_in):
    text = ("Nine rebels were killed in a gunfight in a forest near Gadchiroli on Thursday, police "
            "said. A police team had launched the operation on Wednesday night on a tip-off about "
            "a gathering of cadres of the banned Communist Party of India (Maoist).")
    assert [(e.sub_event_type, e.fatalities) for e in events_in(text)] == [("Armed clash", 9)]
