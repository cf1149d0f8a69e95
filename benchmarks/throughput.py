"""Throughput of eventwire (`make bench`): articles per second, whole pipeline vs bare spaCy.

Measured in one run on the same texts, after a warm-up, with the same batch size:

- bare: ``bare_nlp().pipe(texts)``, the plain spaCy model (the floor);
- annotate: ``load_nlp().pipe(texts)``, spaCy plus eventwire's components;
- whole: ``process(articles)``, everything (components, bridge, gazetteer, dates, events),
  with ``n_process=1`` and ``n_process=2`` (spaCy multiprocessing).

Corpus: ECB+ news documents (``../shared/benchmarks/ecbplus/docs.jsonl``) when present,
else the bundled examples/ texts repeated. When ``whole / bare`` is below 0.8 the whole
pipeline is profiled with cProfile and eventwire's own hot spots are printed. Usage:

    .venv/bin/python benchmarks/throughput.py [--corpus PATH] [--limit 300]
        [--batch-size 32] [--repeats 1] [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import re
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.ingest import make_article, read_articles
from eventwire.ingest.readers import IngestFailure
from eventwire.nlp.load import bare_nlp
from eventwire.pipeline import Pipeline, process
from eventwire.records import Article
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "benchmarks" / "ecbplus" / "docs.jsonl"
EXAMPLES = ROOT / "examples"
HEADING = "## Throughput (make bench)"
START, END = "<!-- bench:throughput:start -->", "<!-- bench:throughput:end -->"
PROFILE_BELOW = 0.8
WARMUP = 16


class ArticleTimeout(Exception):
    """One article's extraction ran past the per-article limit (a hang, not slowness)."""


class GuardedPipeline(Pipeline):
    """The eventwire Pipeline with a wall-clock limit per article's extraction.

    A benchmark must finish: an article that hangs raises ArticleTimeout (caught by
    process's ``on_error``) instead of stopping ``make bench``. Costs two setitimer calls.
    """

    limit_s: float = 0.0

    def extract(self, article, doc=None):
        if not self.limit_s:
            return super().extract(article, doc)
        previous = signal.signal(signal.SIGALRM, _raise_timeout)
        signal.setitimer(signal.ITIMER_REAL, self.limit_s)
        try:
            return super().extract(article, doc)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _raise_timeout(_signum, frame):
    where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno} {frame.f_code.co_name}"
    raise ArticleTimeout(where)


@dataclass
class Corpus:
    """The articles measured and a one-line description of where they came from."""

    articles: list[Article]
    description: str
    labels: dict[str, str] = field(default_factory=dict)  # article id -> where it came from
    excluded: list[str] = field(default_factory=list)

    @property
    def chars(self) -> int:
        return sum(len(a.text) for a in self.articles)


@dataclass
class Timing:
    """One measured configuration: wall and CPU seconds (CPU of this process only)."""

    label: str
    n: int
    wall: float
    cpu: float | None
    note: str = ""

    @property
    def rate(self) -> float:
        return self.n / self.wall if self.wall else 0.0


def load_corpus(path: Path | None, *, limit: int) -> Corpus:
    """ECB+ docs.jsonl (sentences joined) when ``path`` exists, else examples/ repeated."""
    if path is not None and path.is_file():
        articles, labels, skipped = [], {}, 0
        with path.open(encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, 1):
                if len(articles) >= limit:
                    break
                row = json.loads(line)
                text = "\n".join(row["sentences"])
                try:
                    article = make_article(f"{path.name}:{line_no}", text, source="ECB+")
                except EventwireError:
                    skipped += 1
                    continue
                articles.append(article)
                labels[article.id] = f"{row.get('doc_id', '?')} (line {line_no})"
        note = f", {skipped} rejected by ingest" if skipped else ""
        return Corpus(articles, f"ECB+ {path.name}: first {len(articles)} docs{note}", labels)
    found = [a for a in read_articles([EXAMPLES]) if not isinstance(a, IngestFailure)]
    if not found:
        raise SystemExit(f"no corpus: {path} is missing and {EXAMPLES} holds no articles")
    wanted = min(limit, 200)
    articles = [found[i % len(found)] for i in range(wanted)]
    return Corpus(articles, f"bundled examples/ ({len(found)} texts) repeated to "
                            f"{len(articles)} articles ({path} not found)")


def _time(label: str, run: Callable[[], int], *, cpu: bool = True) -> Timing:
    wall0, cpu0 = time.perf_counter(), time.process_time()
    n = run()
    return Timing(label, n, time.perf_counter() - wall0,
                  time.process_time() - cpu0 if cpu else None)


def _count(iterable) -> int:
    return sum(1 for _ in iterable)


