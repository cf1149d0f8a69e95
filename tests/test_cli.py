"""The command-line contract, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from conftest import EXAMPLES


def run(*args: str, env_extra: dict[str, str] | None = None, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=300)


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n  ", "whitespace"),
    ("binary.txt", b"\x00\x01\x02\x89PNG\x00" * 50, "binary"),
    ("latin1.txt", "Des hommes armés ont attaqué le marché mardi.".encode("latin-1"), "UTF-8"),
    ("french.txt", ("Des hommes armés ont attaqué le marché de la ville mardi, tuant au moins "
                    "douze personnes, selon des habitants et un responsable local.").encode(), "English"),
])
def test_cli_extract_bad_input_fails_with_one_clear_line(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("extract", str(path))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert problem.lower() in lines[0].lower() and name in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_extract_too_large_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Gunmen attacked a village. " * 100)
    result = run("extract", str(path), env_extra={"EVENTWIRE_MAX_ARTICLE_BYTES": "1000"})
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_extract_bad_published_date_is_a_usage_error(tmp_path):
    result = run("extract", str(EXAMPLES / "market-attack.txt"), "--published", "14/03/2025")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


@pytest.mark.model
def test_cli_extract_jsonl_has_the_contract_keys(real_settings):
    result = run("extract", str(EXAMPLES / "market-attack.txt"), "--published", "2025-03-14",
                 "--source", "eventwire example", "--format", "jsonl",
                 env_extra={"EVENTWIRE_CACHE_DIR": str(real_settings.cache_dir)})
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    required = {"event_id", "event_date", "date_earliest", "date_latest", "time_precision",
                "event_type", "sub_event_type", "actor1", "inter1", "assoc_actor_1", "actor2",
                "inter2", "assoc_actor_2", "location", "admin1", "country", "iso2", "latitude",
                "longitude", "geo_precision", "geonameid", "fatalities", "fatalities_low",
                "fatalities_high", "source", "claims", "corroboration", "notes", "confidence",
                "evidence"}
    for row in rows:
        assert required <= set(row)
        assert row["source"] == "eventwire example"
        for claim in row["claims"]:
            assert {"source", "kind", "named", "count", "stance", "evidence"} <= set(claim)


@pytest.mark.model
def test_cli_ingest_folder_stores_good_articles_and_reports_the_broken_one(tmp_path, real_settings):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text((EXAMPLES / "market-attack.txt").read_text())
    (folder / "b.jsonl").write_text((EXAMPLES / "protest.jsonl").read_text())
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    db = tmp_path / "events.db"
    env = {"EVENTWIRE_CACHE_DIR": str(real_settings.cache_dir)}
    result = run("ingest", str(folder), "--db", str(db), "--published", "2025-03-14", env_extra=env)
    assert result.returncode == 1
    assert "broken.txt" in result.stderr and "Traceback" not in result.stderr
    with sqlite3.connect(db) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
        events = conn.execute("select count(*) from events").fetchone()[0]
    assert articles == 3 and events >= 3

    again = run("ingest", str(folder), "--db", f"sqlite:///{db}", "--published", "2025-03-14", env_extra=env)
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from events").fetchone()[0] == events
    assert again.returncode == 1

    out = tmp_path / "events.csv"
    exported = run("export", "--db", str(db), "--format", "csv", "--output", str(out), env_extra=env)
    assert exported.returncode == 0, exported.stderr
    header = out.read_text().splitlines()[0].split(",")
    assert {"event_date", "event_type", "sub_event_type", "actor1", "inter1", "fatalities"} <= set(header)


@pytest.mark.model
def test_cli_export_dedupe_merges_two_reports_of_one_event(tmp_path, real_settings):
    folder = tmp_path / "two-reports"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Gunmen killed 9 villagers in an attack on Konduga on Tuesday, residents said.\n")
    (folder / "two.txt").write_text(
        "Suspected gunmen attacked the town of Konduga on Tuesday, killing nine villagers, "
        "a local official told reporters.\n")
    db = tmp_path / "events.db"
    env = {"EVENTWIRE_CACHE_DIR": str(real_settings.cache_dir)}
    assert run("ingest", str(folder), "--db", str(db), "--published", "2025-03-14",
               env_extra=env).returncode == 0
    plain = run("export", "--db", str(db), "--format", "jsonl", env_extra=env)
    merged = run("export", "--db", str(db), "--format", "jsonl", "--dedupe", env_extra=env)
    assert len(plain.stdout.splitlines()) == 2
    rows = [json.loads(line) for line in merged.stdout.splitlines()]
    assert len(rows) == 1
    assert len(rows[0]["article_ids"]) == 2
    assert {e["article_id"] for e in rows[0]["evidence"]} == set(rows[0]["article_ids"])



def test_cli_check_names_a_missing_expected_file_and_fails(tmp_path):
    result = run("check", str(tmp_path))
    assert result.returncode == 1
    assert "expected.yaml" in result.stderr and "cannot read" in result.stderr


@pytest.mark.model
def test_cli_check_passes_a_report_with_nothing_to_record(tmp_path):
    (tmp_path / "a.txt").write_text("The city council approved a new budget for parks on Monday.\n")
    (tmp_path / "expected.yaml").write_text(
        "article: {file: a.txt, published: 2025-03-14}\nmust_find: []\n")
    result = run("check", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("result: PASS (0/0 required events right, 0 unexpected)")
