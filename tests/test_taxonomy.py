import pytest

from eventwire.errors import UnknownValueError
from eventwire.taxonomy import (
    EVENT_TYPES, INTER_CODES, PLOVER_FOR_SUB_EVENT, PLOVER_TYPES, SUB_EVENT_TYPES,
    event_type_for, interaction_code,
)


def test_taxonomy_has_acled_six_types_and_twenty_five_sub_types():
    assert len(EVENT_TYPES) == 6
    assert len(SUB_EVENT_TYPES) == 25


def test_taxonomy_every_sub_type_has_a_plover_type():
    assert set(PLOVER_FOR_SUB_EVENT) == set(SUB_EVENT_TYPES)
    assert set(PLOVER_FOR_SUB_EVENT.values()) <= set(PLOVER_TYPES)


def test_taxonomy_inter_codes_are_one_to_eight():
    assert sorted(INTER_CODES) == list(range(1, 9))


@pytest.mark.parametrize(("a", "b", "code"), [(2, 7, 27), (7, 2, 27), (1, None, 10), (None, 1, None), (1, 1, 11)])
def test_taxonomy_interaction_code_puts_lower_inter_first(a, b, code):
    assert interaction_code(a, b) == code


def test_taxonomy_unknown_sub_type_names_the_valid_ones():
    with pytest.raises(UnknownValueError, match="Armed clash"):
        event_type_for("Armed scuffle")
