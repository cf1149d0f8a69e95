"""The PLOVER classifier: training, saving and loading, mixing with the rules, its corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import EventwireError
from eventwire.nlp import plover
from eventwire.nlp.plover import combine, plover_features, predict_plover
from eventwire.nlp.plover_model import PloverClassifier, load_classifier, train_classifier

TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
         "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE",
         "SANCTION", "COERCE", "ASSAULT", "FIGHT"}
DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
CORPUS = DATA / "plover_train.jsonl"
CAMEO_STYLE = DATA / "plover_cameo_style.jsonl"
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


def test_saved_classifier_keeps_its_three_rule_weights(tmp_path: Path) -> None:
    model = train_classifier(*TOY)
    model = PloverClassifier(model.labels, model.vocab, model.weights, model.bias, 0.3, 0.8, 1.0)
    model.save(tmp_path / "m.npz")
    again = load_classifier(tmp_path / "m.npz")
    assert (again.rule_weight, again.fallback_weight, again.steered_weight) == (0.3, 0.8, 1.0)


def test_rule_weight_outside_zero_to_one_is_refused(tmp_path: Path) -> None:
    model = train_classifier(*TOY)
    PloverClassifier(model.labels, model.vocab, model.weights, model.bias, 1.5).save(
        tmp_path / "m.npz")
    with pytest.raises(EventwireError, match="rule weights"):
        load_classifier(tmp_path / "m.npz")


@pytest.mark.parametrize(("steered_weight", "expected"), [(1.0, "REJECT"), (0.0, "AGREE")])
def test_steered_rule_answers_use_their_own_weight(monkeypatch: pytest.MonkeyPatch,
                                                   steered_weight: float, expected: str) -> None:
    # A toy classifier sure of AGREE; the rules say REJECT ("refused to"), a steered answer.
    toy = PloverClassifier(("AGREE", "REJECT"), {"w=meet": 0}, np.array([[20.0, -20.0]]),
                           np.zeros(2), rule_weight=1.0, fallback_weight=1.0,
                           steered_weight=steered_weight)
    monkeypatch.setattr(plover, "load_classifier", lambda: toy)
    found = predict_plover("The rebels refused to meet the envoy.")
    assert found[0].plover_type == expected


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


def test_cameo_style_corpus_holds_out_a_selection_set_of_every_type() -> None:
    rows = [json.loads(line) for line in CAMEO_STYLE.read_text(encoding="utf-8").splitlines()]
    assert all(r["source"] == "hand-cameo" and r["label"] in TYPES for r in rows)
    for split in ("train", "select"):
        assert {r["label"] for r in rows if r["split"] == split} == TYPES
    select = [r for r in rows if r["split"] == "select"]
    assert 4 * len(select) >= len(rows)
    trained = {r["text"] for r in rows if r["split"] == "train"}
    old = CORPUS.read_text(encoding="utf-8").splitlines()
    trained |= {json.loads(line)["text"] for line in old}
    assert not trained & {r["text"] for r in select}
