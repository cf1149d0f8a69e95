"""Long reports: the news in the lede, retold in later paragraphs, and history, statistics,
testimony and reactions around it that are no events of their own."""

import pytest


def _summary(events):
    return [(e.sub_event_type, e.fatalities) for e in events]


REPORT = (
    "Gunmen killed 15 villagers in an attack on a market near Djibo on Thursday, residents said. "
    "The attackers then set fire to several shops, a local official said in a statement read on "
    "the radio on Friday evening. The victims, the youngest aged 12, were shot as they fled, a "
    "survivor said. \"They shot everyone they saw,\" said a trader. The government condemned the "
    "attack. The insurgency has killed more than 20,000 people since 2015. In March, a similar "
    "raid on the same market killed 30 people. Last month, gunmen killed eight people near Arbinda. "
    "Rights groups have long accused soldiers of killing civilians in the area."
)


def test_a_long_report_is_its_lede_event_alone(events_of):
    assert _summary(events_of(REPORT)) == [("Attack", 15)]


@pytest.mark.parametrize(("text", "expected"), [
    # a quote alone tells no event
    ("Two years after the war ended, survivors still wait for justice. \"They shot my husband "
     "in front of our house,\" said a widow in Axum.", []),
    # survivors' testimony at a trial
    ("A military court in Bunia on Wednesday sentenced 12 militiamen to death. During the trial, "
     "survivors described how the attackers hacked residents to death and set fire to huts.", []),
    # attacks counted over months
    ("The group has carried out at least nine drone attacks on army bases in Borno since "
     "January, analysts said.", []),
])
def test_testimony_quotes_and_tallies_are_no_events(events_of, text, expected):
    assert _summary(events_of(text)) == expected


def test_the_clause_after_while_is_another_event_with_its_own_place_and_day(events_of):
    events = events_of("Militants attacked a police station in Kulachi late on Sunday, "
                                    "killing three policemen, officials said, while a roadside bomb "
                                    "targeted a security convoy in neighbouring Bannu on Monday.")
    got = [(e.sub_event_type, e.place.name if e.place else None, str(e.event_date)) for e in events]
    assert got == [("Armed clash", "Kulachi", "2025-05-04"),
                   ("Remote explosive/landmine/IED", "Bannu", "2025-05-05")]


@pytest.mark.parametrize(("text", "expected"), [
    # the actor's own figure, paragraphs later, is the same attack (the lower toll is kept)
    ("A suicide bomber killed seven people at a restaurant in Mogadishu on Wednesday, police "
     "said. Hospital officials said 21 wounded people had been admitted. Witnesses described "
     "fire and smoke. In a statement, al Shabaab said it had targeted officials and claimed to "
     "have killed 15 people.", [("Suicide bomb", 7)]),
    # the fighters pursued are the dead, and the soldiers act
    ("The ministry said soldiers pursuing the assailants had killed 12 of them on Sunday near "
     "Ayorou.", [("Armed clash", 12)]),
    # a definite reference placed in the event's country retells it
    ("Three children were killed when a shell struck a neighbourhood in Yemen's third city, "
     "Taiz, on Tuesday. The children were playing in a street in the Al-Rawdha district when "
     "the mortar round landed, a doctor said.", [("Shelling/artillery/missile attack", 3)]),
])
def test_the_story_told_again_joins_its_event(events_of, text, expected):
    assert _summary(events_of(text)) == expected


def test_a_reference_naming_an_earlier_storys_place_joins_that_story(events_of):
    events = events_of("Militants attacked a police station in Kulachi late on Sunday, "
                                    "killing three policemen, officials said, while a roadside bomb "
                                    "hit a convoy in neighbouring Bannu on Monday, wounding five "
                                    "soldiers. The attack on the Kulachi police station began at "
                                    "around 11pm, police said, adding that one of the attackers was "
                                    "killed.")
    assert sorted((e.place.name, e.fatalities) for e in events) == [("Bannu", 0), ("Kulachi", 4)]


