"""Train the PLOVER type classifier shipped as eventwire/data/plover_classifier.npz.

Data: benchmarks/data/plover_train.jsonl (self-written; see make_plover_corpus.py).
Features: ``eventwire.nlp.plover.plover_features`` (words, verb-object and verb-particle
pairs, control verbs, modals, negation, the rules' answers) on the default spaCy model.
Model: softmax regression, full-batch Adam from zero weights, so the same corpus gives
the same weights; the fold split for cross-validation uses SEED.

    .venv/bin/python benchmarks/train_plover.py              # CV report, then train and save
    .venv/bin/python benchmarks/train_plover.py --choose-on-dev /work/shared/benchmarks/plover-gsr

--choose-on-dev scores rule weights for ``combine`` on the even-indexed (dev) records of
the PLOVER gold set only, to pick RULE_WEIGHT in plover.py; the odd (test) half is not read.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from eventwire.evaluate.plover import load_plover, macro_f1
from eventwire.nlp.plover import combine, plover_features
from eventwire.nlp.plover_model import MODEL_FILE, train_classifier

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "data" / "plover_train.jsonl"
OUTPUT = ROOT / "src" / "eventwire" / "data" / MODEL_FILE
SEED = 7
FOLDS = 5
L2 = 1e-3
EPOCHS = 300
WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def _rule(features: list[str]) -> str | None:
    """The rules' answer as predict_plover takes it: the main event, else the best trigger."""
    for prefix in ("rule=", "fb="):
        value = next(f for f in features if f.startswith(prefix))[len(prefix):]
        if value != "None":
            return value
    return None


def _best(scores: dict[str, float]) -> str:
    return max(sorted(scores), key=lambda t: scores[t])


def _report(name: str, gold: list[str], predicted: list[str | None]) -> None:
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)
    print(f"  {name:<28} accuracy {accuracy:.3f}  macro-F1 {macro_f1(gold, predicted):.3f}")


def cross_validate(features: list[list[str]], labels: list[str], *, weight: float,
                   hand: list[bool]) -> None:
    """Stratified k-fold on the training corpus: classifier, rules, and their mix."""
    rng = random.Random(SEED)
    fold_of = [0] * len(labels)
    for label in sorted(set(labels)):
        rows = [i for i, lab in enumerate(labels) if lab == label]
        rng.shuffle(rows)
        for n, i in enumerate(rows):
            fold_of[i] = n % FOLDS
    clf_pred: list[str | None] = [None] * len(labels)
    mix_pred: list[str | None] = [None] * len(labels)
    for fold in range(FOLDS):
        train = [i for i in range(len(labels)) if fold_of[i] != fold]
        model = train_classifier([features[i] for i in train], [labels[i] for i in train],
                                 l2=L2, epochs=EPOCHS)
        for i in (i for i in range(len(labels)) if fold_of[i] == fold):
            probs = model.probabilities(features[i])
            clf_pred[i] = _best(probs)
            mix_pred[i] = _best(combine(_rule(features[i]), probs, rule_weight=weight))
    print(f"{FOLDS}-fold cross-validation on {len(labels)} training sentences (seed {SEED}):")
    _report("rules alone", labels, [_rule(f) for f in features])
    _report("classifier alone", labels, clf_pred)
    _report(f"mix, rule weight {weight}", labels, mix_pred)
    print("  the same, scored on the hand-written sentences only:")
    keep = [i for i, h in enumerate(hand) if h]
    gold = [labels[i] for i in keep]
    _report("rules alone", gold, [_rule(features[i]) for i in keep])
    _report("classifier alone", gold, [clf_pred[i] for i in keep])
    _report(f"mix, rule weight {weight}", gold, [mix_pred[i] for i in keep])


def choose_on_dev(path: Path) -> None:
    """Macro-F1 of predict_plover on the dev half for each rule weight (test half unread)."""
    from eventwire.nlp import plover

    dev = load_plover(path)[0::2]
    gold = [r.event for r in dev]
    for weight in WEIGHTS:
        plover.RULE_WEIGHT = weight
        predicted = []
        for record in dev:
            found = plover.predict_plover(record.text)
            predicted.append(max(found, key=lambda p: p.confidence).plover_type
                             if found else None)
        _report(f"dev, rule weight {weight}", gold, predicted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--choose-on-dev", type=Path, default=None)
    parser.add_argument("--weight", type=float, default=0.5)
    args = parser.parse_args()
    if args.choose_on_dev is not None:
        choose_on_dev(args.choose_on_dev)
        return
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    labels = [r["label"] for r in rows]
    features = [plover_features(r["text"]) for r in rows]
    cross_validate(features, labels, weight=args.weight,
                   hand=[r.get("source") == "hand" for r in rows])
    model = train_classifier(features, labels, l2=L2, epochs=EPOCHS)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    model.save(OUTPUT)
    print(f"trained on {len(labels)} sentences, {len(model.vocab)} features -> {OUTPUT} "
          f"({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