def screen(corpus: Corpus, pipeline: GuardedPipeline, *, batch_size: int) -> None:
    """Warm-up pass of the whole pipeline over every article; drop those that hang.

    Dropped articles are left out of every timed row alike, and listed in ``excluded``.
    """
    failed: dict[str, str] = {}

    def record(article: Article, exc: Exception) -> None:
        failed[article.id] = f"{type(exc).__name__}: {exc}"

    _count(process(corpus.articles, pipeline=pipeline, batch_size=batch_size,
                   on_error=record))
    if failed:
        corpus.excluded = [f"{corpus.labels.get(i, i[:12])}: {why}" for i, why in failed.items()]
        corpus.articles = [a for a in corpus.articles if a.id not in failed]
        for line in corpus.excluded:
            print(f"excluded: {line}", file=sys.stderr)


def measure(corpus: Corpus, *, settings: Settings, batch_size: int, repeats: int,
            multiprocess: bool, article_limit_s: float) -> tuple[dict[str, Timing], Pipeline]:
    """Time bare, annotate and whole (n_process=1, then 2); best wall time of ``repeats``."""
    bare = bare_nlp(settings=settings)
    pipeline = GuardedPipeline.load(settings=settings)
    pipeline.limit_s = article_limit_s
    screen(corpus, pipeline, batch_size=batch_size)  # also the whole pipeline's warm-up
    articles = corpus.articles
    texts = [a.text for a in articles]
    runs: dict[str, Callable[[], int]] = {
        "bare spaCy (nlp.pipe)": lambda: _count(bare.pipe(texts, batch_size=batch_size)),
        "spaCy + eventwire components": lambda: _count(
            pipeline.nlp.pipe(texts, batch_size=batch_size)),
        "whole pipeline, n_process=1": lambda: _count(
            process(articles, pipeline=pipeline, batch_size=batch_size)),
    }
    _count(bare.pipe(texts[:WARMUP], batch_size=batch_size))  # warm-up of the bare model
    best: dict[str, Timing] = {}
    for _ in range(max(1, repeats)):  # interleaved, so a burst of load hits all alike
        for label, run in runs.items():
            timing = _time(label, run)
            if label not in best or timing.wall < best[label].wall:
                best[label] = timing
    if multiprocess:
        best["whole pipeline, n_process=2"] = _time_two_processes(articles, pipeline,
                                                                 batch_size=batch_size)
    return best, pipeline


def _time_two_processes(articles: list[Article], pipeline: Pipeline, *,
                        batch_size: int) -> Timing:
    label = "whole pipeline, n_process=2"
    try:
        return _time(label, lambda: _count(process(articles, pipeline=pipeline,
                                                   batch_size=batch_size, n_process=2)),
                     cpu=False)
    except Exception as exc:  # report, don't crash: the other figures still stand
        last = traceback.extract_tb(exc.__traceback__)[-1]
        note = (f"FAILED: {type(exc).__name__}: {str(exc).splitlines()[0][:160]} "
                f"(at {Path(last.filename).name}:{last.lineno})")
        print(f"\nn_process=2 failed:\n{traceback.format_exc()}", file=sys.stderr)
        return Timing(label, 0, 0.0, None, note)


