"""Post-bridge steps on hand-made records: no spaCy model needed."""

import datetime as dt

import pytest

from eventwire.nlp.analysis import EventMention, Participant, TextSpan
from eventwire.records import Claim, Evidence
from eventwire.steps.claims import corroboration, merge_claims
from eventwire.steps.dates import DateWindow, combine, date_window, is_background
from eventwire.steps.typing import type_mention
from eventwire.temporal import find_time_expressions

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def mention(text: str, trigger: str, *, family: str, patient_head: str | None = None,
            object_kind: str | None = None, after: bool = False, families=None) -> EventMention:
    start = text.index(trigger)
    span = TextSpan(start, start + len(trigger), trigger)
    patient = Participant(TextSpan(0, 1, text[0]), patient_head) if patient_head else None
    return EventMention(
        family=family, families=families or (family,), trigger=span, triggers=(span,), sentence=0,
        agent=None, patient=patient, object_kind=object_kind, places=(), outskirts=False,
        date_spans=(), after_date=after, sentence_span=TextSpan(0, len(text), text), lethal=True,
        in_quote=False,
    )


@pytest.mark.parametrize(("family", "head", "kind", "expected"), [
    ("kill", "villager", None, "Attack"),
    ("kill", "soldier", None, "Armed clash"),
    ("airstrike", None, None, "Air/drone strike"),
    ("capture", None, "territory", "Non-state actor overtakes territory"),
    ("capture", None, "weapon", "Disrupted weapons use"),
    ("arrest", "protester", None, "Arrests"),
    ("raid", None, "weapon", "Disrupted weapons use"),
])
def test_typing_participants_decide_the_sub_type(family, head, kind, expected):
    text = "Something happened to them."
    m = mention(text, "happened", family=family, patient_head=head, object_kind=kind)
    assert type_mention(m).sub_event_type == expected


def test_typing_state_forces_regain_territory():
    m = mention("Troops captured the town.", "captured", family="capture", object_kind="territory")
    assert type_mention(m, agent_is_state=True).sub_event_type == "Government regains territory"


def test_typing_protest_with_tear_gas_is_intervention():
    m = mention("Police fired tear gas at protesters who marched.", "marched", family="protest")
    assert type_mention(m).sub_event_type == "Protest with intervention"


def test_dates_weekday_resolves_to_the_last_such_day_before_publication():
    text = "Gunmen killed 4 people on Tuesday."
    m = mention(text, "killed", family="kill")
    window = date_window(m, find_time_expressions(text, published=PUBLISHED), published=PUBLISHED,
                         previous=None)
    assert (window.earliest, window.latest, window.precision) == (dt.date(2025, 3, 11),) * 2 + (1,)


def test_dates_after_clause_opens_a_window_to_publication():
    text = "They executed 9 men after the plot was found last week."
    m = mention(text, "executed", family="kill", after=True)
    window = date_window(m, find_time_expressions(text, published=PUBLISHED), published=PUBLISHED,
                         previous=None)
    assert window.earliest == dt.date(2025, 3, 3) and window.latest == PUBLISHED
    assert window.precision in (2, 3)


def test_dates_old_year_marks_background():
    text = "The group killed hundreds in 2009."
    m = mention(text, "killed", family="kill")
    assert is_background(m, find_time_expressions(text, published=PUBLISHED), published=PUBLISHED)


def test_dates_without_publication_date_nothing_is_guessed():
    text = "Gunmen killed 4 people."
    m = mention(text, "killed", family="kill")
    window = date_window(m, [], published=None, previous=None)
    assert window.earliest is None and window.latest is None and window.precision == 3


def test_dates_combine_prefers_a_stated_narrow_window():
    wide = DateWindow(dt.date(2025, 3, 7), PUBLISHED, 2, None)
    stated = DateWindow(dt.date(2025, 3, 11), dt.date(2025, 3, 11), 1, TextSpan(0, 7, "Tuesday"))
    assert combine(wide, stated) == stated == combine(stated, wide)


