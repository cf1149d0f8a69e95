"""Attribution on the real model: who says it, and no endless walks over odd parses."""

from __future__ import annotations

import signal

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp(real_settings):
    from eventwire.nlp.load import load_nlp

    return load_nlp(settings=real_settings)


def _sources(nlp, text):
    from eventwire.nlp.attribution import find_sources

    doc = nlp(text)
    return find_sources(doc, list(doc.sents))


@pytest.mark.parametrize("text", [
    "The Council of Elders and Religious Leaders of the Northern Districts announced that the talks had failed.",
    "The Union of Teachers and Nurses of the Capital Region said it would strike.",
    "According to the Federation of Farmers and Herders of the Plateau, the raid killed four people.",
    "The Academy of Sciences and Letters of the Republic of the East denied the reports.",
    "The Federation of Mine Workers and Engineers announced a strike.",
])
def test_attribution_organisations_with_prepositions_terminate(nlp, text):
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("attribution walk did not terminate"))
    signal.alarm(10)
    try:
        sources = _sources(nlp, text)
    finally:
        signal.alarm(0)
    assert sources, text


@pytest.mark.parametrize(("text", "description", "kind", "count", "stance"), [
    ("Five residents said the gunmen fled.", "Five residents", "resident", "Five", "asserts"),
    ("The army denied that its soldiers fired on the crowd.", "The army", "military", None, "denies"),
    ("A police spokesman could not confirm the death toll.", "police spokesman", "official", None,
     "cannot_confirm"),
    ("The attack killed three people, according to a local doctor.", "local doctor", "organisation",
     None, "asserts"),
])
def test_attribution_reads_source_kind_count_and_stance(nlp, text, description, kind, count, stance):
    sources = _sources(nlp, text)
    assert len(sources) == 1
    s = sources[0]
    assert (s.description, s.kind, s.stance) == (description, kind, stance)
    assert (s.count.text if s.count else None) == count
