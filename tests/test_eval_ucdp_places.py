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