def _claim(source, stance="asserts", count=None):
    ev = Evidence(field="source", text="x", start=0, end=1)
    return Claim(source=source, kind="resident", count=count, stance=stance, evidence=(ev,))


def test_claims_same_group_merges_and_keeps_the_count():
    merged = merge_claims([("group:resident", _claim("residents")),
                           ("group:resident", _claim("five residents", count=5))])
    assert len(merged) == 1 and merged[0].count == 5 and merged[0].source == "five residents"


def test_claims_corroboration_counts_only_assertions():
    claims = (_claim("a"), _claim("b"), _claim("c", stance="cannot_confirm"))
    assert corroboration(claims) == 2


def _with_agent(m, head):
    from dataclasses import replace

    return replace(m, agent=Participant(TextSpan(0, 1, "x"), head))


@pytest.mark.parametrize(("family", "agent", "victims", "sentence", "expected"), [
    ("kill", "police", "protester", "Police shot protesters.", "Excessive force against protesters"),
    ("kill", "police", "worker", "Police fired on workers protesting over pay.", "Excessive force against protesters"),
    ("attack", "mob", "man", "A mob attacked a man.", "Mob violence"),
    ("loot", "rioter", None, "Rioters set fire to a hotel.", "Violent demonstration"),
    ("clash", "supporters", "police", "Supporters clashed with police.", "Violent demonstration"),
    ("kill", "gunman", "villager", "Gunmen killed villagers.", "Attack"),
])
def test_typing_who_acts_on_whom_decides_riots_and_excessive_force(family, agent, victims, sentence,
                                                                    expected):
    m = mention(sentence, sentence.split()[1], family=family, patient_head=victims)
    assert type_mention(_with_agent(m, agent)).sub_event_type == expected


def test_dates_a_weekday_resolved_forward_is_read_as_past():
    from eventwire.steps.dates import _in_the_past
    from eventwire.temporal import TimeExpression

    future = TimeExpression(0, 9, "Wednesday", "2025-03-19", "date", dt.date(2025, 3, 19),
                            dt.date(2025, 3, 19), 1)
    assert _in_the_past(future, PUBLISHED) == (dt.date(2025, 3, 12), dt.date(2025, 3, 12))


@pytest.mark.parametrize(("short", "full", "ok"), [
    ("FSA", "Free Syrian Army", True),
    ("IS", "Islamic State", True),
    ("Reuters", "MOGADISHU", False),
    ("ABC", "Free Syrian Army", False),
])
def test_bridge_parenthetical_alias_must_be_initials(short, full, ok):
    from eventwire.nlp.aliases import abbreviates as _abbreviates

    assert _abbreviates(short, full) is ok


@pytest.mark.parametrize(("sentence", "refers"), [
    ("A police spokesman confirmed the attack.", True),
    ("Officials could not confirm the death toll.", True),
    ("The governor condemned the killings.", True),
    ("Among them were two children, he said.", True),
    ("The minister spoke at a rally in the capital, officials said.", False),
    ("The mayor opened the new bridge, aides said.", False),
])
def test_a_sentence_refers_back_by_pronoun_or_definite_event_noun(sentence, refers):
    from eventwire.steps.claims import _refers_back

    assert _refers_back(sentence) is refers


@pytest.mark.parametrize(("template", "country", "name"), [
    ("Military Forces of {c}", "Mali", "Military Forces of Mali"),
    ("Military Forces of {c}", None, "Unidentified Military Forces"),
    ("Police Forces of {c}", None, "Unidentified Police Forces"),
    ("Unidentified Armed Group ({c})", None, "Unidentified Armed Group"),
    ("Civilians ({c})", None, "Civilians"),
    ("Civilians ({c})", "Chad", "Civilians (Chad)"),
    ("Government of {c}", None, "Government (country not stated)"),
])
def test_generic_actors_without_a_country_take_their_unidentified_form(template, country, name):
    from eventwire.steps.actors import generic_name

    assert generic_name(template, country) == name
