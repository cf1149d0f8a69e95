"""A small PLOVER type classifier: softmax regression over parse features, numpy only.

The rules in ``plover.py`` read the main event well on sentences like those they were
tuned on, but miss vocabulary and constructions they have not seen. This classifier
learns from a self-written corpus (benchmarks/data/plover_train.jsonl) which words,
verb-object pairs, control verbs and modal flags go with which type, and takes the
rules' own answer as one more feature. Weights ship as package data
(eventwire/data/plover_classifier.npz); benchmarks/train_plover.py makes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from eventwire.errors import EventwireError
from eventwire.nlp import plover_lexicon as lx

MODEL_FILE = "plover_classifier.npz"
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV", "ADP", "AUX", "PART"})
_MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "must", "should", "ought",
                     "can", "could", "may", "might"})
_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
_OBLIGE = frozenset({"must", "should", "ought"})
# Rule weight used when a saved model carries none (models saved before it was stored).
DEFAULT_RULE_WEIGHT = 0.5


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _event_frame(event: Token, verb: Token, rule: str | None) -> set[str]:
    """The walk's event in words that transfer: its verb, object, lexicon type, modality.

    These name the event by its frame rather than by the sentence around it: the verb
    lemma and its object head ("mo=cut_tie"), the lexicon types of the event word and
    verb, the words the walk passed through to reach it ("via=threaten"), and the
    modality of its clause (future, obligation, negation, a condition "unless/if"). The
    lexicon type is also paired with the rules' answer and with each modality flag, so
    that a linear model can learn conventions such as "a future AID is an AGREE".
    """
    feats = {f"mv={_lemma(verb)}"}
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}:
            feats.add(f"obj={_lemma(child)}")
            feats.add(f"mo={_lemma(verb)}_{_lemma(child)}")
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in _FUTURE:
            feats.add("m=future")
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in _OBLIGE:
            feats.add("m=oblige")
        if child.dep_ == "neg":
            feats.add("m=neg")
    kinds = set()
    for tok in (event, verb):
        kind = lx.PLOVER_VERBS.get(_lemma(tok)) if tok.pos_ in {"VERB", "AUX"} else (
            lx.PLOVER_NOUNS.get(_lemma(tok)))
        if kind is not None:
            kinds.add(kind)
    for node in list(verb.ancestors)[:4]:
        feats.add(f"via={_lemma(node)}")
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _FUTURE for c in node.children):
            feats.add("m=future")
    for tok in verb.subtree:
        if tok.dep_ == "mark" and tok.lower_ in {"unless", "if", "until"}:
            feats.add(f"m={tok.lower_}")
    flags = sorted(f for f in feats if f.startswith("m="))
    for kind in kinds:
        feats.add(f"lex={kind}")
        feats.add(f"lex={kind}|rule={rule}")
        feats.update(f"{flag}|lex={kind}" for flag in flags)
    return feats


def sentence_features(
    sent: Span, *, rule: str | None, fallback: str | None, event: Token | None,
    verb: Token | None = None,
) -> list[str]:
    """Feature names for one sentence: words, verb frames, modality, the rules' answers.

    ``rule`` is the type the parse walk found (None when it found none), ``fallback`` the
    best trigger-word type, ``event`` the token the walk read the type from and ``verb``
    the verb it belongs to. Every word that the lexicon types adds "lx=<type>", so a
    word the corpus never showed still counts through its lexicon type.
    """
    feats = {f"rule={rule}", f"fb={fallback}", f"root={_lemma(sent.root)}"}
    if event is not None:
        feats.add(f"ev={_lemma(event)}")
        feats.add(f"ev={_lemma(event)}|rule={rule}")
        feats |= _event_frame(event, verb if verb is not None else event, rule)
    for tok in sent:
        table = lx.PLOVER_VERBS if tok.pos_ == "VERB" else lx.PLOVER_NOUNS
        if (kind := table.get(_lemma(tok))) is not None:
            feats.add(f"lx={kind}")
        if tok.is_punct or tok.like_num or tok.pos_ not in _CONTENT:
            continue
        lemma = _lemma(tok)
        if not tok.is_stop or tok.pos_ in {"VERB", "ADP", "PART", "AUX"}:
            feats.add(f"w={lemma}")
        if tok.dep_ == "neg":
            feats.add("neg")
            feats.add(f"neg={_lemma(tok.head)}")
        if tok.dep_ == "aux" and tok.lower_ in _MODALS:
            feats.add(f"md={tok.lower_}")
        if tok.pos_ != "VERB":
            continue
        for child in tok.children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                feats.add(f"vo={lemma}_{_lemma(child)}")
            elif child.dep_ in {"prt", "prep"}:
                feats.add(f"vp={lemma}_{_lemma(child)}")
            elif child.dep_ == "xcomp":
                feats.add(f"ctl={lemma}")
                feats.add(f"vx={lemma}_{_lemma(child)}")
            elif child.dep_ == "ccomp":
                feats.add(f"rep={lemma}")
        if tok.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in tok.children):
            feats.add("passive")
    return sorted(feats)


@dataclass(frozen=True)
class PloverClassifier:
    """Softmax regression: a weight row per feature name, a column per label."""

    labels: tuple[str, ...]
    vocab: dict[str, int]
    weights: np.ndarray  # (len(vocab), len(labels))
    bias: np.ndarray  # (len(labels),)
    # How much the rules' answer counts against this model in ``plover.combine``: one
    # weight for a main event the parse walk found, one for a bare trigger word (the
    # fallback), ... Chosen with the model on a held-out selection set (train_plover.py).
    rule_weight: float = DEFAULT_RULE_WEIGHT
    fallback_weight: float = DEFAULT_RULE_WEIGHT
    # ... and one for a main event whose type a CAMEO convention fixed ("must", "refused to").
    steered_weight: float = DEFAULT_RULE_WEIGHT

    def probabilities(self, features: Sequence[str]) -> dict[str, float]:
        """Label -> probability for one sentence's features (unknown names ignored)."""
        rows = [self.vocab[f] for f in features if f in self.vocab]
        scores = self.bias + self.weights[rows].sum(axis=0)
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return {label: float(p) for label, p in zip(self.labels, scores, strict=True)}

    def save(self, path: Path) -> None:
        """Write the weights as a compressed npz (float32, names as unicode arrays)."""
        names = sorted(self.vocab, key=self.vocab.__getitem__)
        np.savez_compressed(path, labels=np.array(self.labels), vocab=np.array(names),
                            weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32),
                            rule_weight=np.array(self.rule_weight, dtype=np.float64),
                            fallback_weight=np.array(self.fallback_weight, dtype=np.float64),
                            steered_weight=np.array(self.steered_weight, dtype=np.float64))