def profile_whole(corpus: Corpus, pipeline: Pipeline, *, batch_size: int,
                  top: int = 15) -> str:
    """cProfile the whole pipeline; eventwire's own functions by self and total time."""
    articles = corpus.articles[:150]
    profiler = cProfile.Profile()
    profiler.enable()
    _count(process(articles, pipeline=pipeline, batch_size=batch_size))
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    src = str(ROOT / "src" / "eventwire")
    rows = []
    for (filename, line, name), (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():
        if filename.startswith(src) or "/eventwire/" in filename:
            rel = filename.split("eventwire/", 1)[-1]
            rows.append((tottime, cumtime, calls, f"{rel}:{line} {name}"))
    out = io.StringIO()
    out.write(f"profile of {len(articles)} articles, {total:.1f} s under cProfile\n")
    for title, key in (("self time", 0), ("cumulative time", 1)):
        out.write(f"\neventwire functions by {title}:\n")
        out.write(f"{'self s':>8} {'cum s':>8} {'cum %':>6} {'calls':>9}  function\n")
        for tottime, cumtime, calls, where in sorted(rows, key=lambda r: -r[key])[:top]:
            out.write(f"{tottime:8.2f} {cumtime:8.2f} {100 * cumtime / total:6.1f} "
                      f"{calls:9d}  {where}\n")
    return out.getvalue()


def render_table(timings: dict[str, Timing], *, corpus: Corpus) -> str:
    """Markdown table: articles/s, chars/s, wall and CPU seconds, relative to bare."""
    bare = timings["bare spaCy (nlp.pipe)"].rate
    lines = ["| configuration | articles | wall s | CPU s | articles/s | kchars/s | vs bare |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    kchars = corpus.chars / 1000
    for t in timings.values():
        if t.note.startswith("FAILED"):
            lines.append(f"| {t.label} | - | - | - | - | - | {t.note} |")
            continue
        cpu = f"{t.cpu:.1f}" if t.cpu is not None else "-"
        lines.append(f"| {t.label} | {t.n} | {t.wall:.1f} | {cpu} | {t.rate:.1f} | "
                     f"{kchars / t.wall:.0f} | {t.rate / bare:.2f} |")
    return "\n".join(lines)


def summary(timings: dict[str, Timing]) -> list[str]:
    bare, whole = timings["bare spaCy (nlp.pipe)"], timings["whole pipeline, n_process=1"]
    lines = [f"ratio = whole / bare = {whole.rate:.1f} / {bare.rate:.1f} articles/s "
             f"= {whole.rate / bare.rate:.2f}"]
    if bare.cpu and whole.cpu:
        lines.append(f"ratio by CPU time (less sensitive to other load) = "
                     f"{bare.cpu / whole.cpu:.2f}")
    two = timings.get("whole pipeline, n_process=2")
    if two is not None and not two.note:
        lines.append(f"speed-up n_process=2 over 1 = {whole.wall / two.wall:.2f}x")
    elif two is not None:
        lines.append(f"n_process=2: {two.note}")
    return lines


def _git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=ROOT, capture_output=True, text=True).stdout.strip()
        return out + (" (working tree has uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _load() -> str:
    try:
        return "load average %.2f, %.2f, %.2f (1, 5, 15 min)" % os.getloadavg()
    except OSError:
        return "load average unknown"


def render_section(table: str, lines: list[str], *, corpus: Corpus, command: str,
                   batch_size: int, load_before: str, profile: str | None) -> str:
    meta = [
        f"- date: {dt.date.today().isoformat()}",
        f"- commit: {_git_commit()}",
        f"- machine: {os.cpu_count()} CPUs, {platform.platform()}, "
        f"Python {platform.python_version()}",
        f"- load: before {load_before.removeprefix('load average ')}; "
        f"after {_load().removeprefix('load average ')}",
        f"- corpus: {corpus.description}, {corpus.chars:,} characters",
        f"- batch size: {batch_size} (the same for every row); warm-up: one whole-pipeline "
        f"pass over the corpus, {WARMUP} articles through the bare model",
        f"- command: `{command}`",
    ]
    parts = [START, HEADING, "", *meta, "", table, "", *[f"- {x}" for x in lines]]
    if profile:
        parts += ["", "Profile (cProfile, whole pipeline, n_process=1):", "", "```",
                  profile.rstrip(), "```"]
    parts.append(END)
    return "\n".join(parts) + "\n"


def write_section(path: Path, section: str) -> None:
    """Replace our marked section in ``path`` (re-read now), or append it; others untouched."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END) + r"\n?", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section, text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300, help="articles (default 300)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="spaCy batch size for every row (default: Settings.batch_size)")
    parser.add_argument("--repeats", type=int, default=1,
                        help="timed runs per configuration; the best is kept")
    parser.add_argument("--no-multiprocess", action="store_true",
                        help="skip the n_process=2 row")
    parser.add_argument("--profile", choices=("auto", "always", "never"), default="auto",
                        help=f"auto: profile when whole/bare < {PROFILE_BELOW}")
    parser.add_argument("--article-timeout", type=float, default=10.0,
                        help="seconds one article's extraction may take before it is "
                             "counted as hung and left out of every row (0: no limit)")
    parser.add_argument("--write", type=Path, default=None,
                        help="record the table in this Markdown file (e.g. docs/benchmarks.md)")
    args = parser.parse_args(argv)
    if args.limit < 1:
        parser.error("--limit must be at least 1")

    settings = Settings()
    batch_size = args.batch_size or settings.batch_size
    load_before = _load()
    corpus = load_corpus(args.corpus, limit=args.limit)
    print(f"corpus: {corpus.description}, {corpus.chars:,} characters", flush=True)
    print(f"machine: {os.cpu_count()} CPUs, {platform.platform()}; {load_before}")
    timings, pipeline = measure(corpus, settings=settings, batch_size=batch_size,
                                repeats=args.repeats, multiprocess=not args.no_multiprocess,
                                article_limit_s=args.article_timeout)
    table = render_table(timings, corpus=corpus)
    lines = summary(timings)
    if corpus.excluded:
        lines.append(f"{len(corpus.excluded)} article(s) left out of every row: extraction "
                     f"did not finish within {args.article_timeout:g} s (a hang): "
                     + "; ".join(corpus.excluded))
    print("\n" + table + "\n")
    print("\n".join(lines))
    ratio = timings["whole pipeline, n_process=1"].rate / timings["bare spaCy (nlp.pipe)"].rate
    profile = None
    if args.profile == "always" or (args.profile == "auto" and ratio < PROFILE_BELOW):
        profile = profile_whole(corpus, pipeline, batch_size=batch_size)
        print("\n" + profile)
    if args.write:
        command = "python benchmarks/throughput.py " + " ".join(
            argv if argv is not None else sys.argv[1:])
        section = render_section(table, lines, corpus=corpus, command=command.strip(),
                                 batch_size=batch_size, load_before=load_before,
                                 profile=profile)
        write_section(args.write, section)
        print(f"wrote the Throughput section of {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
