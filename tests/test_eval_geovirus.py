"""GeoVirus loader and scoring on a tiny self-written sample in the GeoVirus format."""

from pathlib import Path

import pytest

from eventwire.errors import BadInputError
from eventwire.evaluate.geovirus import evaluate_geovirus, load_geovirus
from eventwire.geo.dump import import_geonames_dump
from eventwire.geo.gazetteer import Gazetteer
from eventwire.settings import Settings

DATA = Path(__file__).parent / "data" / "geo"


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    settings = Settings(cache_dir=tmp_path_factory.mktemp("gv"))
    import_geonames_dump(DATA / "tiny_geonames.txt", settings=settings)
    g = Gazetteer.open(settings=settings, packaged=False)
    yield g
    g.close()


def test_loader_converts_one_based_offsets_to_spans_that_read_the_name():
    articles = load_geovirus(DATA / "geovirus_sample.xml")
    assert len(articles) == 4
    for art in articles:
        for top in art.toponyms:
            assert art.text[top.start:top.end] == top.name


def test_loader_rejects_offsets_that_do_not_match_the_text(tmp_path):
    bad = (DATA / "geovirus_sample.xml").read_text().replace("<start>22</start>", "<start>3</start>")
    path = tmp_path / "bad.xml"
    path.write_text(bad)
    with pytest.raises(BadInputError, match="does not match"):
        load_geovirus(path)


def _recognise_known(text):
    """A plain recogniser for the test: capitalised words the sample uses as places."""
    spans = []
    for name in ("Qaland", "Kafr Nabiya", "Springfield", "Zemaria", "Monday"):
        if (i := text.find(name)) >= 0:
            spans.append((i, i + len(name)))
    return spans


def test_scores_recognition_resolution_and_end_to_end_by_half(gaz):
    result = evaluate_geovirus(DATA / "geovirus_sample.xml", gazetteer=gaz,
                               recognise=_recognise_known)
    assert (result.dev.articles, result.test.articles, result.all.articles) == (2, 2, 4)
    rec = result.all.recognition
    # 7 gold; predicted: Qaland x2, Kafr Nabiya, Monday, Springfield, Zemaria = 6; 5 exact.
    assert (rec.gold, rec.predicted, rec.exact_matches) == (7, 6, 5)
    assert rec.precision == pytest.approx(5 / 6) and rec.recall == pytest.approx(5 / 7)
    # Resolution on gold spans: all found except the unknown name.
    assert result.dev.resolution.acc_161 == 1.0
    assert result.test.resolution.unresolved == 1
    assert result.all.resolution.acc_161 == pytest.approx(6 / 7)
    assert result.all.end_to_end.n == 5 and result.all.end_to_end.acc_161 == 1.0
    assert result.all.end_to_end_acc_161_of_gold == pytest.approx(5 / 7)
