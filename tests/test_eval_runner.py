"""The evaluation runner on the tiny self-written samples under tests/data/eval."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import UnknownValueError
from eventwire.evaluate.runner import (
    EvalReport,
    EvalRow,
    render_table,
    run_evaluations,
    write_markdown,
)

DATA = Path(__file__).parent / "data" / "eval"


def test_runner_scores_present_sets_and_reports_missing_ones():
    report = run_evaluations(DATA, tasks=["ecbplus", "plover", "geovirus"])
    by_key = {(r.task, r.metric, r.split): r for r in report.rows}
    assert by_key[("ecbplus", "B3 F1", "test")].value == pytest.approx(1.0)
    assert by_key[("ecbplus", "B3 F1", "test")].goal == 0.95
    assert any(r.task == "plover" and r.value is not None for r in report.rows)
    geovirus = [r for r in report.rows if r.task == "geovirus"]
    assert len(geovirus) == 1 and geovirus[0].note.startswith("no data")


def test_unknown_task_is_named():
    with pytest.raises(UnknownValueError, match="evaluation task"):
        run_evaluations(DATA, tasks=["ecb"])


def test_a_task_that_raises_becomes_an_error_row(tmp_path):
    (tmp_path / "ecbplus").mkdir()
    (tmp_path / "ecbplus" / "docs.jsonl").write_text("not json\n")
    (row,) = run_evaluations(tmp_path, tasks=["ecbplus"]).rows
    assert row.value is None and row.note.startswith("error: BadInputError")


REPORT = EvalReport((EvalRow("ecbplus", "B3 F1", "test", 0.9123, goal=0.95, baseline=0.876),
                     EvalRow("plover", "-", "-", None, note="not available")))


def test_table_aligns_columns_and_formats_values():
    lines = render_table(REPORT).splitlines()
    assert lines[0].split() == ["task", "metric", "split", "value", "goal", "baseline", "note"]
    assert "0.912" in lines[2] and "0.950" in lines[2] and "0.876" in lines[2]
    assert lines[3].endswith("not available")
    assert lines[2].index("0.912") == lines[0].index("value")


def test_markdown_section_is_replaced_and_the_rest_of_the_file_kept(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nSomeone else's section.\n")
    for value in (0.5, 0.75):
        report = EvalReport((EvalRow("ecbplus", "B3 F1", "test", value),))
        write_markdown(report, doc, command="eventwire eval", title="Dedup",
                       date=dt.date(2026, 11, 25), machine="2-core CI box")
    text = doc.read_text()
    assert "Someone else's section." in text
    assert text.count("## Dedup") == 1
    assert "| ecbplus | B3 F1 | test | 0.750 |" in text and "0.500" not in text
    assert "- date: 2026-11-25" in text and "- machine: 2-core CI box" in text
    assert "- command: `eventwire eval`" in text


def test_a_set_file_under_another_name_is_found(tmp_path):
    (tmp_path / "plover-gsr").mkdir()
    source = next((DATA / "plover-gsr").glob("*.txt"))
    (tmp_path / "plover-gsr" / "held_out_records.txt").write_bytes(source.read_bytes())
    rows = run_evaluations(tmp_path, tasks=["plover"]).rows
    assert any(r.metric == "type macro-F1" and r.value is not None for r in rows)


def test_two_candidate_set_files_are_an_error_naming_both(tmp_path):
    (tmp_path / "plover-gsr").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "plover-gsr" / name).write_text("x\n")
    (row,) = run_evaluations(tmp_path, tasks=["plover"]).rows
    assert row.value is None and "a.txt, b.txt" in row.note


def test_ecbplus_topics_outside_the_convention_are_scored_as_all(tmp_path):
    import json

    (tmp_path / "ecbplus").mkdir()
    lines = []
    for line in (DATA / "ecbplus" / "docs.jsonl").read_text().splitlines():
        row = json.loads(line)
        row["topic"] += 100
        lines.append(json.dumps(row))
    (tmp_path / "ecbplus" / "docs.jsonl").write_text("\n".join(lines) + "\n")
    rows = run_evaluations(tmp_path, tasks=["ecbplus"]).rows
    assert {r.split for r in rows} == {"all"}
    assert next(r for r in rows if r.metric == "B3 F1").value == pytest.approx(1.0)
