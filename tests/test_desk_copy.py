"""Integration: a conflict desk's wire copy -- listed tolls counted again by group, a
group named by its initials, force against a protest told twice, statement dates and
sources' towns, campaign rallies and verdicts on old attacks.

Sentences written for these tests; the real spaCy model and gazetteer.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def events_in(events_of):
    """The shared extractor, with this file's publication date (2025-06-10, a Tuesday)."""
    return functools.partial(events_of, published="2025-06-10")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Seven Naxalites and a policeman were killed in a gunfight near Sukma on Monday, police "
        "said. The bodies of the seven Naxalites were recovered from the forest.",
        [("Armed clash", 8)], id="a later count of one listed group is part of the toll"),
    pytest.param(
        "Fighters of the paramilitary Rapid Support Forces killed 15 civilians in an attack on "
        "villages near Um Ruwaba on Friday, a medical group said. The RSF fighters arrived in "
        "pickup trucks and shot residents in their homes, the group said.",
        [("Attack", 15)], id="the group told again by its initials is the same attack"),
    pytest.param(
        "Police fired live rounds at people protesting against bread prices in Kassala on Sunday, "
        "killing three protesters, a doctors' group said. The crowd had gathered outside the "
        "governor's office before officers opened fire to disperse them.",
        [("Excessive force against protesters", 3)],
        id="officers opening fire on the crowd just told are the protest event"),
])
def test_what_is_told_again_joins_the_event(events_in, text, expected):
    assert [(e.sub_event_type, e.fatalities) for e in events_in(text)] == expected


def test_the_day_right_after_said_is_the_statement_not_the_event(events_in):
    events = events_in("The army said on Friday it had killed 30 insurgents in fighting near "
                       "Maiduguri on Thursday.")
    assert [e.event_date for e in events] == [dt.date(2025, 6, 5)]


def test_sources_in_a_capital_and_a_countrys_army_are_not_places_of_a_second_event(events_in):
    events = events_in("Kenyan air strikes on a village in Somalia's Gedo region overnight killed six "
                       "civilians, a local official said on Tuesday. Kenya's military did not "
                       "comment, but security sources in Nairobi said the strikes had targeted camps "
                       "of al Shabaab.")
    assert [(e.sub_event_type, e.place.iso2, e.fatalities) for e in events] == [
        ("Air/drone strike", "SO", 6)]


def test_a_neighbourhood_of_a_city_is_not_a_namesake_abroad(events_in):
    events = events_in("Gunmen killed four traders in the Kensington neighbourhood of Kampala on "
                       "Sunday, police said.")
    assert [(e.place.name, e.place.iso2) for e in events] == [("Kampala", "UG")]


@pytest.mark.parametrize("text", [
    # a party campaigning is not a protest, nor is the rally told again
    "Thousands of supporters packed a stadium in Kisumu on Sunday for an election campaign rally of "
    "the governing party. The rally passed off peacefully, police said.",
    # a verdict on an old attack, and the attack told again without a date
    "A court in Quito on Monday upheld the sentences of nine men convicted of attacking a prison in "
    "March 2023. The gunmen held guards hostage for hours before soldiers stormed the building and "
    "arrested them.",
])
def test_campaign_rallies_and_old_attacks_told_again_are_no_events(events_in, text):
    assert list(events_in(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Fighting broke out on Sunday morning between Twirwaneho militiamen and Red Tabara rebels in "
     "the hills above Uvira, residents said.", "Twirwaneho"),
    ("Clashes erupted on Friday evening between Fano fighters and OLA rebels near Dessie, forcing "
     "families to flee, residents said.", "Fano"),
])
def test_fighting_breaking_out_between_two_sides_names_the_first(events_in, text, actor):
    assert [e.actor1.name if e.actor1 else None for e in events_in(text)] == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    # a later sentence says who the attackers were: the group, by its initials when given
    ("Gunmen attacked a police post near Kaya on Monday, killing four officers, the security "
     "ministry said. A local official said the attackers belonged to the Islamic State Sahel "
     "Province (ISSP), which operates in the area.", "Islamic State"),
    # a nationality or faith word is no group
    ("Gunmen attacked a police post near Kaya on Monday, killing four officers, the security "
     "ministry said. A local official said the attackers were members of Ansarul Islam.",
     "Unidentified Armed Group (Burkina Faso)"),
])
def test_the_group_the_attackers_belonged_to_is_the_actor(events_in, text, actor):
    assert [e.actor1.name for e in events_in(text)] == [actor]


