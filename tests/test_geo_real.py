"""Integration: the real packaged gazetteer, built once per session into a temp cache."""

import pytest

from eventwire.geo.gazetteer import Gazetteer
from eventwire.settings import Settings


@pytest.fixture(scope="session")
def real_gaz(tmp_path_factory):
    g = Gazetteer.open(settings=Settings(cache_dir=tmp_path_factory.mktemp("real_gaz")))
    yield g
    g.close()


@pytest.mark.parametrize(("name", "iso2", "code", "precision"), [
    ("Portugal", "PT", "PCLI", 3),
    ("Tasmania", "AU", "ADM1", 3),
    ("Hobart", "AU", "PPLA", 1),
    ("Lisbon", "PT", "PPL", 1),
])
def test_real_gazetteer_resolves_countries_regions_and_towns(real_gaz, name, iso2, code, precision):
    place = real_gaz.resolve(name)
    assert place is not None and place.iso2 == iso2
    assert place.geo_precision == precision
    assert place.feature_code is not None and place.feature_code[:3] == code[:3]


def test_real_gazetteer_is_reused_without_rebuilding(real_gaz):
    stamp = real_gaz.path.stat().st_mtime_ns
    again = Gazetteer.open(settings=Settings(gazetteer_path=real_gaz.path))
    assert again.path.stat().st_mtime_ns == stamp
    assert again.resolve("Lisboa").iso2 == "PT"
    again.close()


@pytest.mark.parametrize("name", ["West Africa", "Western Africa", "European Union"])
def test_real_gazetteer_resolves_world_regions_without_geonameid(real_gaz, name):
    place = real_gaz.resolve(name)
    assert place is not None and place.feature_code == "RGN"
    assert place.geonameid is None and place.geo_precision == 3
    assert place.iso2 is None


@pytest.mark.parametrize(("name", "iso2", "canonical"), [
    ("Darfur", "SD", "Darfur"), ("Kordofan", "SD", "Kordofan"), ("Donbass", "UA", "Donbas"),
    ("Sinai", "EG", "Sinai"), ("Kivu", "CD", "Kivu"),
])
def test_real_gazetteer_resolves_regions_made_of_first_level_regions(real_gaz, name, iso2, canonical):
    place = real_gaz.resolve(name)
    assert place is not None and (place.name, place.iso2, place.geo_precision) == (canonical, iso2, 3)


def test_a_city_next_door_beats_a_far_region_of_the_same_name(real_gaz):
    gaza, _ = real_gaz.resolve_all(["Gaza", "Israel"])
    assert gaza is not None and gaza.iso2 == "PS" and gaza.geo_precision == 1


def test_with_no_context_a_city_as_populous_as_a_namesake_region_abroad_wins(real_gaz):
    gaza = real_gaz.resolve("Gaza")
    assert gaza is not None and gaza.iso2 == "PS"


@pytest.mark.parametrize(("names", "expected"), [
    # seas and islands that the city list lacks, or holds only as a far-away hamlet
    (["Black Sea", "Turkey"], ("Black Sea", "SEA", None)),
    (["Java", "Indonesia"], ("Java", "ISL", "ID")),
    (["Lake Chad", "Niger"], ("Lake Chad", "LK", None)),
    (["Middle East"], ("Middle East", "RGN", None)),
])
def test_physical_features_resolve_to_the_feature_not_a_namesake(real_gaz, names, expected):
    place = real_gaz.resolve_all(names)[0]
    assert place is not None and (place.name, place.feature_code, place.iso2) == expected
    assert place.geonameid is None and place.geo_precision >= 2


@pytest.mark.parametrize(("names", "expected"), [
    # a region or small town abroad named after a sea, ocean or range does not take its name
    (["Red Sea", "Yemen"], ("Red Sea", "SEA", None)),
    (["Pacific"], ("Pacific Ocean", "OCN", None)),
    (["Andes", "Peru"], ("Andes", "MTS", None)),
    # ... and a small one inside the document's countries, unless its region is named
    (["Pacific", "California", "Los Angeles"], ("Pacific Ocean", "OCN", None)),
    (["Atlantic", "Iowa"], ("Atlantic", "PPL", "US")),
    # ... while a region inside the document's countries keeps its claim
    (["Red Sea", "Sudan"], ("Red Sea", "ADM1", "SD")),
])
def test_a_feature_beats_the_regions_and_towns_abroad_named_after_it(real_gaz, names, expected):
    place = real_gaz.resolve_all(names)[0]
    assert place is not None and (place.name, place.feature_code, place.iso2) == expected


@pytest.mark.parametrize(("names", "iso2", "code"), [
    (["Upper Volta"], "BF", "PCLI"),
    (["Ceylon"], "LK", "PCLI"),
    (["Zaire"], "CD", "PCLI"),                    # the country archive news means ...
    (["Zaire", "Angola", "Luanda"], "AO", "ADM1"),  # ... unless it is about Angola's province
])
def test_former_country_names_resolve_to_the_country_of_today(real_gaz, names, iso2, code):
    place = real_gaz.resolve_all(names)[0]
    assert place is not None and (place.iso2, place.feature_code) == (iso2, code)


@pytest.mark.parametrize(("names", "expected"), [
    (["Bagram Air Base", "Afghanistan"], ("Bagram Air Base", "AF", 1)),
    (["Incirlik", "Iraq"], ("Incirlik Air Base", "TR", 1)),
    (["Camp Lemonnier"], ("Camp Lemonnier", "DJ", 1)),
    (["Kadena air base"], ("Kadena Air Base", "JP", 1)),
])
def test_military_bases_resolve_to_the_base_in_its_own_country(real_gaz, names, expected):
    place = real_gaz.resolve_all(names)[0]
    assert place is not None and (place.name, place.iso2, place.geo_precision) == expected


def test_a_sea_named_like_a_region_abroad_does_not_pull_the_document_there(real_gaz):
    # the region's country must not become the document's context and push a port out
    _, port = real_gaz.resolve_all(["Red Sea", "Hodeidah"])
    assert port is not None and port.iso2 == "YE"


def test_every_physical_feature_row_reads_as_a_place():
    from eventwire.geo.build import _physical_rows

    rows = list(_physical_rows())
    assert len(rows) > 150
    assert len({row.name for row, _ in rows}) == len(rows)
    for row, names in rows:
        assert -90 <= row.latitude <= 90 and -180 <= row.longitude <= 180, row.name
        assert row.name in names and row.geonameid < 0 and row.population == 0
