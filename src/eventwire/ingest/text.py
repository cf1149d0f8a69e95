"""Decoding, checking and cleaning article text, and building the frozen Article.

Cleaning happens once, here: after it the text is frozen and every character offset in
eventwire refers to it. The steps, in order: strip a UTF-8 byte-order mark, turn CRLF and
CR line endings into LF, NFC-normalise, strip trailing whitespace from every line, drop
blank lines at the start and the end. Nothing else is changed (no re-wrapping, no
quote folding), so evidence offsets can be shown against the text a user recognises.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from eventwire import ids
from eventwire.errors import BadInputError
from eventwire.ingest.language import guess_language
from eventwire.records import Article

SNIFF_BYTES = 8192
CONTROL_SHARE = 0.05  # more than this share of control bytes: not text
_TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_TRAILING = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u3000]+$", re.MULTILINE)


def check_size(where: str, size: int, *, limit: int) -> None:
    """Refuse content over ``limit`` bytes (Settings.max_article_bytes)."""
    if size > limit:
        raise BadInputError(
            where,
            f"article is {size:,} bytes, over the limit of {limit:,} bytes "
            "(raise it with EVENTWIRE_MAX_ARTICLE_BYTES or Settings.max_article_bytes)",
        )


def decode(where: str, data: bytes) -> str:
    """Bytes to str, refusing binary data and text that is not UTF-8 (naming the offset)."""
    if not data.strip():
        raise BadInputError(where, "file is empty" if not data else "file holds only whitespace")
    head = data[:SNIFF_BYTES]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BadInputError(where, f"file is binary, not text (NUL byte at offset {nul})")
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
    if controls > CONTROL_SHARE * len(head):
        raise BadInputError(
            where, f"file is binary, not text ({controls} control bytes in its first {len(head)})"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise BadInputError(
            where,
            f"text is not valid UTF-8: byte 0x{bad} at byte offset {exc.start} cannot be "
            "decoded (is it Latin-1 or Windows-1252? re-save it as UTF-8)",
        ) from None


def clean_text(text: str) -> str:
    """The one cleaning of article text; its result is frozen (see the module docstring)."""
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING.sub("", text)
    return text.strip("\n")


def _title_line(text: str) -> str | None:
    """The first line when it stands alone above a blank line and reads like a headline."""
    first, sep, rest = text.partition("\n")
    if not sep or not rest.startswith("\n"):
        return None
    first = first.strip()
    if not first or len(first) > 200 or first[-1] in ".:;,":
        return None
    return first


def make_article(
    where: str,
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    title_from_text: bool = False,
) -> Article:
    """Clean and check ``text`` and build the Article with its deterministic id and hash."""
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise BadInputError(where, "article text is empty (or whitespace only)")
    if "\x00" in cleaned:
        raise BadInputError(where, "article text holds a NUL character: binary data, not text")
    guess = guess_language(cleaned)
    if not guess.english:
        raise BadInputError(where, guess.describe())
    if title is None and title_from_text:
        title = _title_line(cleaned)
    url = url.strip() or None if url else None
    return Article(
        id=ids.article_id(text=cleaned, url=url),
        text=cleaned,
        title=" ".join(title.split()) or None if title else None,
        url=url,
        published=published,
        source=source.strip() or None if source else None,
        language="en",
        content_hash=ids.content_hash(cleaned),
    )


def parse_date(where: str, value: object) -> dt.date | None:
    """An ISO date (or datetime) string or date to a date; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise BadInputError(
        where, f"published date {value!r} is not an ISO date (expected YYYY-MM-DD)"
    )
