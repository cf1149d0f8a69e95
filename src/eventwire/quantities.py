"""Counts in news text ("at least 12", "fifty-eight", "dozens") as low/best/high figures.

The conventions (documented in docs/quantities.md) follow UCDP practice: ``best`` is the
most conservative credible figure the words support, ``low`` the lowest and ``high`` the
highest. A lower-bound phrase ("at least 12") supports no higher figure, so its ``high``
equals ``best``; the pipeline widens ``high`` when another report gives more.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from eventwire.errors import BadInputError

__all__ = ["Count", "find_counts", "parse_count", "number_value", "NUMBER_WORD_RE"]


@dataclass(frozen=True)
class Count:
    """A count and the span of text it was read from (offsets into the text searched)."""

    low: int
    best: int
    high: int
    text: str
    start: int
    end: int


UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_SMALL = rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?|{_UNIT_ALT})"
_SCALE_ALT = "hundred|thousand|million|billion"
#: A number written in words: "fifty-eight", "two hundred and six", "a hundred", "3 million".
NUMBER_WORD_RE = (
    rf"(?:(?:{_SMALL}|a)\s+(?:{_SCALE_ALT})(?:\s+(?:and\s+)?(?:{_SMALL}|(?:{_SMALL})\s+(?:{_SCALE_ALT})))*"
    rf"|{_SMALL})"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_NUMBER = rf"(?:(?:{_DIGITS})(?:\s+(?:{_SCALE_ALT})|\s?(?:m|bn)\b)?|{NUMBER_WORD_RE})"


def number_value(words: str) -> int | None:
    """The integer a number phrase names ("1,200", "fifty-eight", "2.5 million"), or None."""
    s = words.strip().lower().replace("-", " ")
    s = re.sub(r"(?<=\d)\s?m$", " million", s)
    s = re.sub(r"(?<=\d)\s?bn$", " billion", s)
    if not s:
        return None
    total, current = 0, 0.0
    seen = False
    for tok in s.split():
        if tok == "and":
            continue
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", tok):
            current += float(tok.replace(",", ""))
        elif tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "a" and not seen:
            current += 1
        elif tok in SCALES:
            scale = SCALES[tok]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    value = total + current
    if not seen or value != value or value > 10**12:
        return None
    return int(round(value))


# Vague quantities: (low, best, high). best follows ACLED's coding convention for vague
# words ("dozens" = 12, "hundreds" = 100), the most conservative
# figure a coder records; high keeps the widest reading the words allow.
VAGUE: dict[str, tuple[int, int, int]] = {
    "a couple of": (2, 2, 3), "a couple": (2, 2, 3), "a few": (2, 3, 5),
    "a handful of": (2, 3, 5), "a handful": (2, 3, 5), "several": (3, 3, 9),
    "half a dozen": (6, 6, 6), "a half-dozen": (6, 6, 6), "a half dozen": (6, 6, 6),
    "a score of": (20, 20, 20), "a score": (20, 20, 20), "a dozen": (12, 12, 12), "dozens of": (12, 12, 99), "dozens": (12, 12, 99),
    "scores of": (40, 40, 99), "scores": (40, 40, 99), "tens of": (20, 20, 99),
    "hundreds of": (100, 100, 999), "hundreds": (100, 100, 999),
    "thousands of": (2000, 2000, 9999), "thousands": (2000, 2000, 9999),
    "tens of thousands of": (20_000, 20_000, 99_999), "tens of thousands": (20_000, 20_000, 99_999),
    "hundreds of thousands of": (200_000, 200_000, 999_999),
    "hundreds of thousands": (200_000, 200_000, 999_999),
    "millions of": (2_000_000, 2_000_000, 9_999_999), "millions": (2_000_000, 2_000_000, 9_999_999),
    "no one": (0, 0, 0), "nobody": (0, 0, 0), "none": (0, 0, 0),
}
_VAGUE_ALT = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(VAGUE, key=len, reverse=True))

_APPROX = r"about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|nearly|almost|just\s+under|fewer\s+than|less\s+than|under"
_LOWER = r"at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|in\s+excess\s+of"
_UPPER = r"up\s+to|as\s+many\s+as|at\s+most|a\s+maximum\s+of"
_QUALIFIER = rf"(?P<qual>{_APPROX}|{_LOWER}|{_UPPER})"

_RANGE = (
    rf"between\s+(?P<lo>{_NUMBER})\s+(?:and|to)\s+(?P<hi>{_NUMBER})"
    rf"|(?P<lo2>{_NUMBER})\s+(?:to|or)\s+(?P<hi2>{_NUMBER})"
    rf"|(?P<lo3>{_DIGITS})\s?[-–]\s?(?P<hi3>{_DIGITS})"
)
_COUNT_RE = re.compile(
    rf"(?<![\w$£€.,-])(?:{_QUALIFIER}\s+)?"
    rf"(?:(?P<range>{_RANGE})|(?P<vague>{_VAGUE_ALT})|(?:a\s+)?(?P<num>{_NUMBER})(?:\s+dozen)?)"
    rf"(?![\w%$£€]|[.,]\d|-(?:year|month|week|day|hour|minute)|\s*(?:percent|per\s+cent)\b)",
    re.IGNORECASE,
)
# Numbers that are not counts of people or things: years, times, ages, distances, money.
_NOT_COUNT_AFTER = re.compile(
    r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|years?\s+old|year-old|(?:km|kilometres|kilometers|"
    r"miles?|metres|meters|feet|kg|tonnes|tons|dollars|euros|pounds|percent|per\s+cent|"
    r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b|[-–]\d|/\d|:\d)",
    re.IGNORECASE,
)
_NOT_COUNT_BEFORE = re.compile(
    r"(?:\b(?:aged?|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*|\$\s*|£\s*|€\s*|No\.\s*|\d[-/]|:)$",
    re.IGNORECASE,
)


def _is_year(value: int, text: str) -> bool:
    return 1800 <= value <= 2099 and "," not in text and not re.search(r"[a-zA-Z]", text)


def _from_match(m: re.Match[str], text: str, offset: int = 0) -> Count | None:
    qual = re.sub(r"\s+", " ", (m.group("qual") or "").lower())
    if not qual and not m.group("vague"):
        before = text[max(0, m.start() - 12):m.start()]
        if _NOT_COUNT_AFTER.match(text, m.end()) or _NOT_COUNT_BEFORE.search(before):
            return None
    if m.group("range"):
        lo_text = m.group("lo") or m.group("lo2") or m.group("lo3")
        hi_text = m.group("hi") or m.group("hi2") or m.group("hi3")
        lo, hi = number_value(lo_text), number_value(hi_text)
        if lo is None or hi is None or hi < lo or (_is_year(lo, lo_text) and not qual):
            return None
        low, best, high = lo, lo, hi
    elif m.group("vague"):
        low, best, high = VAGUE[re.sub(r"\s+", " ", m.group("vague").lower())]
        if qual and best > 0:
            low = min(low, best)
    else:
        value = number_value(m.group("num"))
        if value is None:
            return None
        if re.search(r"dozen$", m.group(0), re.IGNORECASE):
            value *= 12
        if _is_year(value, m.group("num")) and not qual:
            return None
        low = best = high = value
        if qual in {"about", "around", "approximately", "roughly", "some", "an estimated", "estimated"}:
            low, high = math.floor(value * 0.9), math.ceil(value * 1.1)
        elif qual in {"nearly", "almost", "close to", "just under"}:
            # coders record the figure the report states ("nearly 30" -> 30), and keep
            # the range just below it
            low, best, high = math.floor(value * 0.9), value, value
        elif qual in {"fewer than", "less than", "under"}:
            low, best, high = min(1, value - 1), max(value - 1, 0), max(value - 1, 0)
        elif qual in {"up to", "as many as", "at most", "a maximum of"}:
            low = min(1, value)
        # lower-bound qualifiers keep low = best = high = the stated figure.
    return Count(low=low, best=best, high=high, text=m.group(0),
                 start=m.start() + offset, end=m.end() + offset)


def find_counts(text: str) -> list[Count]:
    """Every count in ``text``, sorted, non-overlapping, with offsets into ``text``."""
    if not isinstance(text, str):
        raise BadInputError("find_counts", f"expected text as str, got {type(text).__name__}")
    out: list[Count] = []
    for m in _COUNT_RE.finditer(text):
        count = _from_match(m, text)
        if count is not None:
            out.append(count)
    return out


def parse_count(phrase: str) -> Count | None:
    """Read one count phrase ("more than 100", "dozens"); None when it names no count."""
    if not isinstance(phrase, str):
        raise BadInputError("parse_count", f"expected a phrase as str, got {type(phrase).__name__}")
    stripped = phrase.strip()
    lead = len(phrase) - len(phrase.lstrip())
    m = _COUNT_RE.match(stripped)
    if m is None or m.end() != len(stripped.rstrip(" .,;:")):
        counts = find_counts(phrase)
        return counts[0] if len(counts) == 1 else None
    return _from_match(m, stripped, offset=lead)