@pytest.mark.parametrize(("text", "fatalities"), [
    # a number word split at its hyphen by the tokenizer
    ("Thirty-four villagers were killed when gunmen attacked a market near Funtua on Saturday, "
     "police said.", 34),
    # "bringing the death toll to" revises the first figure
    ("A drone struck a bus station in Kherson on Saturday evening, killing at least five people, "
     "the regional governor said. On Sunday, rescuers found three more bodies under the rubble, "
     "bringing the death toll to eight, officials said.", 8),
])
def test_number_words_and_tolls_brought_up_to_a_figure(events_in, text, fatalities):
    assert [e.fatalities for e in events_in(text)] == [fatalities]


def test_the_dead_of_the_fighting_and_the_taking_told_again_are_one_capture(events_in):
    events = events_in("Rebels seized the town of Weldiya on Thursday, residents said. Nearly 20 people, "
                       "most of them soldiers, were killed in the fighting, a health worker said, "
                       "adding that wounded civilians were still arriving on Friday. A rebel "
                       "spokesman said its fighters had taken control of the town's police station.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Non-state actor overtakes territory", 20)]


@pytest.mark.parametrize(("text", "place", "iso2"), [
    # no country's alpha-3 code ("UGA") takes a town's name
    ("Gunmen attacked a market in Uga in Nigeria's Anambra state on Monday, killing five traders, "
     "police said.", "Uga", "NG"),
])
def test_short_names_are_the_towns_written(events_in, text, place, iso2):
    assert [(e.place.name, e.place.iso2) for e in events_in(text)] == [(place, iso2)]


def test_a_running_total_since_a_truce_is_no_event(events_of):
    events = events_of("An Israeli drone strike on a motorbike near Nabatieh on Monday killed a man, "
                       "the health ministry said. Israel has kept up strikes, and more than 300 "
                       "people have been killed in Lebanon since the truce took effect, according to "
                       "a tally.", published="2025-07-10")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 1)]


@pytest.mark.parametrize(("text", "expected"), [
    # gendarmes are a state force: killing them, and losing attackers, is a battle
    ("Separatist fighters attacked a police post in Nkambe on Friday, killing two gendarmes, before "
     "troops killed three of the assailants, the governor said.", [("Armed clash", 5)]),
    # gangs storming a town to kill its residents attack civilians
    ("Gang members stormed the town of Mirebalais on Thursday, killing dozens of residents and "
     "setting houses on fire, officials said.", [("Attack", 12)]),
    # checkpoints and troops sent after an attack are a response, not events of their own
    ("Gunmen shot dead five men at a wedding near Homs on Saturday, a monitor said. The interior "
     "ministry said security forces had set up checkpoints around the village.", [("Attack", 5)]),
    ("Gunmen killed three villagers near Jos on Thursday, police said. The army deployed troops to "
     "the district on Friday.", [("Attack", 3)]),
    # civilians caught in the crossfire are dead of the fighting, not arrested
    ("Militants attacked a patrol near Ayorou on Monday, killing six soldiers, the ministry said. "
     "Troops killed 15 assailants during the fighting, which also killed two civilians caught in the "
     "crossfire at a nearby village, the ministry said.", [("Armed clash", 23)]),
])
def test_who_was_killed_and_what_came_after(events_of, text, expected):
    events = events_of(text, published="2025-07-10")
    assert [(e.sub_event_type, e.fatalities) for e in events] == expected


def test_a_capture_months_before_a_release_is_the_storys_past(events_of):
    events = events_of("A rebel group freed two aid workers it had held for five months, handing them "
                       "over to the Red Cross on Wednesday, officials said. The aid workers were "
                       "abducted by gunmen near the town of Kidal on March 3 and appeared in a video "
                       "in May.", published="2025-07-10")
    assert list(events) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a group's name with digits is no place of a second clash
    ("Fighting between M23 rebels and pro-government militias near Masisi killed at least "
     "seven fighters on Wednesday, officials said. A militia leader said his men had repelled an "
     "M23 attack on their positions north of the town, losing three fighters and killing four "
     "rebels.", [("Armed clash", 7)]),
    # a city "fought over by rival cartels" is contested, not a clash
    ("Gunmen shot dead four men outside a bar in Uruapan on Saturday, prosecutors said. Uruapan is "
     "one of the state's most violent cities, fought over by rival cartels.", [("Attack", 4)]),
])
def test_group_names_and_contested_cities_add_no_clash(events_of, text, expected):
    events = events_of(text, published="2025-07-10")
    assert [(e.sub_event_type, e.fatalities) for e in events] == expected


