"""GeoVirus (Gritta et al. 2018): toponym recognition and resolution on Wikinews articles.

The XML holds ``<article>``s with ``<text>`` and ``<location>``s (name, start, end, lat,
lon, page). The file's offsets are 1-based; the loader converts them to 0-based and
checks that each span reads the name. GeoVirus has no dev/test split: the first half of
the articles is dev (for tuning), the second half test; results are given for both
halves and for all.

Recognition is scored by exact span match (start and end both equal); the result also
gives the overlap-match F1 for reference. Resolution is scored on the gold spans;
end-to-end on the recognised spans that exactly match a gold span.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import BadInputError
from eventwire.evaluate.geo_metrics import ResolutionMetrics, haversine_km, resolution_metrics
from eventwire.geo.gazetteer import Gazetteer

Recognise = Callable[[str], Sequence[tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class GoldToponym:
    name: str
    start: int
    end: int
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class GeoVirusArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass(frozen=True, slots=True)
class RecognitionScores:
    """Toponym recognition: exact-span precision, recall and F1, plus overlap F1."""

    gold: int
    predicted: int
    exact_matches: int
    precision: float
    recall: float
    f1: float
    overlap_f1: float


@dataclass(frozen=True, slots=True)
class GeoVirusPart:
    """Scores on one part (dev, test or all)."""

    articles: int
    recognition: RecognitionScores
    resolution: ResolutionMetrics  # on gold spans
    end_to_end: ResolutionMetrics  # on recognised spans that exactly match gold
    end_to_end_acc_161_of_gold: float  # correct within 161 km / all gold toponyms


@dataclass(frozen=True, slots=True)
class GeoVirusResult:
    dev: GeoVirusPart
    test: GeoVirusPart
    all: GeoVirusPart


def load_geovirus(path: Path) -> list[GeoVirusArticle]:
    """Read GeoVirus.xml into articles with 0-based, checked toponym spans."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise BadInputError(str(path), f"cannot read GeoVirus XML: {exc}") from None
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for loc in art.iter("location"):
            name = loc.findtext("name") or ""
            start, end = int(loc.findtext("start") or 0) - 1, int(loc.findtext("end") or 0) - 1
            if text[start:end] != name:
                raise BadInputError(str(path), f"location {name!r} at {start + 1}:{end + 1} "
                                    f"does not match the text ({text[start:end]!r})")
            tops.append(GoldToponym(name, start, end, float(loc.findtext("lat") or "nan"),
                                    float(loc.findtext("lon") or "nan")))
        articles.append(GeoVirusArticle(text, tuple(tops)))
    if not articles:
        raise BadInputError(str(path), "no <article> elements found")
    return articles


def _recognition(gold: list[set[tuple[int, int]]], pred: list[set[tuple[int, int]]]
                 ) -> RecognitionScores:
    n_gold = sum(map(len, gold))
    n_pred = sum(map(len, pred))
    exact = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    ov_p = sum(any(ps < ge and gs < pe for gs, ge in g) for g, p in zip(gold, pred, strict=True)
               for ps, pe in p)
    ov_r = sum(any(ps < ge and gs < pe for ps, pe in p) for g, p in zip(gold, pred, strict=True)
               for gs, ge in g)
    prec = exact / n_pred if n_pred else 0.0
    rec = exact / n_gold if n_gold else 0.0
    op, orr = (ov_p / n_pred if n_pred else 0.0), (ov_r / n_gold if n_gold else 0.0)
    return RecognitionScores(
        gold=n_gold, predicted=n_pred, exact_matches=exact, precision=prec, recall=rec,
        f1=2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        overlap_f1=2 * op * orr / (op + orr) if op + orr else 0.0,
    )


def _errors(gazetteer: Gazetteer, text: str, spans: list[tuple[int, int]],
            gold: dict[tuple[int, int], GoldToponym]) -> list[float | None]:
    places = gazetteer.resolve_all([text[s:e] for s, e in spans])
    out: list[float | None] = []
    for span, place in zip(spans, places, strict=True):
        g = gold[span]
        if place is None or place.latitude is None or place.longitude is None:
            out.append(None)
        else:
            out.append(haversine_km((place.latitude, place.longitude), (g.latitude, g.longitude)))
    return out


def _part(articles: Sequence[GeoVirusArticle], *, gazetteer: Gazetteer,
          recognise: Recognise | None) -> GeoVirusPart:
    gold_sets, pred_sets = [], []
    res_errors: list[float | None] = []
    e2e_errors: list[float | None] = []
    for art in articles:
        gold = {(t.start, t.end): t for t in art.toponyms}
        res_errors += _errors(gazetteer, art.text, list(gold), gold)
        pred = {(int(s), int(e)) for s, e in recognise(art.text)} if recognise else set()
        gold_sets.append(set(gold))
        pred_sets.append(pred)
        # Resolve every recognised span together (document context), score the matched.
        spans = sorted(pred)
        if spans:
            places = gazetteer.resolve_all([art.text[s:e] for s, e in spans])
            for span, place in zip(spans, places, strict=True):
                if span not in gold:
                    continue
                g = gold[span]
                e2e_errors.append(None if place is None or place.latitude is None else
                                  haversine_km((place.latitude, place.longitude or 0.0),
                                               (g.latitude, g.longitude)))
    n_gold = sum(map(len, gold_sets))
    correct = sum(e is not None and e <= 161 for e in e2e_errors)
    return GeoVirusPart(
        articles=len(articles),
        recognition=_recognition(gold_sets, pred_sets),
        resolution=resolution_metrics(res_errors),
        end_to_end=resolution_metrics(e2e_errors),
        end_to_end_acc_161_of_gold=correct / n_gold if n_gold else 0.0,
    )


def evaluate_geovirus(
    path: Path, *, gazetteer: Gazetteer, recognise: Recognise | None = None
) -> GeoVirusResult:
    """Score recognition and resolution on GeoVirus; first half of articles is dev.

    ``recognise`` maps a text to toponym spans; None skips recognition and end-to-end.
    """
    articles = load_geovirus(path)
    half = len(articles) // 2
    return GeoVirusResult(
        dev=_part(articles[:half], gazetteer=gazetteer, recognise=recognise),
        test=_part(articles[half:], gazetteer=gazetteer, recognise=recognise),
        all=_part(articles, gazetteer=gazetteer, recognise=recognise),
    )
