"""Ranking rules on small made-up gazetteers: sound-alikes and prominent namesakes."""

import pytest

from eventwire.geo.dump import import_geonames_dump
from eventwire.geo.gazetteer import Gazetteer
from eventwire.settings import Settings

from conftest import geonames_row as _row


ROWS = [
    _row(1, "Qaland", 30.0, 40.0, "A", "PCLI", "QX", "00", 9_000_000),
    _row(2, "Eastland", 30.0, 45.0, "A", "ADM1", "QX", "01", 500_000),
    _row(3, "Westland", 30.0, 35.0, "A", "ADM1", "QX", "02", 3_000_000),
    # A big city and a small namesake in a region the document names.
    _row(10, "Harborton", 30.0, 35.5, "P", "PPL", "QX", "02", 650_000),
    _row(11, "Harborton", 30.1, 45.1, "P", "PPL", "QX", "01", 8_000),
    # A mid-sized town and a small namesake: local evidence still decides.
    _row(12, "Millbrook", 30.0, 34.5, "P", "PPL", "QX", "02", 90_000),
    _row(13, "Millbrook", 29.9, 45.2, "P", "PPL", "QX", "01", 3_000),
    # Sounds like "Pamuro" (same consonants) but is spelled quite differently.
    _row(20, "Pimira", 30.2, 40.2, "P", "PPLA", "QX", "01", 300_000),
    # Sounds like "Tel Zarkan" and is spelled almost alike.
    _row(21, "Tall Zarqan", 30.3, 44.8, "P", "PPL", "QX", "01", 900),
    # Towns a document may name: one far from "Tall Zarqan", one next to it.
    _row(30, "Farport", 30.0, 35.0, "P", "PPL", "QX", "02", 20_000),
    _row(31, "Nearbury", 30.4, 44.9, "P", "PPL", "QX", "01", 20_000),
    # A region abroad whose own name has an article, and a city written without one.
    _row(40, "El Varo", 10.0, 10.0, "A", "ADM1", "QZ", "05", 400_000),
    _row(41, "Varo", 30.5, 39.5, "P", "PPL", "QX", "01", 150_000),
    # A city and a small district of its name in another country (the district's seat town too).
    _row(50, "Santa Lora", -20.0, -50.0, "P", "PPL", "QY", "03", 200_000),
    _row(51, "Santa Lora", 5.0, -70.0, "A", "ADM2", "QZ", "07", 19_000),
    _row(52, "Santa Lora", 5.0, -70.0, "P", "PPL", "QZ", "07", 19_000),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rank")
    path = tmp / "dump.txt"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    settings = Settings(cache_dir=tmp / "cache")
    assert import_geonames_dump(path, settings=settings) == len(ROWS)
    g = Gazetteer.open(settings=settings, packaged=False)
    yield g
    g.close()


def test_a_big_city_beats_a_small_namesake_in_a_region_the_document_names(gaz):
    places = gaz.resolve_all(["Eastland", "Harborton"])
    assert places[1].geonameid == 10


def test_a_city_ten_times_larger_beats_a_district_of_its_name_abroad(gaz):
    assert gaz.resolve("Santa Lora").geonameid == 50


def test_a_named_region_still_picks_its_town_over_a_mid_sized_namesake(gaz):
    places = gaz.resolve_all(["Eastland", "Millbrook"])
    assert places[1].geonameid == 13
    assert gaz.resolve_all(["Westland", "Millbrook"])[1].geonameid == 12


def test_a_sound_alike_spelled_unlike_the_name_is_not_a_candidate(gaz):
    assert gaz.candidates("Pamuro") == []
    assert gaz.resolve("Pamuro", context_countries=["QX"]) is None


def test_a_sound_alike_spelled_almost_alike_is_still_found(gaz):
    cands = gaz.candidates("Tel Zarkan")
    assert [(c.geonameid, c.match) for c in cands] == [(21, "phonetic")]
    assert gaz.resolve("Tel Zarkan", context_countries=["QX"]).geonameid == 21


def test_a_sound_alike_far_from_the_towns_a_document_names_is_not_found(gaz):
    assert gaz.resolve_all(["Farport", "Tel Zarkan"])[1] is None
    assert gaz.resolve_all(["Nearbury", "Tel Zarkan"])[1].geonameid == 21
    # With only the country named, being inside it is support enough.
    assert gaz.resolve_all(["Qaland", "Tel Zarkan"])[1].geonameid == 21


def test_only_the_hand_written_features_rank_as_prominent_not_a_dumps_small_lakes():
    from eventwire.geo.rank import PHYSICAL_ID_BASE, Candidate, score

    def lake(geonameid):
        return Candidate(geonameid, "Long Lake", 45.0, -80.0, "H", "LK", "", "", "", 0, "name")

    assert score(lake(PHYSICAL_ID_BASE)) > score(lake(6_100_000)) + 1.0


def test_with_no_context_a_city_written_as_the_text_has_it_beats_a_region_needing_an_article(gaz):
    assert gaz.resolve("Varo").geonameid == 41
    assert gaz.resolve("El Varo").geonameid == 40