def test_a_town_taken_without_a_fight_is_a_transfer_of_territory(events_of):
    events = events_of("Jihadist fighters took control of the town of Lere in central Mali on Monday "
                       "without a fight, a day after the army withdrew from its base there, "
                       "residents said.", published="2025-07-10")
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


def test_the_attackers_own_telling_after_another_story_joins_its_attack(events_of):
    events = events_of("A Russian missile hit a residential street in Sumy on Tuesday afternoon, "
                       "killing two people, the regional governor said. Ukraine's air force said it "
                       "had shot down 40 of the 60 drones launched by Russia overnight. Russia's "
                       "defence ministry said its forces had struck \"military facilities\" and did "
                       "not mention civilian casualties.", published="2025-07-10")
    assert sorted(e.event_type for e in events) == ["Explosions/Remote violence",
                                                    "Strategic developments"]


def test_a_subject_the_parser_hangs_on_the_place_still_acts(events_of):
    # the parser reads "a mob armed with ..." as an apposition of the district
    events = events_of("In the northern hill district of Rangamati, a mob armed with sticks and "
                       "machetes attacked the homes of fishing families on Thursday, killing one man "
                       "and torching a dozen houses, a local official said.", published="2025-07-10")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_rockets_on_a_base_abroad_are_shelling_there(events_of):
    # "Rockets" after a dateline is read as a name; service members are the state's forces;
    # the base keeps its own country whatever the dateline's
    events = events_of("BAGHDAD, July 9 (Reuters) - Rockets struck Camp Taji air base north of "
                       "Baghdad on Tuesday, wounding two U.S. service members, officials said. "
                       "Separately, a drone hit Incirlik Air Base in southern Turkey on Wednesday, "
                       "killing one guard.", published="2025-07-10")
    assert [(e.sub_event_type, e.place.name, e.place.iso2) for e in events] == [
        ("Shelling/artillery/missile attack", "Baghdad", "IQ"),
        ("Air/drone strike", "Incirlik Air Base", "TR")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "On Sunday, a drone dropped two explosive charges on an army post near Cucuta, damaging a "
        "truck; no one was hurt, the army said.",
        [("Air/drone strike", 0)], id="explosives dropped by a drone are a drone strike"),
    pytest.param(
        "A protester was killed in the town of Ayacucho on Monday when demonstrators threw stones "
        "at police and set fire to a bus, officials said. The dead man, a 30-year-old farmer, was "
        "struck in the head by a tear-gas canister, hospital sources said.",
        [("Violent demonstration", 1)], id="the dead man told again is the riot's dead"),
    pytest.param(
        "On Friday, hundreds of protesters in Kisumu burned tyres, hurled stones at police and set "
        "fire to a government vehicle; several people were injured when tear gas was fired to "
        "disperse them, officials said.",
        [("Violent demonstration", 0)], id="a stone-throwing crowd dispersed with tear gas is a riot"),
    pytest.param(
        "Riot police used water cannon and pepper spray to disperse thousands of protesters outside "
        "parliament in Yerevan late on Monday and detained 40 people, the interior ministry said.",
        [("Protest with intervention", 0)], id="riot police are the force, not a riot"),
])
def test_what_a_crowd_and_a_drone_do_is_typed_by_what_they_did(events_of, text, expected):
    events = events_of(text, published="2025-07-10")
    assert [(e.sub_event_type, e.fatalities) for e in events] == expected


def test_a_claim_names_the_bomber_rather_than_the_articles_other_group(events_of):
    events = events_of("A suicide bomber rammed a car into a police post in Dera Ismail Khan on "
                       "Thursday, killing himself and three policemen, officials said. The blast "
                       "flattened the post. The Tehreek-i-Taliban Pakistan (TTP) claimed "
                       "responsibility. In a separate attack, militants of the Balochistan "
                       "Liberation Army (BLA) ambushed a convoy near Gwadar on Wednesday, killing "
                       "two soldiers, the army said.", published="2025-07-10")
    assert [(e.sub_event_type, e.actor1.name) for e in events] == [
        ("Suicide bomb", "TTP"), ("Armed clash", "Balochistan Liberation Army")]


