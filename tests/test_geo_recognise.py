"""Toponym recogniser on hand-made entity lists (no spaCy model needed)."""

from types import SimpleNamespace

import pytest

from eventwire.geo.dump import import_geonames_dump
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.recognise import ToponymRecogniser
from eventwire.settings import Settings

from conftest import geonames_row as _row


ROWS = [
    _row(1, "Qaland", 30.0, 40.0, "A", "PCLI", "QX", "00", 9_000_000),
    _row(2, "Zemaria", 10.0, 10.0, "A", "PCLI", "QZ", "00", 3_000_000),
    _row(3, "Harborton", 30.5, 40.5, "P", "PPL", "QX", "01", 650_000),
    _row(4, "Smallvale", 30.6, 40.6, "P", "PPL", "QX", "01", 300),
    _row(5, "Farwick", 10.5, 10.5, "P", "PPL", "QZ", "01", 50_000),
    _row(6, "Nahra", 31.0, 41.0, "A", "ADM1", "QX", "02", 1_200_000),
]


@pytest.fixture(scope="module")
def recogniser(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rec")
    (tmp / "dump.txt").write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    settings = Settings(cache_dir=tmp / "cache")
    import_geonames_dump(tmp / "dump.txt", settings=settings)
    g = Gazetteer.open(settings=settings, packaged=False)
    yield ToponymRecogniser(gazetteer=g, nlp=object())
    g.close()


class _Doc(list):
    """A stand-in for a spaCy Doc: whitespace tokens, and entities."""

    ents: list


def _doc(text, *ents):
    """Entities given as (surface, label), found in order; tokens split on spaces."""
    doc = _Doc(SimpleNamespace(lower_=w.strip(".,;").lower()) for w in text.split())
    doc.ents, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        pos = start + len(surface)
        doc.ents.append(SimpleNamespace(text=surface, label_=label, start_char=start,
                                        end_char=pos, end=len(text[:pos].split())))
    return doc


def _read(text, spans):
    return [text[s:e] for s, e in spans]


def test_town_tagged_as_organisation_or_person_is_kept_in_a_country_the_text_names(recogniser):
    text = "In Qaland, Harborton clinics and Smallvale saw cases; Farwick and Zemaria too."
    doc = _doc(text, ("Qaland", "GPE"), ("Harborton", "ORG"), ("Smallvale", "PERSON"),
               ("Farwick", "ORG"), ("Zemaria", "NORP"))
    # Harborton: a town of Qaland; Zemaria: a country. Smallvale is too small, Farwick
    # lies in a country the text does not otherwise name.
    assert _read(text, recogniser.spans_of_doc(doc)) == ["Qaland", "Harborton", "Zemaria"]


def test_person_or_organisation_not_a_place_name_is_not_kept(recogniser):
    text = "Qaland Health Ministry said so."
    doc = _doc(text, ("Qaland Health Ministry", "ORG"))
    assert recogniser.spans_of_doc(doc) == []


def test_lower_case_direction_and_region_words_are_trimmed(recogniser):
    text = "Cases in east Qaland and Nahra province, not in East Qaland or Nahra Province."
    doc = _doc(text, ("east Qaland", "GPE"), ("Nahra province", "GPE"),
               ("East Qaland", "GPE"), ("Nahra Province", "GPE"))
    assert _read(text, recogniser.spans_of_doc(doc)) == [
        "Qaland", "Nahra", "East Qaland", "Nahra Province"]


def test_diseases_named_after_places_and_names_with_digits_are_not_toponyms(recogniser):
    text = "Qaland virus and Q5N1 spread; the Qaland flu season began in Nahra."
    doc = _doc(text, ("Qaland", "GPE"), ("Q5N1", "GPE"), ("Qaland", "GPE"), ("Nahra", "GPE"))
    assert _read(text, recogniser.spans_of_doc(doc)) == ["Qaland", "Nahra"]
    assert recogniser.spans_of_doc(doc)[0][0] == text.index("Qaland flu")


def test_nationality_words_and_surnames_told_again_are_not_toponyms(recogniser):
    text = "Canadian experts met Anna Harborton in Qaland; Harborton said cases fell."
    doc = _doc(text, ("Canadian", "GPE"), ("Anna Harborton", "PERSON"), ("Qaland", "GPE"),
               ("Harborton", "GPE"))
    assert _read(text, recogniser.spans_of_doc(doc)) == ["Qaland"]
