"""A readable terminal table of one article's events (Rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from eventwire.records import Extraction


def print_table(extraction: Extraction, *, console: Console | None = None) -> None:
    """Print the events of one extraction, one row each, with sources and notes."""
    console = console or Console()
    article = extraction.article
    title = article.title or article.id
    table = Table(title=f"{len(extraction.events)} event(s) in: {title}", show_lines=True,
                  expand=True)
    for column in ("date", "type", "actors", "place", "deaths", "sources"):
        table.add_column(column, overflow="fold")
    for e in extraction.events:
        when = str(e.event_date) if e.time_precision == 1 else \
            f"{e.date_earliest}..{e.date_latest} (p{e.time_precision})"
        actors = " vs ".join(a.name for a in (e.actor1, e.actor2) if a) or "-"
        place = "-" if e.place is None else ", ".join(
            x for x in (e.place.name, e.place.admin1, e.place.iso2) if x) + f" (p{e.place.geo_precision})"
        deaths = str(e.fatalities) if e.fatalities_low == e.fatalities_high else \
            f"{e.fatalities} ({e.fatalities_low}-{e.fatalities_high})"
        sources = "; ".join(f"{c.source} [{c.kind}{'' if c.stance == 'asserts' else ', ' + c.stance}]"
                            for c in e.claims) or "-"
        cells = (when, f"{e.event_type}\n{e.sub_event_type}", actors, place, deaths, sources)
        table.add_row(*(escape(c) for c in cells))
    console.print(table)
    if not extraction.events:
        console.print("No events found.")
