"""Calendar arithmetic for TIMEX3 values: the window of days a value covers, week and
season names, month shifts. Pure functions; no text handling here."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

__all__ = [
    "Window", "add_months", "iso_week_value", "month_end", "precision_of", "shift_years",
    "value_window", "narrow", "week_monday",
]

Window = tuple[date | None, date | None]

SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clamped to the target month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def shift_years(d: date, years: int) -> date:
    """``d`` moved by whole years (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def week_monday(d: date) -> date:
    """Monday of the ISO week holding ``d``."""
    return d - timedelta(days=d.weekday())


def iso_week_value(d: date) -> str:
    """TIMEX3 week value ("2013-W11") of the ISO week holding ``d``."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|\d))?(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def value_window(value: str, *, published: date | None = None) -> Window:
    """First and last day a TIMEX3 date value covers; (None, None) when it names no span."""
    try:
        return _value_window(value, published)
    except ValueError:
        return None, None


def _value_window(value: str, published: date | None) -> Window:
    if value == "PRESENT_REF":
        return published, published
    if value == "PAST_REF":
        return None, published
    if value == "FUTURE_REF":
        return published, None
    if "X" in value or value.startswith("P"):
        return None, None
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3] == "WE":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if m[3]:
            d = monday + timedelta(days=int(m[3]) - 1)
            return d, d
        return monday, monday + timedelta(days=6)
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), month_end(year, month)
    if m := _PART.match(value):
        year, part = int(m[1]), m[2]
        if part[0] == "Q":
            q = int(part[1])
            return date(year, 3 * q - 2, 1), month_end(year, 3 * q)
        if part[0] == "H":
            h = int(part[1])
            return date(year, 6 * h - 5, 1), month_end(year, 6 * h)
        first, last = SEASONS[part]
        if part == "WI":  # the winter that starts in December of the year before
            return date(year - 1, 12, 1), month_end(year, 2)
        return date(year, first, 1), month_end(year, last)
    if m := _YEAR.match(value):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31)
    if m := _DECADE.match(value):
        decade = int(m[1]) * 10
        return date(decade, 1, 1), date(decade + 9, 12, 31)
    if m := _CENTURY.match(value):
        century = int(m[1]) * 100
        return date(max(century, 1), 1, 1), date(century + 99, 12, 31)
    return None, None


def narrow(window: Window, mod: str | None, *, published: date | None) -> Window:
    """Apply a modifier to a window.

    early/mid/late take the first, middle or last third of it; before/after (from "earlier
    this month", "later this year") clip it at the publication date.
    """
    first, last = window
    if mod is None or first is None or last is None:
        return window
    if mod in ("START", "MID", "END"):
        return _third(first, last, ("START", "MID", "END").index(mod))
    if mod == "BEFORE_NOW" and published is not None:
        return (first, min(last, published)) if first <= published else window
    if mod == "AFTER_NOW" and published is not None:
        return (max(first, published), last) if last >= published else window
    return window


def _third(first: date, last: date, which: int) -> tuple[date, date]:
    """First, middle or last third of a window, on month lines where the window is whole
    months in a multiple of three (a year: Jan-Apr, May-Aug, Sep-Dec), on days 1-10,
    11-20, 21-end for one month, and by day count otherwise."""
    whole = first.day == 1 and last == month_end(last.year, last.month)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if whole and months >= 3 and months % 3 == 0:
        step = months // 3
        start = add_months(first, which * step)
        end = add_months(first, (which + 1) * step) - timedelta(days=1)
        return start, end
    if whole and months == 1:
        bounds = ((1, 10), (11, 20), (21, last.day))[which]
        return first.replace(day=bounds[0]), first.replace(day=bounds[1])
    third = max(((last - first).days + 1) // 3, 1)
    start = first + timedelta(days=which * third)
    end = last if which == 2 else min(first + timedelta(days=(which + 1) * third - 1), last)
    return start, end


def precision_of(window: Window, value: str) -> int:
    """ACLED time_precision of a window: 1 a single day, 2 up to a week, 3 wider or open."""
    first, last = window
    if first is None or last is None or value.endswith("_REF"):
        return 3
    days = (last - first).days + 1
    if days <= 1:
        return 1
    if days <= 7:
        return 2
    return 3
