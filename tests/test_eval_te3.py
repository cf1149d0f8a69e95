"""TempEval-3 loader and metrics, on a small TimeML sample written for these tests."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import BadInputError
from eventwire.evaluate.te3 import Te3Doc, evaluate_te3, load_tml, score_docs
from eventwire.temporal import TimeExpression

DATA = Path(__file__).parent / "data" / "temporal"


def test_load_tml_reads_dct_text_and_gold_spans():
    doc = load_tml(DATA / "sample_wire.tml")
    assert doc.dct == date(2019, 5, 8)
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Monday", "DATE", "2019-05-06"), ("yesterday", "DATE", "2019-05-07"),
        ("2017", "DATE", "2017"), ("two years", "DURATION", "P2Y"),
        ("next week", "DATE", "2019-W20"), ("every morning", "SET", "XXXX-XX-XXTMO"),
    ]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    assert "May 8, 2019" not in doc.text  # the DCT is not part of the document text


def test_load_tml_without_dct_raises_clear_error():
    with pytest.raises(BadInputError, match="CREATION_TIME"):
        load_tml(DATA / "bad" / "no_dct.tml")


def test_evaluate_te3_on_sample_folder_scores_every_gold_date(tmp_path):
    shutil.copy(DATA / "sample_wire.tml", tmp_path)
    result = evaluate_te3(tmp_path)
    assert (result.documents, result.gold_timexes, result.gold_dates) == (1, 6, 4)
    assert result.date_value_accuracy_all == 1.0
    assert result.strict.f1 == 1.0


def test_evaluate_te3_on_folder_without_tml_raises(tmp_path):
    with pytest.raises(BadInputError, match="no \\*.tml"):
        evaluate_te3(tmp_path)


def _expr(text: str, doc_text: str, value: str, kind: str = "date") -> TimeExpression:
    start = doc_text.index(text)
    return TimeExpression(start, start + len(text), text, value, kind, None, None, 3)  # type: ignore[arg-type]


def test_score_docs_separates_strict_relaxed_and_value_accuracy():
    doc = load_tml(DATA / "sample_wire.tml")
    preds = [
        _expr("on Monday", doc.text, "2019-05-06"),       # overlaps gold, not exact span
        _expr("yesterday", doc.text, "2019-05-01"),       # exact span, wrong value
        _expr("two years", doc.text, "P2Y", "duration"),  # exact, not a DATE
        _expr("bridge", doc.text, "2019"),                # spurious
    ]
    result = score_docs([doc], [preds])
    assert (result.strict.true_positives_gold, result.relaxed.true_positives_gold) == (2, 3)
    assert result.relaxed.precision == 0.75
    assert (result.matched_dates, result.date_value_correct) == (2, 1)
    assert result.date_value_accuracy_all == 0.25
    assert result.date_value_accuracy_matched == 0.5
    assert any("yesterday" in e and "ours=2019-05-01" in e for e in result.date_errors)


def test_score_docs_rejects_mismatched_lengths():
    doc = Te3Doc("d", date(2019, 1, 1), "text", ())
    with pytest.raises(BadInputError):
        score_docs([doc], [])
