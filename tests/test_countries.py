"""One country table for actors, place hints and the UCDP scorer."""

import pytest

from eventwire.geo import countries


@pytest.mark.parametrize(("phrase", "iso2"), [
    ("Russian artillery fire", "RU"),
    ("Mali's army", "ML"),
    ("U.S. troops", "US"),
    ("US forces", "US"),
    ("South Sudanese soldiers", "SS"),   # not Sudan: the two-word nationality first
    ("Sudanese soldiers", "SD"),
    ("Congolese troops", "CD"),          # the larger of the two Congos
    ("the DRC military", "CD"),
    ("Indian police", "IN"),             # not the Indian Ocean Territory
    ("Central African troops", "CF"),
    ("Emirati drones", "AE"),
])
def test_a_phrase_names_its_country(phrase, iso2):
    country = countries.in_phrase(phrase)
    assert country is not None and country.iso2 == iso2


@pytest.mark.parametrize("phrase", [
    "Iranian-backed militias",   # a backer is not whose forces they are
    "US-backed fighters",
    "they told us nothing",      # the pronoun is no country
    "gunmen on motorbikes",
])
def test_a_phrase_without_a_country_of_its_own_names_none(phrase):
    assert countries.in_phrase(phrase) is None


@pytest.mark.parametrize(("iso2", "name"), [
    ("CD", "Democratic Republic of Congo"),
    ("PS", "Palestine"),
    ("ML", "Mali"),
])
def test_names_follow_acled(iso2, name):
    assert countries.by_iso2(iso2).name == name


@pytest.mark.parametrize(("written", "iso2"), [
    ("United States of America", "US"),
    ("the Democratic Republic of the Congo", "CD"),
    ("Palestinian Territory", "PS"),
    ("Burma", "MM"),
])
def test_spellings_find_the_same_country(written, iso2):
    assert countries.by_name(written).iso2 == iso2


def test_every_demonym_points_at_a_known_country():
    known = countries.countries()
    assert all(code in known for code in countries.demonym_iso2().values())


def test_us_with_dots_is_a_place_name_not_only_a_nationality():
    from eventwire.nlp.place_mentions import demonyms

    assert "u.s." not in demonyms() and "american" in demonyms()