def test_two_strikes_on_two_cities_in_one_sentence_are_two_events(events_of):
    events = events_of("A Russian missile struck a residential area of Kharkiv on "
                                    "Wednesday, killing four people, the governor said, and a drone "
                                    "attack on the southern port of Odesa overnight wounded six "
                                    "people. The missile hit a courtyard between apartment blocks. "
                                    "Later on Wednesday, the governor said the death toll had risen "
                                    "to six.")
    assert sorted((e.place.name, e.sub_event_type, e.fatalities) for e in events) == [
        ("Kharkiv", "Shelling/artillery/missile attack", 6), ("Odesa", "Air/drone strike", 0)]


def test_a_long_report_dating_nothing_recent_is_a_feature_without_events(events_of):
    text = ("Two years after the war ended, survivors in the north say peace has brought little "
            "justice. In Axum, residents still tend the graves of hundreds of civilians killed by "
            "soldiers. Many families say gunmen burned their homes and looted their cattle. Aid "
            "groups say more than a million people remain displaced. The government said it remained "
            "committed to a transitional justice process.")
    assert events_of(text) == ()


def test_a_short_undated_report_keeps_its_event(events_of):
    events = events_of("Gunmen killed five villagers near Djibo, residents said.")
    assert [e.fatalities for e in events] == [5]


@pytest.mark.parametrize(("text", "fatalities"), [
    # a first figure gives way to the later one, even when it is told second
    ("A suicide bomber drove a car into a checkpoint in Mogadishu on Monday evening, killing at "
     "least 11 people, police and medical officials said. Police initially said five people had "
     "died, but the toll rose overnight.", 11),
    # a toll's figure far from its noun; "double the first estimate" does not make it a first
    ("The death toll from a jihadist attack on the livestock market in the northern town of Djibo "
     "last week has risen to 42, local sources said on Wednesday, almost double the first estimate. "
     "Gunmen on motorbikes opened fire on traders at the market on March 3. Initial reports had put "
     "the toll at 25.", 42),
])
def test_first_figures_give_way_to_later_ones(events_of, text, fatalities):
    events = events_of(text, published="2026-03-11")
    assert [e.fatalities for e in events] == [fatalities]


def test_a_claim_of_responsibility_paragraphs_later_names_the_actor(events_of):
    events = events_of("A suicide bomber killed nine people at a restaurant in Mogadishu on "
                                    "Monday, police said. At least 20 people were wounded. Witnesses "
                                    "described scenes of panic. Hospital officials appealed for blood. "
                                    "Al Shabaab claimed responsibility for the attack.")
    assert [e.actor1.name for e in events] == ["Al Shabaab"]


@pytest.mark.parametrize(("text", "expected"), [
    # the claim's date is no second attack
    ("The death toll from an attack on the market in Djibo last week has risen to 42, local "
     "sources said on Wednesday. Gunmen opened fire on traders at the market on March 3. JNIM "
     "claimed the attack on Saturday, saying it had targeted members of a militia.",
     [("Attack", 42)]),
    # two sources, one hedging its "initial assessment": the lower figure
    ("A US air strike killed fighters in the Cal Miskaad mountains of Puntland on Thursday. "
     "AFRICOM said its initial assessment was that seven operatives had been killed. Puntland "
     "officials said nine fighters died in the strike. The United States has sharply increased "
     "its strikes in Somalia over the past year, targeting both Islamic State and al Shabaab.",
     [("Air/drone strike", 7)]),
    # what the attack came after is background, and the attack is the story's
    ("Troops repelled an assault on a base near Afgooye on Friday, killing seven of the attackers. "
     "Four soldiers were also killed. Residents said the fighting lasted three hours. Al Shabaab "
     "claimed the attack. The attack came weeks after government forces retook several villages "
     "in the Lower Shabelle region.", [("Armed clash", 11)]),
])
def test_claims_hedges_trends_and_what_came_before(events_of, text, expected):
    assert _summary(events_of(text, published="2026-03-13")) == expected


def test_a_trend_told_beside_an_event_leaves_the_event(events_of):
    events = events_of("Gunmen killed five people in Kidal on Monday, and the group has stepped up "
                       "attacks in the region since January, officials said.")
    assert [e.fatalities for e in events] == [5]
