"""TempEval-3 (TimeML) evaluation of the time expression tagger.

Loads ``*.tml`` files (document text, the DCT from the TIMEX3 whose functionInDocument is
CREATION_TIME, and the gold TIMEX3 spans in TEXT), runs ``find_time_expressions`` on each
text with the DCT as publication date, and scores spans (strict and relaxed) and values.

Run: ``python -m eventwire.evaluate.te3 FOLDER`` prints the result as JSON.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from eventwire.errors import BadInputError
from eventwire.temporal import TimeExpression, find_time_expressions

__all__ = ["GoldTimex", "Te3Doc", "Te3Result", "SpanScores", "evaluate_te3", "load_tml", "score_docs"]


@dataclass(frozen=True)
class GoldTimex:
    """A gold TIMEX3: span in the document text, type (DATE, TIME, DURATION, SET), value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Te3Doc:
    """One TimeML document: id, creation date, text of TEXT, gold time expressions."""

    doc_id: str
    dct: date
    text: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class SpanScores:
    """Precision, recall and F1 of predicted spans against gold spans."""

    precision: float
    recall: float
    f1: float
    true_positives_gold: int
    true_positives_predicted: int
    gold: int
    predicted: int


@dataclass(frozen=True)
class Te3Result:
    """Scores over a folder of TimeML documents."""

    documents: int
    gold_timexes: int
    predicted_timexes: int
    strict: SpanScores
    relaxed: SpanScores
    gold_dates: int
    matched_dates: int
    date_value_correct: int
    date_value_accuracy_all: float  # correct / all gold DATEs
    date_value_accuracy_matched: float  # correct / gold DATEs our spans overlap
    value_accuracy_matched_all_types: float
    type_accuracy_matched: float
    date_errors: tuple[str, ...] = field(default=())  # "doc: 'text' gold=... ours=..."


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _walk(elem: ET.Element, parts: list[str], pos: list[int], out: list[GoldTimex]) -> None:
    """Append the text under ``elem`` to ``parts``, noting TIMEX3 offsets."""
    if elem.text:
        parts.append(elem.text)
        pos[0] += len(elem.text)
    for child in elem:
        start = pos[0]
        _walk(child, parts, pos, out)
        if _local(child.tag) == "TIMEX3":
            text = "".join(parts)[start:pos[0]]
            out.append(GoldTimex(start, pos[0], text, child.get("type", ""), child.get("value", "")))
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)


def load_tml(path: Path) -> Te3Doc:
    """Read one TimeML file; raises BadInputError when it has no TEXT or no DCT."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise BadInputError(str(path), f"not readable TimeML: {exc}") from exc
    dct: date | None = None
    text_elem: ET.Element | None = None
    doc_id = path.stem
    for elem in root.iter():
        tag = _local(elem.tag)
        if tag == "TIMEX3" and elem.get("functionInDocument") == "CREATION_TIME" and dct is None:
            try:
                dct = date.fromisoformat(elem.get("value", "")[:10])
            except ValueError as exc:
                raise BadInputError(str(path), f"DCT value {elem.get('value')!r} is not a date") from exc
        elif tag == "TEXT" and text_elem is None:
            text_elem = elem
        elif tag == "DOCID" and elem.text:
            doc_id = elem.text.strip()
    if dct is None:
        raise BadInputError(str(path), "no TIMEX3 with functionInDocument=\"CREATION_TIME\" (DCT)")
    if text_elem is None:
        raise BadInputError(str(path), "no TEXT element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(text_elem, parts, [0], timexes)
    timexes.sort(key=lambda t: t.start)
    return Te3Doc(doc_id=doc_id, dct=dct, text="".join(parts), timexes=tuple(timexes))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(tp_gold: int, tp_pred: int, gold: int, pred: int) -> SpanScores:
    p = tp_pred / pred if pred else 0.0
    r = tp_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return SpanScores(round(p, 4), round(r, 4), round(f, 4), tp_gold, tp_pred, gold, pred)


_KIND_TO_TYPE = {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}


def score_docs(docs: Sequence[Te3Doc], predictions: Sequence[Sequence[TimeExpression]]) -> Te3Result:
    """Score predicted expressions (one list per document) against the gold TIMEX3s."""
    if len(docs) != len(predictions):
        raise BadInputError("score_docs", f"{len(docs)} documents but {len(predictions)} prediction lists")
    n_gold = n_pred = strict_g = strict_p = relaxed_g = relaxed_p = 0
    gold_dates = matched_dates = date_correct = matched_all = value_ok_all = type_ok = 0
    errors: list[str] = []
    for doc, preds in zip(docs, predictions, strict=True):
        n_gold += len(doc.timexes)
        n_pred += len(preds)
        gold_spans = {(g.start, g.end) for g in doc.timexes}
        pred_spans = {(p.start, p.end) for p in preds}
        strict_g += len(gold_spans & pred_spans)
        strict_p += len(pred_spans & gold_spans)
        relaxed_p += sum(1 for p in preds if any(_overlap((p.start, p.end), s) for s in gold_spans))
        for g in doc.timexes:
            hits = [p for p in preds if _overlap((g.start, g.end), (p.start, p.end))]
            best = max(hits, key=lambda p: _overlap((g.start, g.end), (p.start, p.end)), default=None)
            if best is not None:
                relaxed_g += 1
                matched_all += 1
                value_ok_all += best.value == g.value
                type_ok += _KIND_TO_TYPE[best.kind] == g.type
            if g.type != "DATE":
                continue
            gold_dates += 1
            if best is None:
                errors.append(f"{doc.doc_id}: {g.text!r} gold={g.value} missed")
                continue
            matched_dates += 1
            if best.value == g.value:
                date_correct += 1
            else:
                errors.append(f"{doc.doc_id}: {g.text!r} gold={g.value} ours={best.value} ({best.text!r})")
    return Te3Result(
        documents=len(docs), gold_timexes=n_gold, predicted_timexes=n_pred,
        strict=_prf(strict_g, strict_p, n_gold, n_pred),
        relaxed=_prf(relaxed_g, relaxed_p, n_gold, n_pred),
        gold_dates=gold_dates, matched_dates=matched_dates, date_value_correct=date_correct,
        date_value_accuracy_all=round(date_correct / gold_dates, 4) if gold_dates else 0.0,
        date_value_accuracy_matched=round(date_correct / matched_dates, 4) if matched_dates else 0.0,
        value_accuracy_matched_all_types=round(value_ok_all / matched_all, 4) if matched_all else 0.0,
        type_accuracy_matched=round(type_ok / matched_all, 4) if matched_all else 0.0,
        date_errors=tuple(errors),
    )


def evaluate_te3(folder: Path) -> Te3Result:
    """Tag every ``*.tml`` in ``folder`` with its DCT as publication date and score it."""
    folder = Path(folder)
    files = sorted(folder.glob("*.tml"))
    if not files:
        raise BadInputError(str(folder), "no *.tml files found")
    docs = [load_tml(f) for f in files]
    preds = [find_time_expressions(d.text, published=d.dct) for d in docs]
    return score_docs(docs, preds)


if __name__ == "__main__":  # pragma: no cover - a convenience for measuring by hand
    result = evaluate_te3(Path(sys.argv[1]))
    shown = asdict(result)
    if "--errors" not in sys.argv:
        shown.pop("date_errors")
    print(json.dumps(shown, indent=2))
