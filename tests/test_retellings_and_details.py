"""An event told again in other words: bodies found, the wounded at hospital, the toll's
sentence naming the weapon, the day before, and accidents or precautions that are none."""

import pytest


@pytest.mark.parametrize(("text", "fatalities"), [
    # the bodies recovered after the clash are its dead
    ("Troops clashed with militants near Marawi on Sunday, the army said. On Monday soldiers "
     "recovered the bodies of five militants from the area.", 5),
    ("Rescuers recovered 14 bodies from the rubble in Gaza City on Friday after an Israeli air "
     "strike, civil defence said.", 14),
    # "more bodies" gives no figure; the death toll in the same sentence does
    ("A missile struck a block of flats in Kharkiv on Friday, killing two people. Rescuers pulled "
     "more bodies from the rubble, and by evening officials put the death toll at nine.", 9),
    # a pronoun victim is one person
    ("A drone dropped a grenade on a man cycling to work in Kherson on Saturday, killing him, "
     "officials said.", 1),
])
def test_bodies_and_single_victims_give_the_toll(events_of, text, fatalities):
    assert [e.fatalities for e in events_of(text)] == [fatalities]


def test_wounded_received_at_a_hospital_are_the_same_event(events_of):
    events = events_of("Shelling killed nine people at a market in Omdurman on Friday, "
                                    "residents said. Doctors at the city's Al Nao Hospital said they "
                                    "had received 40 wounded.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 9)]


def test_the_toll_sentence_can_name_the_weapon_more_precisely(events_of):
    events = events_of("The death toll from a suicide bombing at a market in Konduga on "
                                    "Friday has risen to 12, officials said. A woman detonated "
                                    "explosives among shoppers, witnesses said.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Suicide bomb", 12)]


def test_a_strike_that_kills_is_from_the_air_and_the_day_before_is_its_own_event(events_of):
    events = events_of("Two fighters were killed on Friday when a drone struck their "
                                    "car near Bint Jbeil. A day earlier, an Israeli strike on a house "
                                    "on the edge of Marjayoun killed a woman, the agency said.")
    got = sorted((str(e.event_date), e.sub_event_type, e.place.name if e.place else None) for e in events)
    assert got == [("2025-05-08", "Air/drone strike", "Marjayoun"),
                   ("2025-05-09", "Air/drone strike", "Bent Jbaïl")]  # GeoNames' spelling


@pytest.mark.parametrize("text", [
    # an accident told again as "the explosion"
    "At least 30 people were killed when a fuel tanker overturned and exploded on a highway near "
    "Lokoja on Saturday. The explosion also destroyed 12 cars.",
    # a precaution
    "The embassy warned of possible attacks on hotels in the capital. Police said security had been "
    "stepped up and 3,000 officers deployed.",
])
def test_accidents_told_again_and_precautions_are_no_events(events_of, text):
    assert events_of(text) == ()


def test_the_past_perfect_with_an_old_date_is_background(events_of):
    events = events_of("Government troops recaptured the town of Jowhar from al-Shabaab "
                                    "on Thursday after fighting that killed four soldiers, a commander "
                                    "said. The insurgents had seized the town in January.",
                     published="2025-04-12")
    assert [(e.sub_event_type, e.fatalities, str(e.event_date)) for e in events] == [
        ("Government regains territory", 4, "2025-04-10")]


def test_a_date_after_since_describes_a_state_not_the_event(events_of):
    events = events_of("Militiamen seized the market of Kitchanga, a town held by the "
                                    "rebels since 2023, in an attack on Monday, residents said.")
    assert [str(e.event_date) for e in events] == ["2025-05-05"]


def test_weapons_seized_do_not_outrank_the_killing(events_of):
    events = events_of("Jihadists killed 15 soldiers in an attack on an army post near "
                                    "Djibo on Sunday and seized their weapons, security sources said.")
    assert [e.event_type for e in events] == ["Battles"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds of farmers blocked a highway near Ludhiana on Thursday to demand higher crop prices.",
     ("Protests", None)),
    ("Internal security forces arrested three men in Homs on Friday, the interior ministry said.",
     ("Strategic developments", "Police Forces of Syria")),
])
def test_blockades_with_demands_are_protests_and_internal_security_is_police(events_of, text, expected):
    events = events_of(text)
    event_type, actor = expected
    assert [e.event_type for e in events] == [event_type]
    if actor:
        assert events[0].actor1.name == actor


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Gunmen attacked a church in Ikare on Friday. At least 12 people died, police said.", 12),
    ("Rebels attacked a village near Butembo on Friday, claiming the lives of 14 people.", 14),
    # dead added later to the toll told before
    ("Five soldiers were killed in an ambush near Menaka on Friday. Three more died later in "
     "hospital, the army said.", 8),
    ("Gunmen killed five people at a bar in Bukavu on Saturday. Two of the wounded later died in "
     "hospital, a doctor said.", 7),
    ("Gunmen attacked a village near Djibo on Monday, killing nine people. Another two died in "
     "hospital on Tuesday.", 11),
])
def test_deaths_told_with_dying_verbs_add_to_the_attack(events_of, text, fatalities):
    assert [e.fatalities for e in events_of(text)] == [fatalities]


@pytest.mark.parametrize("text", [
    "The former president died on Monday in Nairobi at the age of 87.",
    "Twelve people died in floods in Kasese on Friday, officials said.",
])
def test_deaths_without_violence_are_no_events(events_of, text):
    assert events_of(text) == ()


@pytest.mark.parametrize(("text", "fatalities"), [
    # each side's dead in one sentence add up
    ("Jihadists killed 11 soldiers in an attack on a post near Ouallam on Tuesday, the ministry "
     "said, adding that 19 attackers were neutralised.", 30),
    ("Militants stormed a hotel in Beledweyne on Friday, killing six people before security "
     "forces killed the three attackers, police said.", 9),
    ("Troops killed 12 militants near Afgooye on Friday, losing three soldiers, the army said.", 15),
    # a second source's lower toll
    ("Air strikes on a base near Hama killed at least 8 soldiers on Monday, a monitor said. State "
     "media gave a toll of four.", 4),
])
def test_both_sides_dead_and_a_second_sources_toll(events_of, text, fatalities):
    assert [e.fatalities for e in events_of(text)] == [fatalities]


def test_a_neutralised_bomb_is_a_disrupted_weapon_not_a_death(events_of):
    events = events_of("Police neutralised a bomb found near a school in Kano on Friday.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Disrupted weapons use", 0)]


def test_a_protest_dispersed_in_the_next_sentence_is_a_protest_with_intervention(events_of):
    events = events_of("Hundreds of students protested in Dhaka on Tuesday. Police fired "
                                    "tear gas to disperse them.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_the_event_an_anniversary_remembers_is_no_event(events_of):
    events = events_of("The town marked the fifth anniversary of the market massacre on "
                                    "Wednesday, when militants shot dead some 200 traders near Gao.")
    assert [e.event_type for e in events] == []


def test_attackers_killed_counted_as_some_of_them_add_to_the_toll(events_of):
    events = events_of("Cattle raiders killed 21 people in Warrap state on Friday, "
                                    "officials said. Six of the raiders were also killed.")
    assert [e.fatalities for e in events] == [27]
