"""Compare English spaCy pipelines for eventwire: accuracy on four checks, and speed.

Usage (each model in its own process, so caches and memory do not mix):

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/compare_spacy_models.py MODEL \
        [--data /work/shared/benchmarks]

MODEL is an installed package name or a model directory (spacy.load accepts both).
Prints one JSON line: PLOVER type macro-F1/accuracy on the dev half (even records),
GeoVirus toponym recognition P/R/F1 (exact spans) on the dev half (first half of
articles), ORG recall/precision on the sentences below (written for this check),
and articles per second (wall clock and CPU time) of ``nlp.pipe`` over the first 100
ECB+ documents (bare model and the full eventwire pipeline), plus load time.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

# Sentences with multi-word organisations (gold strings, leading "the" not part of it).
ORG_SENTENCES: list[tuple[str, list[str]]] = [
    ("The International Committee of the Red Cross delivered water to the camp.",
     ["International Committee of the Red Cross"]),
    ("Doctors Without Borders said its clinic in the district had been looted.",
     ["Doctors Without Borders"]),
    ("The World Food Programme suspended deliveries after two trucks were hijacked.",
     ["World Food Programme"]),
    ("Officials of the African Union Commission met the interim president.",
     ["African Union Commission"]),
    ("The Committee to Protect Journalists condemned the arrest of the reporter.",
     ["Committee to Protect Journalists"]),
    ("The National Democratic Alliance boycotted the vote in three provinces.",
     ["National Democratic Alliance"]),
    ("Fighters of the Patriotic Liberation Front attacked a police post overnight.",
     ["Patriotic Liberation Front"]),
    ("The Ministry of Defence denied that its aircraft had struck the market.",
     ["Ministry of Defence"]),
    ("The Norwegian Refugee Council warned of a shortage of tents.",
     ["Norwegian Refugee Council"]),
    ("The United Nations Children's Fund said forty schools had closed.",
     ["United Nations Children's Fund"]),
    ("A spokesman for the Federal Bureau of Investigation declined to comment.",
     ["Federal Bureau of Investigation"]),
    ("The International Organization for Migration registered 2,000 new arrivals.",
     ["International Organization for Migration"]),
    ("Members of the Progressive Workers Union marched to the labour ministry.",
     ["Progressive Workers Union"]),
    ("The Central Bank of Kenya raised its main lending rate on Tuesday.",
     ["Central Bank of Kenya"]),
    ("The Office for the Coordination of Humanitarian Affairs appealed for funds.",
     ["Office for the Coordination of Humanitarian Affairs"]),
    ("The Supreme Electoral Council postponed the results by a week.",
     ["Supreme Electoral Council"]),
    ("The European Court of Human Rights ruled against the government.",
     ["European Court of Human Rights"]),
    ("Militants from the Army of the Righteous claimed the bombing.",
     ["Army of the Righteous"]),
    ("The Coalition for Democratic Change called a general strike.",
     ["Coalition for Democratic Change"]),
    ("Inspectors from the International Atomic Energy Agency visited the plant.",
     ["International Atomic Energy Agency"]),
    ("The Red Crescent Society and the World Health Organization sent medical teams.",
     ["Red Crescent Society", "World Health Organization"]),
    ("The Independent Electoral Commission accused the Popular Resistance Movement "
     "of intimidation.", ["Independent Electoral Commission", "Popular Resistance Movement"]),
    ("Lawyers for the Human Rights Defenders Network filed a complaint.",
     ["Human Rights Defenders Network"]),
    ("The Special Tribunal for Lebanon adjourned the hearing.",
     ["Special Tribunal for Lebanon"]),
    ("The Ministry of the Interior and the National Police Service announced new checkpoints.",
     ["Ministry of the Interior", "National Police Service"]),
]


def _norm(text: str) -> str:
    text = text.strip()
    return text[4:] if text.lower().startswith("the ") else text


def org_scores(nlp) -> dict[str, float]:
    """Exact-string ORG recall and precision on ORG_SENTENCES."""
    gold_n = pred_n = hits = 0
    for text, gold in ORG_SENTENCES:
        preds = {_norm(e.text) for e in nlp(text).ents if e.label_ == "ORG"}
        gold_n += len(gold)
        pred_n += len(preds)
        hits += len(preds & set(gold))
    return {"org_recall": hits / gold_n, "org_precision": hits / pred_n if pred_n else 0.0}


def plover_scores(data: Path) -> dict[str, float]:
    from eventwire.evaluate.plover import load_plover, score_records
    from eventwire.nlp.plover import predict_plover

    records = load_plover(data / "plover-gsr" / "PLOVER_GSR_CAMEO.txt")[0::2]
    best = []
    for record in records:
        found = predict_plover(record.text)
        best.append(max(found, key=lambda p: p.confidence) if found else None)
    s = score_records(records, best, split="dev")
    return {"plover_dev_macro_f1": s.macro_f1, "plover_dev_accuracy": s.accuracy}


def geovirus_scores(data: Path, nlp) -> dict[str, float]:
    from eventwire.evaluate.geovirus import _recognition, load_geovirus
    from eventwire.geo.gazetteer import Gazetteer
    from eventwire.geo.recognise import ToponymRecogniser

    articles = load_geovirus(data / "geovirus" / "GeoVirus.xml")
    dev = articles[: len(articles) // 2]
    gazetteer = Gazetteer.open()
    try:
        recognise = ToponymRecogniser(gazetteer=gazetteer, nlp=nlp)
        gold = [{(t.start, t.end) for t in a.toponyms} for a in dev]
        pred = [set(recognise(a.text)) for a in dev]
    finally:
        gazetteer.close()
    r = _recognition(gold, pred)
    return {"geovirus_dev_p": r.precision, "geovirus_dev_r": r.recall, "geovirus_dev_f1": r.f1}


def speed(data: Path, nlp, *, n: int = 100) -> tuple[float, float]:
    """Articles per wall-clock second and per CPU second of nlp.pipe (first n ECB+ docs).

    On a shared machine the wall-clock figure swings with the load; the CPU-time one
    (run with OMP_NUM_THREADS=1) is the fairer comparison.
    """
    lines = (data / "ecbplus" / "docs.jsonl").read_text(encoding="utf-8").splitlines()[:n]
    texts = [" ".join(json.loads(line)["sentences"]) for line in lines]
    list(nlp.pipe(texts[:5]))  # warm up
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return (len(texts) / (time.perf_counter() - wall), len(texts) / (time.process_time() - cpu))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--data", type=Path, default=Path("/work/shared/benchmarks"))
    args = parser.parse_args()
    os.environ["EVENTWIRE_SPACY_MODEL"] = args.model
    import spacy

    from eventwire.nlp.load import load_nlp

    start = time.perf_counter()
    bare = spacy.load(args.model)
    out: dict[str, object] = {"model": args.model, "load_s": time.perf_counter() - start}
    out |= org_scores(bare)
    out |= geovirus_scores(args.data, spacy.load(args.model, disable=["lemmatizer"]))
    out |= plover_scores(args.data)
    out["bare_articles_per_s"], out["bare_articles_per_cpu_s"] = speed(args.data, bare)
    out["pipeline_articles_per_s"], out["pipeline_articles_per_cpu_s"] = speed(
        args.data, load_nlp())
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}))


if __name__ == "__main__":
    main()
