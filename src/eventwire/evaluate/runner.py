"""Run every accuracy evaluation whose data is present and collect one table of figures.

Each task looks for its set under ``data_dir`` (the layout of /work/shared/benchmarks).
Task modules are imported lazily: a task whose code is missing gives a "not available"
row, a task whose data is missing gives a "no data" row, and a task that raises gives
an "error" row naming the exception, so one broken task never hides the others.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import BadInputError, UnknownValueError


@dataclass(frozen=True)
class EvalRow:
    """One figure: which task, metric and split, its value, and what it is compared with."""

    task: str
    metric: str
    split: str
    value: float | None
    goal: float | None = None
    baseline: float | None = None
    note: str = ""


@dataclass(frozen=True)
class EvalReport:
    """All rows of one run."""

    rows: tuple[EvalRow, ...]


def _set_file(folder: Path, preferred: str, pattern: str) -> Path:
    """The set's usual file, else the one file in the folder that matches ``pattern``.

    A held-out set laid out like the open one (another GED extract, say) then runs as is.
    """
    if (folder / preferred).is_file():
        return folder / preferred
    found = sorted(folder.glob(pattern))
    if len(found) == 1:
        return found[0]
    names = ", ".join(p.name for p in found) or "none"
    raise BadInputError(str(folder), f"expected {preferred} or exactly one {pattern} file "
                                     f"(found: {names})")


def _splits(result: object) -> list[tuple[str, object]]:
    """The parts of a GED result that hold rows: dev, test, and "all" where it exists."""
    parts = [(name, getattr(result, name, None)) for name in ("dev", "test", "all")]
    return [(name, part) for name, part in parts if part is not None and part.rows]


def _ecbplus(folder: Path) -> list[EvalRow]:
    from eventwire.evaluate.ecbplus import evaluate_ecbplus

    result = evaluate_ecbplus(folder / "docs.jsonl")
    rows = []
    for part in (result.dev, result.test, result.all):
        if part is None:
            continue
        s = part.scores
        rows += [
            EvalRow("ecbplus", "B3 P", part.split, s.b_cubed.precision),
            EvalRow("ecbplus", "B3 R", part.split, s.b_cubed.recall),
            EvalRow("ecbplus", "B3 F1", part.split, s.b_cubed.f1, goal=0.95, baseline=0.876),
            EvalRow("ecbplus", "MUC F1", part.split, s.muc.f1),
            EvalRow("ecbplus", "CEAF-e F1", part.split, s.ceaf_e.f1),
            EvalRow("ecbplus", "CoNLL F1", part.split, s.conll_f1),
        ]
    return rows


def _plover(folder: Path) -> list[EvalRow]:
    """The NLP predictor when it exists; until then a clearly labelled majority baseline."""
    from eventwire.evaluate.plover import evaluate_plover, majority_predictor

    path = _set_file(folder, "PLOVER_GSR_CAMEO.txt", "*.txt")
    base = evaluate_plover(path, predict=majority_predictor(path))
    try:
        from eventwire.nlp.plover import predict_plover  # type: ignore[import-not-found]
    except ImportError:
        return [EvalRow("plover", metric, part.split, value,
                        note="majority-class baseline (predictor not available)")
                for part in (base.dev, base.test, base.all)
                for metric, value in (("type accuracy", part.accuracy),
                                      ("type macro-F1", part.macro_f1))]
    result = evaluate_plover(path, predict=predict_plover)
    rows = []
    for part, floor in ((result.dev, base.dev), (result.test, base.test), (result.all, base.all)):
        rows += [
            EvalRow("plover", "type accuracy", part.split, part.accuracy, baseline=floor.accuracy),
            EvalRow("plover", "type macro-F1", part.split, part.macro_f1, goal=0.80,
                    baseline=floor.macro_f1),
            EvalRow("plover", "source match", part.split, part.source_match),
            EvalRow("plover", "target match", part.split, part.target_match),
        ]
    return rows


def _geovirus(folder: Path) -> list[EvalRow]:
    from eventwire.evaluate.geovirus import evaluate_geovirus
    from eventwire.geo.gazetteer import Gazetteer
    from eventwire.geo.recognise import default_recogniser

    gazetteer = Gazetteer.open()
    try:
        result = evaluate_geovirus(_set_file(folder, "GeoVirus.xml", "*.xml"),
                                   gazetteer=gazetteer,
                                   recognise=default_recogniser(gazetteer=gazetteer))
    finally:
        gazetteer.close()
    rows = []
    for split, part in (("dev", result.dev), ("test", result.test)):
        rows += [
            EvalRow("geovirus", "recognition F1", split, part.recognition.f1),
            EvalRow("geovirus", "resolution acc@161km", split, part.resolution.acc_161, goal=0.90,
                    baseline=0.65),
            EvalRow("geovirus", "resolution median km", split, part.resolution.median_km),
            EvalRow("geovirus", "resolution AUC", split, part.resolution.auc),
            EvalRow("geovirus", "end-to-end acc@161km of gold", split,
                    part.end_to_end_acc_161_of_gold),
        ]
    return rows


def _ucdp_places(folder: Path) -> list[EvalRow]:
    from eventwire.evaluate.ucdp_places import evaluate_ucdp_places
    from eventwire.geo.gazetteer import Gazetteer

    path = _set_file(folder, "ged191_syria.csv", "*.csv")
    gazetteer = Gazetteer.open()
    try:
        result = evaluate_ucdp_places(path, gazetteer=gazetteer)
    finally:
        gazetteer.close()
    rows = []
    for split, part in _splits(result):
        rows += [
            EvalRow("ucdp_places", "within 5 km", split, part.within_5km),
            EvalRow("ucdp_places", "within 25 km", split, part.within_25km, goal=0.80, baseline=0.10),
            EvalRow("ucdp_places", "not found", split, part.not_found),
        ]
    return rows


def _ucdp_actors(folder: Path) -> list[EvalRow]:
    """UCDP sides named by the events extracted from GED headlines (500 rows a split)."""
    from eventwire.evaluate.ucdp_actors import evaluate_ucdp_actors

    result = evaluate_ucdp_actors(_set_file(folder, "ged191_syria.csv", "*.csv"))
    rows = []
    for split, part in _splits(result):
        note = f"{part.sampled} of {part.rows} rows"
        rows += [
            EvalRow("ucdp", "side_a matched", split, part.side_a_matched, note=note),
            EvalRow("ucdp", "side_b matched", split, part.side_b_matched, note=note),
            EvalRow("ucdp", "both sides matched", split, part.both_matched, note=note),
            EvalRow("ucdp", "no event extracted", split, part.no_event, note=note),
        ]
    return rows


def _te3(folder: Path) -> list[EvalRow]:
    from eventwire.evaluate.te3 import evaluate_te3

    r = evaluate_te3(folder)
    return [
        EvalRow("te3", "timex strict F1", "test", r.strict.f1),
        EvalRow("te3", "timex relaxed F1", "test", r.relaxed.f1),
        EvalRow("te3", "DATE value accuracy (all gold)", "test", r.date_value_accuracy_all, goal=0.90,
                baseline=0.56),
        EvalRow("te3", "value accuracy (matched)", "test", r.value_accuracy_matched_all_types),
    ]


def _cases(_: Path) -> list[EvalRow]:
    """eventwire's own labelled cases ship with the repository, so data_dir is not used."""
    from eventwire.evaluate.cases import eval_rows

    return eval_rows()


