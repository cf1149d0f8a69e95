"""Words and regex fragments for time expressions: months, weekdays, units, modifiers.

Month and weekday names are matched case-sensitively (capitalised), so the verb "may" and
a "march" through town are not dates; other words accept a capital first letter only.
"""

from __future__ import annotations

import re

from eventwire.quantities import NUMBER_WORD_RE

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}
#: unit word -> (ISO 8601 designator, multiplier, is a time-of-day unit)
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "year": ("Y", 1, False),
    "decade": ("Y", 10, False), "century": ("Y", 100, False),
}
SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
TIME_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
CENTURY_WORDS = {
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18,
}
VAGUE_NUMBERS = {"several", "a few", "few", "some", "many", "a couple of", "a number of"}


def cap(word: str) -> str:
    """Regex for ``word`` with its first letter in either case ("[Ll]ast week")."""
    first = word[0]
    return f"[{first.upper()}{first.lower()}]{re.escape(word[1:])}" if first.isalpha() else word


def caps(*words: str) -> str:
    """Alternation of :func:`cap` words, longest first so the regex prefers them."""
    return "(?:" + "|".join(cap(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_NUM = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR_NUM = r"(?:1[6-9]\d\d|20\d\d)"
UNIT_WORD = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{NUMBER_WORD_RE}|an?|half\s+an?))"
VAGUE = caps("several", "a few", "few", "some", "many", "a couple of", "a number of")
MOD = caps("early", "late", "mid", "mid-", "the end of", "the beginning of", "the start of",
           "the middle of", "earlier", "later")
TOD = "(?:morning|afternoon|evening|night)"

MOD_CODES = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID",
    "late": "END", "the end of": "END",
    "earlier": "BEFORE_NOW", "later": "AFTER_NOW",
}


def mod_code(text: str | None) -> str | None:
    """The window modifier a modifier word names ("late" -> "END"), or None."""
    if not text:
        return None
    return MOD_CODES.get(re.sub(r"\s+", " ", text.strip().lower()))


def unit_of(word: str) -> str:
    """Singular unit name of a unit word ("centuries" -> "century")."""
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def month_of(word: str) -> int:
    """Month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[word.rstrip(".").lower()]
