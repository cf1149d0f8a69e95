"""UCDP GED place-name evaluation on a tiny self-written GED-format CSV."""

from pathlib import Path

import pytest

from eventwire.errors import BadInputError
from eventwire.evaluate.ucdp_places import evaluate_ucdp_places, parse_where
from eventwire.geo.dump import import_geonames_dump
from eventwire.geo.gazetteer import Gazetteer
from eventwire.settings import Settings

DATA = Path(__file__).parent / "data" / "geo"


@pytest.mark.parametrize(("text", "names", "feature"), [
    ("Kafr Nabiya village", ("Kafr Nabiya",), "village"),
    ("Springfield  town", ("Springfield",), "town"),
    ("Unknown Hill village (Deir el-Halab)", ("Unknown Hill", "Deir el-Halab"), "village"),
    ("Ras Marun/Ras Maroun village", ("Ras Marun", "Ras Maroun"), "village"),
    ("Nahra", ("Nahra",), None),
])
def test_parse_where_strips_feature_word_and_keeps_alternatives(text, names, feature):
    parsed = parse_where(text)
    assert parsed.names == names and parsed.feature == feature


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    settings = Settings(cache_dir=tmp_path_factory.mktemp("ucdp"))
    import_geonames_dump(DATA / "tiny_geonames.txt", settings=settings)
    g = Gazetteer.open(settings=settings, packaged=False)
    yield g
    g.close()


def test_scores_dev_and_test_years_with_duplicates_counted_once(gaz):
    result = evaluate_ucdp_places(DATA / "ucdp_sample.csv", gazetteer=gaz, country="QX")
    dev, test = result.dev, result.test
    # dev: 4 rows of precision 1, 3 distinct names; one is unknown.
    assert (dev.rows, dev.unique_names) == (4, 3)
    assert dev.within_5km == pytest.approx(2 / 3) and dev.not_found == pytest.approx(1 / 3)
    # test: the alternative in brackets resolves; Nahra town lies ~33 km off the coded point.
    assert (test.rows, test.unique_names) == (3, 3)
    assert test.within_5km == pytest.approx(2 / 3)
    assert test.within_25km == pytest.approx(2 / 3) and test.not_found == 0.0


def test_a_csv_without_ged_columns_is_rejected(tmp_path, gaz):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(BadInputError, match="missing columns"):
        evaluate_ucdp_places(path, gazetteer=gaz)


def _ged(tmp_path, rows):
    path = tmp_path / "ged.csv"
    lines = ["id,year,where_prec,where_coordinates,latitude,longitude,country"]
    lines += [",".join(map(str, r)) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("country", "within"), [("Zemaria", 1.0), ("Qaland", 0.0)])
def test_each_row_is_resolved_in_its_own_country(tmp_path, gaz, country, within):
    # Two Springfields: a town of 50,000 in Zemaria, one of 2,000 in Qaland. The row's
    # country column decides which one is meant; the coded point is the Zemaria town.
    path = _ged(tmp_path, [(1, 2016, 1, "Springfield town", 10.5, 10.5, country)])
    assert evaluate_ucdp_places(path, gazetteer=gaz).dev.within_5km == within


def test_country_names_with_former_names_in_brackets_are_read(gaz):
    from eventwire.evaluate.ucdp_places import country_code

    assert country_code("Zemaria (Old Zemaria)", gazetteer=gaz) == "QZ"
    assert country_code("Atlantis", gazetteer=gaz) is None


def test_rows_outside_the_split_years_are_scored_as_all(tmp_path, gaz):
    path = _ged(tmp_path, [(1, 2021, 1, "Kafr Nabiya village", 32.5, 40.5, "Qaland"),
                           (2, 2022, 1, "Nowhereville village", 32.0, 40.0, "Qaland")])
    result = evaluate_ucdp_places(path, gazetteer=gaz)
    assert result.dev.rows == result.test.rows == 0
    assert (result.all.rows, result.all.within_5km, result.all.not_found) == (2, 0.5, 0.5)


def test_the_open_set_years_give_no_all_part(gaz):
    assert evaluate_ucdp_places(DATA / "ucdp_sample.csv", gazetteer=gaz).all is None
