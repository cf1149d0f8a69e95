"""Gazetteer lookup and resolution over a tiny hand-written GeoNames-format file."""

import zipfile
from pathlib import Path

import pytest

from eventwire.errors import BadInputError
from eventwire.geo.dump import import_geonames_dump
from eventwire.geo.gazetteer import Gazetteer
from eventwire.settings import Settings

TINY = Path(__file__).parent / "data" / "geo" / "tiny_geonames.txt"


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    settings = Settings(cache_dir=tmp_path_factory.mktemp("gaz"))
    assert import_geonames_dump(TINY, settings=settings) == 15
    g = Gazetteer.open(settings=settings, packaged=False)
    yield g
    g.close()


@pytest.mark.parametrize(("name", "geonameid", "precision"), [
    ("Qaland", 9000001, 3),                  # country
    ("Republic of Qaland", 9000001, 3),      # country alternate name
    ("Northern Province", 9000003, 3),       # admin1
    ("Nahra Governorate", 9000004, 3),       # region words name the region
    ("Nahra", 9000005, 1),                   # bare name of a region's seat: the town
    ("Kafr Nabiya", 9000010, 1),             # town
    ("saint etienne des pres", 9000011, 1),  # folded accents and hyphens
    ("Deir el-Halab", 9000009, 1),           # article and Deir/Dayr variants
    ("Tel Zarkan", 9000008, 1),              # phonetic key, inside the only candidate country
    ("Dayr Alhalab", 9000009, 1),            # an article written onto the next word
    ("Kafr Nabiya town", 9000010, 1),        # a describing word after the name
    ("Kafr Nabiya western countryside", 9000010, 2),  # near the town, not in it
    ("Nahra city", 9000005, 1),
])
def test_resolve_returns_the_place_with_acled_precision(gaz, name, geonameid, precision):
    place = gaz.resolve(name, context_countries=["QX", "QZ"])
    assert place is not None and place.geonameid == geonameid
    assert place.geo_precision == precision


def test_resolved_place_carries_country_and_admin1_names(gaz):
    place = gaz.resolve("Kafr Nabiya")
    assert (place.country, place.iso2, place.admin1) == ("Qaland", "QX", "Northern Province")
    assert place.feature_code == "PPL" and place.population == 1200


def test_candidates_list_every_namesake_largest_first(gaz):
    cands = gaz.candidates("Springfield")
    assert [c.iso2 for c in cands] == ["QZ", "QX"]
    assert all(c.match == "name" for c in cands)
    assert gaz.candidates("Springfield", limit=1)[0].geonameid == 9000007


def test_document_country_context_picks_the_namesake_in_that_country(gaz):
    assert gaz.resolve("Springfield").iso2 == "QZ"
    assert gaz.resolve("Springfield", context_countries=["QX"]).geonameid == 9000006


def test_nearby_places_pick_the_close_namesake(gaz):
    assert gaz.resolve("Springfield", near=(32.2, 40.2)).geonameid == 9000006


def test_resolve_all_infers_document_country_from_unambiguous_places(gaz):
    places = gaz.resolve_all(["Qaland", "Springfield", "Kafr Nabiya"])
    assert [p.geonameid for p in places] == [9000001, 9000006, 9000010]
    alone = gaz.resolve_all(["Zemaria", "Springfield"])
    assert alone[1].geonameid == 9000007


@pytest.mark.parametrize(("region", "expected"), [
    ("Northern Province", 9000013), ("Nahra Governorate", 9000014)])
def test_document_region_picks_the_county_in_that_region(gaz, region, expected):
    places = gaz.resolve_all([region, "Oakridge County"])
    assert places[1].geonameid == expected


def test_a_name_does_not_supply_its_own_country_context(gaz):
    # A country that is also a region name: alone it is the country; among places of
    # the other country it is that country's region.
    assert gaz.resolve_all(["Zemaria", "Springfield"])[0].geonameid == 9000002
    among = gaz.resolve_all(["Kafr Nabiya", "Zemaria", "Northern Province", "Nahra"])
    assert among[1].geonameid == 9000015


@pytest.mark.parametrize("name", ["Nowhereville", "", "Tel Zarkan"])
def test_unknown_or_only_sound_alike_names_are_not_found(gaz, name):
    # "Tel Zarkan" only sounds like a small place in a country the document is not about.
    assert gaz.resolve(name, context_countries=["QZ"]) is None


def test_imported_zip_dump_is_resolvable_and_reopens(tmp_path):
    zpath = tmp_path / "QX.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.write(TINY, "QX.txt")
    settings = Settings(cache_dir=tmp_path / "cache")
    assert import_geonames_dump(zpath, settings=settings) == 15
    again = Gazetteer.open(settings=settings, packaged=False)
    assert again.resolve("Ras Marun").geonameid == 9000012
    again.close()


@pytest.mark.parametrize(("content", "problem"), [
    ("1\tonly three\tcolumns\n", "19 tab-separated"),
    ("x" + "\t" * 18 + "\n", "bad number"),
])
def test_malformed_dump_is_rejected_with_the_line(tmp_path, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(BadInputError, match=problem):
        import_geonames_dump(bad, settings=Settings(cache_dir=tmp_path))


def test_missing_dump_file_is_rejected(tmp_path):
    with pytest.raises(BadInputError, match="no such file"):
        import_geonames_dump(tmp_path / "absent.txt", settings=Settings(cache_dir=tmp_path))


def test_a_village_is_never_a_region_or_a_large_city(gaz):
    assert gaz.resolve("Nahra village", context_countries=["QX"]) is None
    assert gaz.resolve("Nahra town", context_countries=["QX"]).geonameid == 9000005


def test_a_namesake_met_only_without_its_article_is_not_taken_abroad(gaz):
    assert gaz.resolve("An Nahra", context_countries=["QX"]).geonameid == 9000005
    assert gaz.resolve("An Nahra", context_countries=["QZ"]) is None
    assert gaz.resolve("Nahra", context_countries=["QZ"]).geonameid == 9000005  # spelled so


def test_the_dateline_country_tips_a_close_choice_between_namesakes(gaz):
    assert gaz.resolve_all(["Springfield"])[0].geonameid == 9000007          # the larger one
    assert gaz.resolve_all(["Springfield"], hint_countries=["QX"])[0].geonameid == 9000006
