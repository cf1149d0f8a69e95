"""The PLOVER classifier: training, saving and loading, mixing with the rules, its corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import EventwireError
from eventwire.nlp.plover import combine, plover_features, predict_plover
from eventwire.nlp.plover_model import load_classifier, train_classifier

TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
         "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE",
         "SANCTION", "COERCE", "ASSAULT", "FIGHT"}
CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "plover_train.jsonl"
TOY = ([["w=meet", "w=talk"], ["w=shell", "w=town"], ["w=talk", "w=host"], ["w=shell"]],
       ["CONSULT", "FIGHT", "CONSULT", "FIGHT"])


def test_trained_classifier_learns_a_separable_toy_set() -> None:
    model = train_classifier(*TOY)
    assert max(model.probabilities(["w=host"]).items(), key=lambda kv: kv[1])[0] == "CONSULT"
    assert max(model.probabilities(["w=town"]).items(), key=lambda kv: kv[1])[0] == "FIGHT"


def test_training_is_deterministic() -> None:
    first, second = train_classifier(*TOY), train_classifier(*TOY)
    assert np.array_equal(first.weights, second.weights)


def test_probabilities_sum_to_one_and_ignore_unknown_features() -> None:
    probs = train_classifier(*TOY).probabilities(["w=unseen", "w=meet"])
    assert sum(probs.values()) == pytest.approx(1.0)


def test_saved_classifier_loads_back_the_same(tmp_path: Path) -> None:
    model = train_classifier(*TOY)
    model.save(tmp_path / "m.npz")
    again = load_classifier(tmp_path / "m.npz")
    assert again.labels == model.labels and again.vocab == model.vocab
    assert again.probabilities(["w=meet"]) == pytest.approx(model.probabilities(["w=meet"]))


def test_unreadable_classifier_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.npz").write_text("not numpy", encoding="utf-8")
    with pytest.raises(EventwireError, match="PLOVER classifier"):
        load_classifier(tmp_path / "bad.npz")


def test_training_needs_one_label_per_example() -> None:
    with pytest.raises(EventwireError):
        train_classifier([["w=a"]], ["AGREE", "FIGHT"])


def test_packaged_classifier_knows_every_plover_type() -> None:
    assert set(load_classifier().labels) == TYPES


@pytest.mark.parametrize(("rule", "weight", "expected"), [
    ("FIGHT", 0.5, "FIGHT"),      # the rule wins a tie at half weight
    ("FIGHT", 0.2, "CONSULT"),    # a confident classifier outweighs a light rule
    (None, 0.5, "CONSULT"),       # no rule answer: the classifier alone
])
def test_combine_mixes_rule_answer_and_probabilities(rule: str | None, weight: float,
                                                     expected: str) -> None:
    scores = combine(rule, {"CONSULT": 0.9, "FIGHT": 0.1}, rule_weight=weight)
    assert max(sorted(scores), key=scores.__getitem__) == expected


def test_features_carry_the_rule_answer_and_verb_frames() -> None:
    features = plover_features("The rebels refused to meet the envoy.")
    assert "rule=REJECT" in features
    assert "vx=refuse_meet" in features


def test_predictions_are_ranked_and_typed() -> None:
    found = predict_plover("Police detained twelve students outside the university.")
    assert found[0].plover_type == "COERCE"
    assert [p.confidence for p in found] == sorted((p.confidence for p in found), reverse=True)
    assert {p.plover_type for p in found} <= TYPES


def test_training_corpus_covers_every_type_and_is_one_third_hand_written() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    labels = Counter(r["label"] for r in rows)
    assert set(labels) == TYPES and min(labels.values()) >= 30 and len(rows) >= 600
    assert sum(r["source"] == "hand" for r in rows) * 3 >= len(rows)
