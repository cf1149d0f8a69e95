"""Readers: plain text, JSON Lines, HTML (trafilatura, offline) and directories.

``read_article`` reads one file into one Article or raises BadInputError naming the
problem. ``read_articles`` walks files and folders and yields an Article or an
IngestFailure for each item, so one broken file never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import BadInputError
from eventwire.ingest.text import check_size, decode, make_article, parse_date
from eventwire.records import Article
from eventwire.settings import Settings

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSONL_FIELDS = ("text", "title", "url", "published", "source")


@dataclass(frozen=True)
class IngestFailure:
    """An item that could not be read: where (path, plus ":line N" for JSONL) and why."""

    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


def read_article(
    path: str | Path,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Read one text or HTML file into an Article; raise BadInputError naming the problem.

    ``published`` and ``source`` are used when given; otherwise what the file itself says
    (HTML metadata) is used, and an unknown date stays None.
    """
    path = Path(path)
    settings = settings or Settings()
    where = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        raise BadInputError(
            where, "a JSON Lines file holds many articles: read it with read_articles()"
        )
    data = _read_bytes(path, limit=settings.max_article_bytes)
    if path.suffix.lower() in HTML_SUFFIXES:
        return _html_article(where, data, published=published, source=source)
    return make_article(
        where, decode(where, data), published=published, source=source, title_from_text=True
    )


def read_articles(
    paths: Iterable[str | Path],
    *,
    settings: Settings | None = None,
    default_published: dt.date | None = None,
    default_source: str | None = None,
) -> Iterator[Article | IngestFailure]:
    """Yield an Article or an IngestFailure for every article in ``paths``.

    Folders are walked recursively in sorted order (hidden files and folders skipped), so
    the same tree always gives the same sequence. A JSON Lines file yields one item per
    non-blank line. The defaults fill in a publication date or source an item lacks.
    """
    settings = settings or Settings()
    for raw in paths:
        path = Path(raw)
        for file in _walk(path):
            if isinstance(file, IngestFailure):
                yield file
            elif file.suffix.lower() in JSONL_SUFFIXES:
                yield from _read_jsonl(
                    file, settings=settings, published=default_published, source=default_source
                )
            else:
                yield _read_one(
                    file, settings=settings, published=default_published, source=default_source
                )


def _walk(path: Path) -> Iterator[Path | IngestFailure]:
    if path.is_dir():
        children = sorted(p for p in path.iterdir() if not p.name.startswith("."))
        for child in children:
            yield from _walk(child)
    elif path.is_file():
        yield path
    elif path.exists():
        yield IngestFailure(str(path), "not a regular file or folder")
    else:
        yield IngestFailure(str(path), "no such file or folder")


def _read_one(
    path: Path, *, settings: Settings, published: dt.date | None, source: str | None
) -> Article | IngestFailure:
    """One text or HTML file whose own metadata wins over the defaults."""
    where = str(path)
    try:
        data = _read_bytes(path, limit=settings.max_article_bytes)
        if path.suffix.lower() in HTML_SUFFIXES:
            return _html_article(
                where, data, default_published=published, default_source=source
            )
        return make_article(
            where, decode(where, data), published=published, source=source,
            title_from_text=True,
        )
    except BadInputError as exc:
        return IngestFailure(where, exc.problem)


def _read_bytes(path: Path, *, limit: int) -> bytes:
    where = str(path)
    try:
        check_size(where, path.stat().st_size, limit=limit)
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInputError(where, "no such file") from None
    except IsADirectoryError:
        raise BadInputError(where, "is a folder: read it with read_articles()") from None
    except OSError as exc:
        raise BadInputError(where, f"cannot be read: {exc.strerror or exc}") from None


def _html_article(
    where: str,
    data: bytes,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    default_published: dt.date | None = None,
    default_source: str | None = None,
) -> Article:
    """Body text and metadata from an HTML page with trafilatura, never fetching anything."""
    import trafilatura  # lazy: it is slow to import and only HTML needs it

    if not data.strip():
        raise BadInputError(where, "file is empty" if not data else "file holds only whitespace")
    if b"\x00" in data:
        raise BadInputError(where, "file is binary, not HTML (it holds NUL bytes)")
    doc = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only dates the page states in its metadata or markup; no guessing from the text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise BadInputError(where, "no article text found in the HTML")
    own_date = None
    if doc.date:
        try:
            own_date = parse_date(where, doc.date)
        except BadInputError:
            own_date = None
    return make_article(
        where,
        text,
        title=doc.title or None,
        url=doc.url or None,
        published=published or own_date or default_published,
        source=source or doc.sitename or default_source,
    )


def _read_jsonl(
    path: Path, *, settings: Settings, published: dt.date | None, source: str | None
) -> Iterator[Article | IngestFailure]:
    """One Article per line; a bad line is one failure and the others go on."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot be read: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{path}:line {number}"
            try:
                yield _jsonl_article(
                    where, raw, settings=settings, published=published, source=source
                )
            except BadInputError as exc:
                yield IngestFailure(where, exc.problem)


def _jsonl_article(
    where: str, raw: bytes, *, settings: Settings, published: dt.date | None, source: str | None
) -> Article:
    check_size(where, len(raw), limit=settings.max_article_bytes)
    line = decode(where, raw)
    try:
        item = json.loads(line.strip())
    except json.JSONDecodeError as exc:
        raise BadInputError(where, f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(item, dict):
        raise BadInputError(where, f"expected a JSON object, got {type(item).__name__}")
    text = item.get("text")
    if not isinstance(text, str):
        got = "no 'text' field" if text is None else f"'text' is {type(text).__name__}"
        raise BadInputError(where, f"{got}; each line needs a string 'text' field")
    for key in ("title", "url", "source"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise BadInputError(where, f"'{key}' must be a string, got {item[key]!r}")
    return make_article(
        where,
        text,
        title=item.get("title"),
        url=item.get("url"),
        published=parse_date(where, item.get("published")) or published,
        source=item.get("source") or source,
    )