# task name -> (folder under data_dir, function)
TASKS: dict[str, tuple[str, Callable[[Path], list[EvalRow]]]] = {
    "geovirus": ("geovirus", _geovirus),
    "te3": ("te3-platinum", _te3),
    "ucdp_places": ("ucdp-ged-syria", _ucdp_places),
    "ucdp": ("ucdp-ged-syria", _ucdp_actors),
    "plover": ("plover-gsr", _plover),
    "ecbplus": ("ecbplus", _ecbplus),
    # an absolute folder that always exists: the task finds benchmarks/data/cases itself
    "cases": (str(Path(__file__).parent), _cases),
}


def run_evaluations(data_dir: Path, *, tasks: Sequence[str] | None = None) -> EvalReport:
    """Run the named tasks (all by default) on the sets found under ``data_dir``."""
    chosen = list(TASKS) if tasks is None else list(tasks)
    for name in chosen:
        if name not in TASKS:
            raise UnknownValueError("evaluation task", name, TASKS)
    rows: list[EvalRow] = []
    for name in chosen:
        folder_name, task = TASKS[name]
        folder = Path(data_dir) / folder_name
        if not folder.is_dir():
            rows.append(EvalRow(name, "-", "-", None, note=f"no data ({folder})"))
            continue
        try:
            rows += task(folder)
        except ImportError as exc:
            rows.append(EvalRow(name, "-", "-", None, note=f"not available ({exc.name or exc})"))
        except Exception as exc:  # noqa: BLE001 - one broken task must not hide the rest
            rows.append(EvalRow(name, "-", "-", None,
                                note=f"error: {type(exc).__name__}: {exc}"[:200]))
    return EvalReport(tuple(rows))


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _cells(report: EvalReport) -> list[list[str]]:
    return [[r.task, r.metric, r.split, _fmt(r.value), _fmt(r.goal), _fmt(r.baseline), r.note]
            for r in report.rows]


HEADER = ["task", "metric", "split", "value", "goal", "baseline", "note"]


def render_table(report: EvalReport) -> str:
    """A plain-text table with aligned columns, for the terminal."""
    rows = [HEADER, *_cells(report)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(report: EvalReport) -> str:
    """The rows as a Markdown table."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + " --- |" * len(HEADER)]
    lines += ["| " + " | ".join(c.replace("|", "/") for c in cells) + " |"
              for cells in _cells(report)]
    return "\n".join(lines)


def _git_commit(cwd: Path) -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=cwd,
                             capture_output=True, text=True, check=True, timeout=10)
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def write_markdown(
    report: EvalReport, path: Path, *, command: str, title: str = "Accuracy on open sets",
    date: dt.date | None = None, machine: str | None = None,
) -> None:
    """Write or replace the section ``title`` in a Markdown file, leaving the rest as is.

    The section is delimited by HTML comments naming the title, so re-running updates it.
    """
    path = Path(path)
    start, end = f"<!-- eval:{title}:start -->", f"<!-- eval:{title}:end -->"
    machine = machine or f"{platform.platform()}, {os.cpu_count()} CPUs"
    section = "\n".join([
        start, f"## {title}", "",
        f"- date: {(date or dt.date.today()).isoformat()}",
        f"- commit: {_git_commit(path.parent if path.parent.is_dir() else Path.cwd())}",
        f"- machine: {machine}", f"- command: `{command}`", "",
        markdown_table(report), end,
    ])
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in old and end in old:
        head, rest = old.split(start, 1)
        new = head + section + rest.split(end, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")