def train_classifier(
    features: Sequence[Sequence[str]], labels: Sequence[str], *,
    l2: float = 1e-3, epochs: int = 300, learning_rate: float = 0.1, min_count: int = 1,
) -> PloverClassifier:
    """Fit softmax regression by full-batch Adam from zero weights (deterministic)."""
    if len(features) != len(labels) or not labels:
        raise EventwireError("train_classifier needs one label per feature list, at least one")
    counts: dict[str, int] = {}
    for feats in features:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    vocab = {f: i for i, f in enumerate(names)}
    classes = tuple(sorted(set(labels)))
    x = np.zeros((len(features), len(vocab)), dtype=np.float64)
    for row, feats in enumerate(features):
        for f in feats:
            if f in vocab:
                x[row, vocab[f]] = 1.0
    y = np.zeros((len(labels), len(classes)))
    y[np.arange(len(labels)), [classes.index(label) for label in labels]] = 1.0
    w = np.zeros((len(vocab), len(classes)))
    b = np.zeros(len(classes))
    state = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    for step in range(1, epochs + 1):
        scores = x @ w + b
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - y) / len(labels)
        gw = x.T @ grad + l2 * w
        gb = grad.sum(axis=0)
        for i, (param, g) in enumerate(((w, gw), (b, gb))):
            m, v = state[2 * i], state[2 * i + 1]
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            param -= learning_rate * (m / (1 - 0.9 ** step)) / (
                np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return PloverClassifier(classes, vocab, w, b)


def load_classifier(path: Path | None = None) -> PloverClassifier:
    """The shipped classifier, or one saved at ``path``."""
    if path is None:
        return _packaged()
    return _read(Path(path))


@lru_cache(maxsize=1)
def _packaged() -> PloverClassifier:
    resource = resources.files("eventwire") / "data" / MODEL_FILE
    with resources.as_file(resource) as path:
        return _read(path)


def _read(path: Path) -> PloverClassifier:
    try:
        with np.load(path, allow_pickle=False) as data:
            labels = tuple(str(s) for s in data["labels"])
            vocab = {str(name): i for i, name in enumerate(data["vocab"])}
            weights, bias = data["weights"].astype(np.float64), data["bias"].astype(np.float64)
            mixing = tuple(float(data[key]) if key in data.files else DEFAULT_RULE_WEIGHT
                           for key in ("rule_weight", "fallback_weight", "steered_weight"))
    except (OSError, KeyError, ValueError) as exc:
        raise EventwireError(f"cannot read the PLOVER classifier at {path}: {exc}") from exc
    if weights.shape != (len(vocab), len(labels)) or bias.shape != (len(labels),):
        raise EventwireError(f"PLOVER classifier at {path} has mismatched weight shapes")
    if not all(0.0 <= w <= 1.0 for w in mixing):
        raise EventwireError(f"PLOVER classifier at {path} has rule weights {mixing} "
                             "outside 0-1")
    return PloverClassifier(labels, vocab, weights, bias, *mixing)