def test_a_region_the_model_tags_as_an_organisation_is_not_the_actor(events_of):
    events = events_of("Armed youths from neighbouring Jonglei State raided a cattle camp near "
                       "Yirol on Saturday, sparking a gunfight that left eight people dead, a local "
                       "official said.", published="2025-07-10")
    assert [e.actor1.name for e in events] == ["Communal Militia (South Sudan)"]


def _told(e):
    return (e.sub_event_type, e.actor1.name if e.actor1 else None, e.fatalities,
            e.place.name if e.place else None)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The army repelled on Sunday an attack by heavily armed terrorists against its camp in "
        "Ansongo, the general staff said. About 15 terrorists were neutralised, while on the "
        "friendly side three soldiers fell on the field of honour and five others were wounded.",
        [("Armed clash", "Unidentified Armed Group (Mali)", 18, "Ansongo")],
        id="the attackers of a repelled attack act; the fallen are dead, not actors"),
    pytest.param(
        "Hundreds of teachers marched through Kananga on Monday to demand unpaid wages, while a "
        "similar protest in Kolwezi was dispersed by the police with tear gas.",
        [("Peaceful protest", "Protesters (Democratic Republic of Congo)", 0, "Kananga"),
         ("Protest with intervention", "Protesters (Democratic Republic of Congo)", 0, "Kolwezi")],
        id="the tear gas of the clause after 'while' is that protest's"),
    pytest.param(
        "A drone struck a tractor that was ploughing a field on the outskirts of Gulu on Monday, "
        "and no casualties were reported, police said.",
        [("Air/drone strike", None, 0, "Gulu")],
        id="where the thing struck was working is the place"),
    pytest.param(
        "The family of a local opposition official said he had been taken from his home in "
        "Bambari on Monday by men they identified as members of the Wagner group.",
        [("Abduction/forced disappearance", "Wagner", 0, "Bambari")],
        id="taken from his home by members of a group"),
    pytest.param(
        "Gunmen on motorbikes stormed a village near Bria on Friday and abducted 20 women, "
        "residents said. The gunmen shot sporadically into the air before leaving.",
        [("Abduction/forced disappearance", "Unidentified Armed Group (Central African Republic)",
          0, "Bria")],
        id="shots into the air are no second attack"),
    pytest.param(
        "Rebels took control on Friday of the town of Bangassou without a shot being fired, a day "
        "after the army withdrew, residents said.",
        [("Non-violent transfer of territory", "Rebels (Central African Republic)", 0, "Bangassou")],
        id="a town taken without a shot fired changes hands without battle"),
    pytest.param(
        "Three soldiers were killed on Sunday when a roadside bomb struck their vehicle near "
        "Ramadi, a security source said. The explosive device, which had been planted on a dirt "
        "road, detonated as the vehicle passed, killing the three men and wounding two others, "
        "who were taken to hospital in Fallujah. On Monday, an army bomb disposal team defused a "
        "second device on the same road.",
        [("Remote explosive/landmine/IED", None, 3, "Ramadi"),
         ("Disrupted weapons use", "Military Forces of Iraq", 0, "Ramadi")],
        id="the device told again and the hospital town add no bomb nor place; an army team is the army"),
    pytest.param(
        "A dozen members of a pro-government militia and half a dozen civilians were killed when "
        "jihadists attacked their positions outside Sikasso on Friday, sources said. The attack "
        "was claimed on Sunday by the Group for the Support of Islam and Muslims (JNIM).",
        [("Armed clash", "JNIM", 18, "Sikasso")],
        id="two groups of dead told as two subjects add up; a passive claim names the attacker"),
    pytest.param(
        "A military jet bombed a village school in Maradi on Sunday shortly before noon, residents "
        "said. \"We have buried nineteen people, seven of them children under 12,\" a village "
        "elder said.",
        [("Air/drone strike", "Military Forces of Niger", 19, "Maradi")],
        id="the buried are the strike's dead; an age and a time of day date nothing"),
    pytest.param(
        "Two police officers and a girl were killed on Saturday when rebels attacked a police "
        "station in Zinder with explosives dropped from drones, officials said. The girl was "
        "walking home when one of the devices exploded in the street.",
        [("Air/drone strike", "Rebels (Niger)", 3, "Zinder")],
        id="explosives dropped from drones; one of the devices told again"),
    pytest.param(
        "Gang members killed 14 people over the weekend in a rampage through neighbourhoods of "
        "Arua, officials said. Residents said gunmen from the Red Scorpion gang went from house "
        "to house, shooting people and setting homes on fire, and hundreds of families fled on "
        "foot toward Lira.",
        [("Attack", "Red Scorpion", 14, "Arua")],
        id="the gang a later sentence names; where families fled is no place of the event"),
    pytest.param(
        "Police said officers killed at least six gang members in a gunbattle in Port-de-Paix on "
        "Sunday.",
        [("Armed clash", "Police Forces of Haiti", 6, "Port-de-Paix")],
        id="a gunbattle is a clash in a town with hyphens"),
    pytest.param(
        "Gunmen burst into a bar in Masaka late on Saturday and opened fire on customers, "
        "killing nine people, police said. The attackers fired assault rifles at people watching "
        "a football match.",
        [("Attack", "Unidentified Armed Group (Uganda)", 9, "Masaka")],
        id="assault rifles are arms, not a second attack"),
    pytest.param(
        "Two protesters and a policeman were killed in Kindu on Monday when a demonstration over "
        "fuel prices turned violent, police said. Youths pelted the police station with stones.",
        [("Violent demonstration", "Rioters (Democratic Republic of Congo)", 3, "Kindu")],
        id="a demonstration that turned violent is a riot"),
])
def test_regional_and_toll_copy_is_coded_as_a_coder_would(events_of, text, expected):
    assert [_told(e) for e in events_of(text, published="2025-07-10")] == expected


