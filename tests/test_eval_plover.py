"""PLOVER evaluation on a tiny self-written sample in the GSR format."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import BadInputError
from eventwire.evaluate.plover import (
    PloverPrediction,
    actor_matches,
    evaluate_plover,
    load_plover,
    macro_f1,
    majority_predictor,
)

SAMPLE = Path(__file__).parent / "data" / "eval" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"


def test_loader_skips_the_document_record_and_reads_actor_texts():
    records = load_plover(SAMPLE)
    assert [r.record_id for r in records] == ["R1", "R2", "R3", "R4"]
    assert records[0].sources == ("Arnland",)
    assert records[1].targets == ()  # an empty string means no target


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("the Arnland government", ("Arnland",), True),
        ("BELORIA", ("Beloria troops",), True),
        ("the government", ("Arnland",), False),
        ("of the", ("Union of the Isles",), False),  # stopwords alone never match
        (None, ("Arnland",), False),
    ],
)
def test_actor_match_rule(predicted, gold, expected):
    assert actor_matches(predicted, gold) is expected


def test_macro_f1_counts_missing_predictions_as_misses():
    # AGREE: tp 1, fn 1 -> 2/3; PROTEST: tp 1 -> 1.0
    assert macro_f1(["AGREE", "AGREE", "PROTEST"], ["AGREE", None, "PROTEST"]) == pytest.approx(
        (2 / 3 + 1.0) / 2
    )


def _oracle(text: str) -> list[PloverPrediction]:
    if "agreed" in text:
        return [PloverPrediction("DEMAND", None, None, 0.2),
                PloverPrediction("AGREE", text.split()[1], "Tessaly", 0.9)]
    if "marched" in text:
        return [PloverPrediction("PROTEST", "workers", None, 0.8)]
    return []


def test_evaluation_scores_the_most_confident_prediction_and_splits_by_index():
    result = evaluate_plover(SAMPLE, predict=_oracle)
    assert result.all.records == 4
    assert result.all.accuracy == pytest.approx(3 / 4)  # R4 has no prediction
    # sources: R1 'of' no, R2 'workers' yes, R3 'Corvan' yes, R4 none -> 2/4
    assert result.all.source_match == pytest.approx(2 / 4)
    # targets (R1, R3, R4): 'Tessaly' matches only R3
    assert result.all.target_match == pytest.approx(1 / 3)
    assert (result.dev.records, result.test.records) == (2, 2)
    assert result.dev.accuracy == pytest.approx(1.0)  # R1, R3
    assert result.test.accuracy == pytest.approx(0.5)  # R2 right, R4 missing


def test_majority_baseline_predicts_the_most_frequent_dev_type():
    predict = majority_predictor(SAMPLE)
    assert predict("anything")[0].plover_type == "AGREE"
    assert evaluate_plover(SAMPLE, predict=predict).all.accuracy == pytest.approx(0.5)


def test_unreadable_file_is_named(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_text("{not json")
    with pytest.raises(BadInputError, match="x.txt"):
        load_plover(bad)
