"""Protests, riots and what led to them: causes told in an "after" clause, crowd control,
parades, permitted rallies, weapons seized, vigilantes and armies named for no country."""

import pytest


def _summary(events):
    return [(e.sub_event_type, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    # the accident that led to the riot is neither part of it nor an event
    ("Youths set fire to cars and fired fireworks at police in Trappes on Sunday night after a "
     "teenager died in a collision with a police vehicle, officials said. Police responded with "
     "tear gas and stun grenades. The teenager was killed on Saturday when his motorbike hit a "
     "patrol car.", [("Violent demonstration", 0)]),
    # a withdrawal told as the cause of a takeover is background
    ("Militants seized the town of Diafarabe on Monday after soldiers pulled out of their base "
     "there, security sources said.", [("Non-state actor overtakes territory", 0)]),
    # protesters beaten during the arrests are part of the intervention, told paragraphs later
    ("Riot police used water cannon to break up a rally of several thousand demonstrators in "
     "Tbilisi on Monday, detaining 22 people. The protesters had blocked the avenue for hours. "
     "The ministry said the detainees were held for hooliganism. Opposition leaders said several "
     "protesters were beaten during the arrests.", [("Protest with intervention", 0)]),
])
def test_causes_and_crowd_control_stay_in_their_place(events_of, text, expected):
    assert _summary(events_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Contingents of the army, navy and air force marched past the president at the parade ground "
    "in Islamabad on Sunday.",
    "Police said on Wednesday they had approved the rally in Dhaka and would deploy 6,000 officers.",
    "The group has fought the army in the hills for years, officials said.",
])
def test_parades_permitted_rallies_and_long_wars_are_no_events(events_of, text):
    assert events_of(text) == ()


def test_weapons_seized_in_a_raid_are_no_grenade_attack(events_of):
    events = events_of("Police arrested three suspected militants in a raid on a house "
                                    "in Bannu on Tuesday and seized two suicide vests and hand "
                                    "grenades, an official said.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_vigilantes_fighting_bandits_are_a_battle_and_each_sides_dead_add_up(events_of):
    events = events_of("Vigilantes killed at least 17 armed bandits in a gunfight near "
                                    "Gusau on Wednesday, an official said. Three vigilantes were also "
                                    "killed in the fighting.")
    assert [(e.sub_event_type, e.fatalities, e.actor1.name) for e in events] == [
        ("Armed clash", 20, "Vigilante Militia (Nigeria)")]


def test_an_army_named_for_no_country_is_a_group_taking_territory(events_of):
    events = events_of("The Arakan Army said on Wednesday it had seized full control of "
                                    "the town of Kyaukpyu after overrunning the last military "
                                    "positions there. At least 14 junta soldiers were killed in the "
                                    "final assault and more than 100 were captured, the group said.")
    assert _summary(events) == [("Non-state actor overtakes territory", 14)]


def test_a_mob_killing_told_after_an_infinitive_counts_its_dead(events_of):
    events = events_of("A mob beat two men and set them on fire in Puebla on Saturday "
                                    "after they were accused of trying to kidnap a child, killing "
                                    "both, prosecutors said. Residents seized the men outside a "
                                    "school and beat them.")
    assert _summary(events) == [("Mob violence", 2)]


def test_the_place_a_raid_is_on_is_its_place(events_of):
    events = events_of("Armed bandits abducted 46 people in a night raid on Kaura Namoda "
                                    "in Zamfara State on Saturday, residents said.")
    assert [e.place.name for e in events] == ["Kaura Namoda"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two policemen were martyred when a roadside bomb went off near their vehicle in Bannu on "
     "Monday, police said.", [("Remote explosive/landmine/IED", 2)]),
    ("Flash floods caused by heavy rains swept through parts of Beledweyne on Wednesday, killing "
     "five people, officials said.", []),
    ("Police used pepper spray and batons to push back hundreds of protesters in Novi Sad on "
     "Saturday, and detained 16 people.", [("Protest with intervention", 0)]),
    ("Gunmen abducted 17 fishermen near Bol on Monday night, officials said. The gunmen arrived in "
     "canoes, rounded up the men and took them across the lake.", [("Abduction/forced disappearance", 0)]),
    # the crowd that had gathered, the force and the arrests are the riot told again
    ("One protester was killed when demonstrators hurled stones at police and tried to storm the "
     "airport in Juliaca on Tuesday. Hundreds of protesters had gathered in the city to demand a "
     "permit. Police fired tear gas as the crowd tore down a fence.", [("Violent demonstration", 1)]),
])
def test_martyrs_floods_pepper_spray_round_ups_and_crowds(events_of, text, expected):
    assert _summary(events_of(text)) == expected


def test_a_group_named_in_background_is_not_the_actor_when_no_one_claimed(events_of):
    events = events_of("Militants attacked a check post in Tank on Tuesday, killing one "
                                    "soldier, the military said. No group claimed responsibility. The "
                                    "banned Tehreek-i-Taliban Pakistan ended its ceasefire in 2022.")
    assert [e.actor1.name for e in events] == ["Unidentified Armed Group (Pakistan)"]