def test_a_force_that_says_its_jets_had_struck_is_the_actor(events_of):
    events = events_of("In a statement on Monday, the Nigerian Air Force said its fighter jets had on "
                       "Sunday struck hideouts of bandits in a forest near Sokoto, killing 20 "
                       "bandits.", published="2025-07-10")
    assert [(e.sub_event_type, e.actor1.name, e.fatalities) for e in events] == [
        ("Air/drone strike", "Nigerian Air Force", 20)]


def test_a_group_claiming_in_a_clause_the_parser_splits_is_the_attacker(events_of):
    # the parser makes the group the subject of "affiliated", and "claimed" a verb joined to it
    events = events_of("Gunmen attacked an army post near Ansongo on Sunday, killing six soldiers, "
                       "the army said. The Group for the Support of Islam and Muslims (JNIM), "
                       "affiliated to al-Qaeda, claimed the attack on its propaganda channels on "
                       "Monday.", published="2025-07-10")
    assert [(e.sub_event_type, e.actor1.name, e.fatalities) for e in events] == [
        ("Armed clash", "JNIM", 6)]



@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "An air strike on a house in Raqqa killed at least nine people on Monday, medics said. "
        "The war began in 2011. Monitors say more than 500,000 people have been killed in the "
        "country since then.",
        [("Air/drone strike", 9, "Ar Raqqah")], id="a war's toll 'since then' is no event"),
    pytest.param(
        "Five truck drivers were abducted on Thursday by armed men on the road between Diffa and "
        "the border, a union official said.",
        [("Abduction/forced disappearance", 0, "Diffa")],
        id="a town on the road 'between' is the place, even inside the doers' phrase"),
    pytest.param(
        "Eleven people were killed when a suicide bomber blew herself up at a market in Arlit on "
        "Sunday, an official said. More than 20 others were wounded and taken to hospitals in "
        "Arlit and the regional capital Agadez. The attack bore the hallmarks of jihadists active "
        "in the area for more than a decade.",
        [("Suicide bomb", 11, "Arlit")], id="the towns of the hospitals and a decade make no event"),
    pytest.param(
        "Five policemen were killed on Saturday when a roadside bomb hit their truck near Torit, "
        "police said. A commander said four died at the scene and a fifth succumbed to his "
        "injuries in hospital.",
        [("Remote explosive/landmine/IED", 5, "Torit")],
        id="how a toll came about ('and a fifth succumbed') adds no dead"),
    pytest.param(
        "Four soldiers were killed on Saturday when their vehicle ran over an improvised explosive "
        "device near Aweil, the army said.",
        [("Remote explosive/landmine/IED", 4, "Aweil")],
        id="the device in the 'when' clause is how they died"),
])
def test_what_surrounds_a_toll_adds_no_event(events_of, text, expected):
    events = events_of(text, published="2025-07-10")
    assert [(e.sub_event_type, e.fatalities, e.place.name) for e in events] == expected
