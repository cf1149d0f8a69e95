"""Name folding: exact keys, Arabic article variants and the phonetic key."""

import pytest

from eventwire.geo.fold import all_keys, article_variants, core_name, fold, phonetic, query_keys, unglued


@pytest.mark.parametrize(("name", "expected"), [
    ("Saint-Étienne-des-Prés", "saint etienne des pres"),
    ("Ma\u2019arrat", "maarrat"),
    ("U.S.", "us"),
    ("Dayr al Ḩalab", "dayr al halab"),
    ("  Tall   Zarqan ", "tall zarqan"),
])
def test_fold_strips_accents_apostrophes_and_punctuation(name, expected):
    assert fold(name) == expected


@pytest.mark.parametrize(("folded", "variant"), [
    ("deir el halab", "deir al halab"),
    ("deir el halab", "deir halab"),
    ("ras an nahr", "ras al nahr"),
    ("al bab", "bab"),
])
def test_article_variants_normalise_and_drop_arabic_articles(folded, variant):
    assert variant in article_variants(folded)


def test_single_word_names_have_no_article_variants():
    assert article_variants("alabama") == set()
    assert all_keys("") == set()


@pytest.mark.parametrize(("a", "b"), [
    ("Tall Zarqan", "Tel Zarkan"),
    ("Kafr Nabiya", "Kfar Nabiyah"),
    ("Dayr al-Halab", "Deir el Haleb"),
    ("Jabal Shuqayr", "Jebel Shoukeir"),
    ("Qusour", "Kusur"),
])
def test_transliteration_variants_share_a_phonetic_key(a, b):
    assert phonetic(a) and phonetic(a) == phonetic(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Salma", "As Salamiyah"),
    ("Kafr Nabiya", "Kafr Nubl"),
])
def test_different_names_keep_different_phonetic_keys(a, b):
    assert phonetic(a) != phonetic(b)


def test_phonetic_key_is_empty_for_names_too_short_to_match_safely():
    assert phonetic("Al-Bab") == ""


@pytest.mark.parametrize(("folded", "expected"), [
    ("deir ezzor", "deir ez zor"),
    ("ras alain", "ras al ain"),
    ("andover", "andover"),          # the first word keeps its letters
    ("tall abyad", "tall abyad"),
    ("kafr alto", "kafr alto"),      # too short after the article to be one
])
def test_unglued_splits_an_article_written_onto_a_later_word(folded, expected):
    assert unglued(folded) == expected


def test_query_keys_reach_the_stored_keys_of_the_spaced_spelling():
    assert all_keys("Deir ez-Zor") & query_keys("Deir Ezzor")
    assert query_keys("Springfield") == all_keys("Springfield")


@pytest.mark.parametrize(("name", "core", "removed"), [
    ("Nahra city", "Nahra", {"city"}),
    ("Nahra eastern countryside", "Nahra", {"eastern", "countryside"}),
    ("northern Nahra", "Nahra", {"northern"}),
    ("Nahra", "Nahra", set()),
    ("North", "North", set()),       # nothing but describing words: left whole
    ("Nahra air base", "Nahra", {"air", "base"}),
    ("Nahra airfield", "Nahra", {"airfield"}),
    ("Air Base", "Air", {"base"}),   # the kind of base only after a name
])
def test_core_name_takes_describing_words_off_a_place_name(name, core, removed):
    assert core_name(name) == (core, frozenset(removed))
