"""The command line: each command parses its arguments and calls one library function."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from eventwire.errors import EventwireError

app = typer.Typer(
    name="eventwire", add_completion=False, no_args_is_help=True,
    help="News reports about conflict and political violence in, coded events out. Offline.",
)
gazetteer_app = typer.Typer(help="Manage the offline GeoNames gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"eventwire: error: {message}", err=True)
    raise typer.Exit(code)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--published {value!r} is not a date in YYYY-MM-DD form", 2)
    return None


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A text or HTML file holding one article.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    source: Annotated[Optional[str], typer.Option(help="The outlet, e.g. 'Reuters'.")] = None,
    format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",  # noqa: A002
) -> None:
    """Print the events of one article.

    Example: eventwire extract report.txt --published 2025-03-14 --source Reuters --format jsonl
    """
    from eventwire.api_python import default_pipeline
    from eventwire.ingest import read_article

    if format not in {"table", "jsonl"}:
        _fail(f"--format {format!r} is not one of: table, jsonl", 2)
    date = _parse_date(published)
    try:
        article = read_article(file, published=date, source=source)
        extraction = default_pipeline().extract(article)
    except EventwireError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{file}: {exc.strerror or exc}")
    if format == "jsonl":
        from eventwire.export import event_row

        for event in extraction.events:
            sys.stdout.write(json.dumps(event_row(event), ensure_ascii=False, default=str) + "\n")
    else:
        from eventwire.show import print_table

        print_table(extraction)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt, .jsonl, .html.")],
    db: Annotated[str, typer.Option(help="SQLAlchemy URL or a SQLite file path.")] = "eventwire.db",
    published: Annotated[Optional[str], typer.Option(help="Date for articles that lack one.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Outlet for articles that lack one.")] = None,
) -> None:
    """Extract events from every article under PATHS and store them.

    Example: eventwire ingest reports/ --db sqlite:///events.db
    Bad articles are reported on stderr and skipped; the exit status is 1 if any failed.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from eventwire import jobs
    from eventwire.ingest import IngestFailure
    from eventwire.store import open_store

    date = _parse_date(published)
    try:
        store = open_store(db)
    except EventwireError as exc:
        _fail(str(exc))
    with store, Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                         TextColumn("{task.fields[last]}"), transient=False) as progress:
        task = progress.add_task("ingest", total=None, last="")

        def tick(item) -> None:
            if isinstance(item, IngestFailure):
                progress.console.print(f"[red]skipped[/red] {item}", highlight=False, soft_wrap=True)
                typer.echo(f"eventwire: skipped {item}", err=True)
            progress.update(task, advance=1, last=getattr(item, "title", None) or "")

        report = jobs.ingest(paths, store=store, published=date, source=source, on_article=tick)
    typer.echo(f"stored {report.articles} article(s), {report.events} event(s); "
               f"{len(report.failures)} failed", err=True)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def export(
    db: Annotated[str, typer.Option(help="SQLAlchemy URL or a SQLite file path.")] = "eventwire.db",
    format: Annotated[str, typer.Option("--format", help="jsonl, csv or geojson.")] = "csv",  # noqa: A002
    output: Annotated[Optional[Path], typer.Option(help="File to write; default stdout.")] = None,
    dedupe: Annotated[bool, typer.Option("--dedupe", help="Merge reports of one event across articles.")] = False,
) -> None:
    """Write every stored event as JSON Lines, ACLED-style CSV or GeoJSON.

    Example: eventwire export --db events.db --format csv --output events.csv --dedupe
    """
    from eventwire import jobs
    from eventwire.store import open_store

    if format not in {"jsonl", "csv", "geojson"}:
        _fail(f"--format {format!r} is not one of: jsonl, csv, geojson", 2)
    try:
        with open_store(db) as store:
            if output is None:
                count = jobs.export(store, format=format, output=sys.stdout, dedupe=dedupe)
            else:
                with output.open("w", encoding="utf-8", newline="") as out:
                    count = jobs.export(store, format=format, output=out, dedupe=dedupe)
    except EventwireError as exc:
        _fail(str(exc))
    typer.echo(f"exported {count} event(s)", err=True)


@app.command("eval")
def evaluate(
    data: Annotated[Path, typer.Option(help="Folder holding the open gold sets.")],
    write: Annotated[Optional[Path], typer.Option(help="Markdown file to record the table in.")] = None,
    task: Annotated[Optional[list[str]], typer.Option(help="Only these tasks (repeatable).")] = None,
) -> None:
    """Measure accuracy on the open gold sets and print one table.

    Example: eventwire eval --data ../shared/benchmarks --write docs/benchmarks.md
    """
    from eventwire.evaluate.runner import render_table, run_evaluations, write_markdown

    if not data.is_dir():
        _fail(f"--data {data} is not a folder", 2)
    report = run_evaluations(data, tasks=task)
    typer.echo(render_table(report))
    if write is not None:
        command = "eventwire eval --data " + str(data) + (f" --write {write}" if write else "")
        write_markdown(report, write, command=command)


@app.command()
def check(
    example: Annotated[list[Path], typer.Argument(
        help="Folders holding an expected.yaml and its article (or the yaml files).")],
) -> None:
    """Check extractions against a coder's expected.yaml; exit 1 when any report fails.

    Example: eventwire check ../shared/examples/mosul
    """
    from eventwire.evaluate.expected import check_example, render_report

    failed = False
    for path in example:
        try:
            report = check_example(path)
        except EventwireError as exc:
            typer.echo(f"eventwire: error: {exc}", err=True)
            failed = True
            continue
        typer.echo(render_report(report))
        failed = failed or not report.passed
    if failed:
        raise typer.Exit(1)


@gazetteer_app.command("import")
def gazetteer_import(
    file: Annotated[Path, typer.Argument(help="A GeoNames dump: allCountries.txt, SY.txt or .zip.")],
) -> None:
    """Add a GeoNames dump you downloaded to the gazetteer, for places cities500 lacks.

    Example: eventwire gazetteer import ~/Downloads/SY.zip
    """
    from eventwire.geo.dump import import_geonames_dump

    try:
        count = import_geonames_dump(file)
    except EventwireError as exc:
        _fail(str(exc))
    typer.echo(f"imported {count} place(s) from {file}", err=True)


def main() -> None:  # pragma: no cover
    app()
