"""ECB+ loader and evaluation on a tiny self-written sample in its format."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import BadInputError
from eventwire.evaluate.ecbplus import evaluate_ecbplus, load_ecbplus, split_docs

SAMPLE = Path(__file__).parent / "data" / "eval" / "ecbplus"


def test_loader_reads_labels_and_joins_sentences():
    docs = load_ecbplus(SAMPLE)
    assert len(docs) == 8
    assert docs[0].subtopic == "1_a" and docs[0].topic == 1
    assert "\n" in docs[0].text


def test_split_follows_topic_convention():
    dev, test = split_docs(load_ecbplus(SAMPLE))
    assert {d.topic for d in dev} == {1} and {d.topic for d in test} == {36}


def test_evaluation_recovers_subtopics_of_distinct_sample_events():
    result = evaluate_ecbplus(SAMPLE)
    assert result.test.gold_clusters == 2
    assert result.test.scores.b_cubed.f1 == pytest.approx(1.0)
    assert result.dev.scores.b_cubed.f1 == pytest.approx(1.0)


def test_high_threshold_splits_everything_and_lowers_recall():
    result = evaluate_ecbplus(SAMPLE, threshold=0.99)
    assert result.threshold == 0.99
    assert result.test.scores.b_cubed.recall < 1.0


@pytest.mark.parametrize("content", ["{\"doc_id\": 1}\n", "not json\n"])
def test_malformed_line_is_named_with_its_number(tmp_path, content):
    (tmp_path / "docs.jsonl").write_text(content)
    with pytest.raises(BadInputError, match=":1"):
        load_ecbplus(tmp_path)
