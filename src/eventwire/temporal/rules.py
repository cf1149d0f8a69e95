"""Handlers: how each kind of time expression resolves against the publication date.

Each rule is a regex and a handler ``(match, ctx) -> Res | None``. Spans follow TimeML
extent conventions: determiners and modifiers are in ("the past two months", "late last
month"), prepositions are out ("on Monday" -> "Monday", "about a month" -> "a month").
When the publication date is unknown, relative expressions get TIMEX3 values with X
placeholders ("XXXX-WXX-1") and no window; nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.quantities import number_value
from eventwire.temporal import lexicon as lx
from eventwire.temporal.calendar import (
    Window, add_months, iso_week_value, shift_years, value_window, week_monday,
)
from eventwire.temporal.context import Ctx

__all__ = ["Ctx", "Handler", "Res"]

@dataclass(frozen=True)
class Res:
    """A resolved value: TIMEX3 value, kind, and optionally its own window and modifier."""

    value: str
    kind: str = "date"
    window: Window | None = None
    mod: str | None = None
    shift: int | None = None  # anaphora: days from the previous day-level expression


Handler = Callable[[re.Match[str], Ctx], "Res | None"]


def _num(text: str) -> float | None:
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in ("a", "an"):
        return 1
    if t.startswith("half"):
        return 0.5
    if t in lx.VAGUE_NUMBERS:
        return None
    v = number_value(t)
    if v is None:
        try:
            return float(t.replace(",", ""))
        except ValueError:
            return None
    return v


def _duration(n: float | None, unit: str) -> str:
    code, mult, is_time = lx.UNITS[unit]
    if n is None:
        amount = "X"
    elif n == 0.5:
        halves = {"hour": (30, "M", True), "day": (12, "H", True), "year": (6, "M", False),
                  "month": (15, "D", False), "decade": (5, "Y", False), "century": (50, "Y", False),
                  "week": (84, "H", True), "minute": (30, "S", True)}
        amt, code, is_time = halves.get(unit, (1, code, is_time))
        amount = str(amt)
    else:
        amount = f"{n * mult:g}"
    if unit in ("decade", "century") and n is None:
        code = "DE" if unit == "decade" else "CE"
    return f"P{'T' if is_time else ''}{amount}{code}"


def _shift(d: date, n: int, unit: str) -> date:
    if unit in ("day", "night"):
        return d + timedelta(days=n)
    if unit in ("week", "fortnight"):
        return d + timedelta(days=7 * n * lx.UNITS[unit][1])
    if unit == "month":
        return add_months(d, n)
    if unit in ("year", "decade", "century"):
        return shift_years(d, n * lx.UNITS[unit][1])
    return d


def _granular(d: date, unit: str) -> str:
    """The value of the ``unit``-sized period holding ``d``."""
    if unit in ("week", "fortnight"):
        return iso_week_value(d)
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    if unit == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    return d.isoformat()


_PLACEHOLDER = {"week": "XXXX-WXX", "fortnight": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX",
                "decade": "XXX", "century": "XX", "quarter": "XXXX-QX", "weekend": "XXXX-WXX-WE"}


# --- absolute dates -----------------------------------------------------------------------

def _iso(m: re.Match[str], ctx: Ctx) -> Res | None:
    try:
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return Res(d.isoformat())


def _slash(m: re.Match[str], ctx: Ctx) -> Res | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)
    try:
        return Res(date(y, month, day).isoformat())
    except ValueError:
        return None


def _infer_year(month: int, day: int | None, m: re.Match[str], ctx: Ctx) -> int | None:
    pub = ctx.published
    if pub is None:
        return None
    future = ctx.future(m.start(), m.end())
    year = pub.year
    probe = (month, day or 1)
    now = (pub.month, pub.day if day else 1)
    if future and probe < now:
        year += 1
    elif not future and probe > now:
        year -= 1
    return year


def _month_day(m: re.Match[str], ctx: Ctx) -> Res | None:
    month, day = lx.month_of(m["month"]), int(re.sub(r"\D", "", m["day"]))
    year = int(m["year"]) if m["year"] else _infer_year(month, day, m, ctx)
    if year is None:
        return Res(f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
    try:
        return Res(date(year, month, day).isoformat())
    except ValueError:
        return None


_BARE_MONTH_LEFT = re.compile(
    r"(?:\b(?:in|since|until|till|through|by|during|from|of|before|after|between|and|to|or|for|into|"
    r"around|over|within|"
    r"throughout|early|late|mid|last|next|this|that|each|every)\s+|,\s*|mid-)$",
    re.IGNORECASE,
)


def _month_year(m: re.Match[str], ctx: Ctx) -> Res | None:
    month = lx.month_of(m["month"])
    return Res(f"{int(m['year']):04d}-{month:02d}", mod=lx.mod_code(m["mod"]))


def _bare_month(m: re.Match[str], ctx: Ctx) -> Res | None:
    month = lx.month_of(m["month"])
    rel = (m["rel"] or "").lower()
    mod = lx.mod_code(m["mod"])
    if not rel and not mod and not _BARE_MONTH_LEFT.search(ctx.text[max(0, m.start() - 12):m.start()]):
        if not ctx.text.startswith("'s", m.end()):
            return None
    pub = ctx.published
    if pub is None:
        return Res(f"XXXX-{month:02d}", mod=mod)
    if rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    else:
        year = _infer_year(month, None, m, ctx) or pub.year
    return Res(f"{year:04d}-{month:02d}", mod=mod)


_YEAR_PREP = re.compile(r"\b(?:in|since|until|till|by|from|of|during|before|after|through|to|and|or|fiscal)\s+$",
                        re.IGNORECASE)
_COUNTED = re.compile(
    r"\s+(?:people|persons|men|women|children|soldiers|troops|fighters|civilians|residents|"
    r"families|homes|houses|refugees|members|militants|protesters|demonstrators|police|"
    r"officers|workers|students|were|are)\b")


def _year(m: re.Match[str], ctx: Ctx) -> Res | None:
    if not m["mod"] and not _YEAR_PREP.search(ctx.text[max(0, m.start() - 10):m.start()]):
        if _COUNTED.match(ctx.text, m.end()):
            return None  # "2000 people": a count, not a year
    return Res(m["year"], mod=lx.mod_code(m["mod"]))


def _year_tail(m: re.Match[str], ctx: Ctx) -> Res | None:
    """The "58" of "1957-58": a year in the century of the year before the dash."""
    first = int(ctx.text[m.start() - 5:m.start() - 1])
    second = first // 100 * 100 + int(m["y2"])
    return Res(f"{second:04d}") if second > first else None


def _the_year(m: re.Match[str], ctx: Ctx) -> Res | None:
    """ "the end of the year", "the start of the month": the period holding publication."""
    mod = lx.mod_code(m["mod"])
    unit = m["unit"].lower()
    if ctx.published is None:
        return Res(_PLACEHOLDER[unit], mod=mod)
    return Res(_granular(ctx.published, unit), mod=mod)


def _month_rel_year(m: re.Match[str], ctx: Ctx) -> Res | None:
    """ "November next year", "March of last year"."""
    month = lx.month_of(m["month"])
    mod = lx.mod_code(m["mod"])
    if ctx.published is None:
        return Res(f"XXXX-{month:02d}", mod=mod)
    year = ctx.published.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return Res(f"{year:04d}-{month:02d}", mod=mod)


def _decade(m: re.Match[str], ctx: Ctx) -> Res | None:
    if m["dec"]:
        return Res(m["dec"][:3], mod=lx.mod_code(m["mod"]))
    two = int(m["dec2"])
    return Res(f"{19 if two >= 30 else 20}{two // 10}", mod=lx.mod_code(m["mod"]))


def _century(m: re.Match[str], ctx: Ctx) -> Res | None:
    n = int(m["cent"]) if m["cent"] else lx.CENTURY_WORDS[m["centw"].lower()]
    return Res(f"{n - 1:02d}", mod=lx.mod_code(m["mod"]))


# --- relative to the publication date -------------------------------------------------------

def _weekday(m: re.Match[str], ctx: Ctx) -> Res | None:
    wd = lx.WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    tod = lx.TIME_OF_DAY.get((m["tod"] or "").lower())
    pub = ctx.published
    if pub is None:
        return Res(f"XXXX-WXX-{wd}" + (f"T{tod}" if tod else ""), kind="time" if tod else "date")
    back = (pub.isoweekday() - wd) % 7
    if rel == "last":
        d = pub - timedelta(days=back or 7)
    elif rel == "next":
        d = pub + timedelta(days=((wd - pub.isoweekday()) % 7) or 7)
    elif rel == "this":
        d = week_monday(pub) + timedelta(days=wd - 1)
    elif ctx.future(m.start(), m.end()):
        d = pub + timedelta(days=(wd - pub.isoweekday()) % 7)
    else:
        d = pub - timedelta(days=back)
    if tod:
        return Res(f"{d.isoformat()}T{tod}", kind="time", window=(d, d))
    return Res(d.isoformat())


def _day_rel(m: re.Match[str], ctx: Ctx) -> Res | None:
    word = re.sub(r"\s+", " ", m["rd"].lower())
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1,
               "this morning": 0, "this afternoon": 0, "this evening": 0,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    tod = lx.TIME_OF_DAY.get((m["tod"] or "").lower())
    if word == "tonight" or word == "last night":
        tod = "NI"
    elif word.startswith("this "):
        tod = lx.TIME_OF_DAY[word.split()[1]]
    pub = ctx.published
    if pub is None:
        return Res("XXXX-XX-XX" + (f"T{tod}" if tod else ""), kind="time" if tod else "date")
    d = pub + timedelta(days=offsets[word])
    if tod:
        return Res(f"{d.isoformat()}T{tod}", kind="time", window=(d, d))
    return Res(d.isoformat())


def _weekend(m: re.Match[str], ctx: Ctx) -> Res | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    pub = ctx.published
    if pub is None:
        return Res(_PLACEHOLDER["weekend"])
    saturday = week_monday(pub) + timedelta(days=5)
    if rel == "next" or (rel in ("this", "the") and ctx.future(m.start(), m.end())):
        sat = saturday if pub < saturday else saturday + timedelta(days=7)
    elif rel == "this":
        sat = saturday
    else:  # the, last, past, this past: the most recent weekend that has begun
        sat = saturday if pub >= saturday else saturday - timedelta(days=7)
        if rel == "last" and pub.isoweekday() == 7:
            sat -= timedelta(days=7)
    return Res(f"{iso_week_value(sat)}-WE")


def _season_of(pub: date, season: str, rel: str) -> int:
    """Year of the named season meant by this/last/next/the relative to ``pub``."""
    code = lx.SEASON_CODES[season]
    years = range(pub.year + 2, pub.year - 3, -1)
    windows = [(y, value_window(f"{y}-{code}")) for y in years]
    if rel == "next":
        return min(y for y, (a, _) in windows if a and a > pub)
    if rel == "last":
        return max(y for y, (_, b) in windows if b and b < pub)
    for y, (a, b) in windows:
        if a and b and a <= pub <= b:
            return y
    return pub.year + (1 if code == "WI" and pub.month == 12 else 0)


def _rel_period(m: re.Match[str], ctx: Ctx) -> Res | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    mod = lx.mod_code(m["mod"])
    pub = ctx.published
    if unit in lx.SEASON_CODES:
        if rel not in ("this", "last", "next", "the", "past", "this past", "the past", "coming",
                       "the coming", "previous", "the previous"):
            return None
        if pub is None:
            return Res(f"XXXX-{lx.SEASON_CODES[unit]}", mod=mod)
        key = {"this": "this", "the": "this", "next": "next", "coming": "next", "the coming": "next"}
        year = _season_of(pub, unit, key.get(rel, "last"))
        return Res(f"{year}-{lx.SEASON_CODES[unit]}", mod=mod)
    if rel == "the":
        return None
    if rel in ("the past", "the last", "this past", "past", "the coming", "the next", "coming"):
        if unit == "quarter":
            return None
        forward = "coming" in rel or "next" in rel
        value = _duration(1, unit)
        if pub is None:
            return Res(value, kind="duration")
        if forward:
            return Res(value, kind="duration", window=(pub, _shift(pub, 1, unit) - timedelta(days=1)))
        return Res(value, kind="duration", window=(_shift(pub, -1, unit) + timedelta(days=1), pub))
    if pub is None:
        return Res(_PLACEHOLDER[unit], mod=mod)
    step = {"this": 0, "current": 0, "the current": 0, "last": -1, "previous": -1,
            "the previous": -1, "next": 1}[rel]
    if unit == "quarter":
        anchor = add_months(pub, 3 * step)
    else:
        anchor = _shift(pub, step, unit)
    return Res(_granular(anchor, unit), mod=mod)


def _quarter(m: re.Match[str], ctx: Ctx) -> Res | None:
    n = lx.ORDINALS[m["ord"].lower()]
    part = m["part"].lower()
    if part == "half" and n > 2:
        return None
    code = f"Q{n}" if part == "quarter" else f"H{n}"
    pub = ctx.published
    if m["year"]:
        year = int(m["year"])
    elif m["rel"] and pub is not None:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    elif pub is None:
        return Res(f"XXXX-{code}")
    else:
        current = (pub.month - 1) // 3 + 1 if part == "quarter" else (pub.month - 1) // 6 + 1
        year = pub.year
        if ctx.future(m.start(), m.end()):
            year += 1 if n < current else 0
        else:
            year -= 1 if n > current else 0
    return Res(f"{year}-{code}")


def _ago(m: re.Match[str], ctx: Ctx) -> Res | None:
    unit = lx.unit_of(m["unit"])
    n = _num(m["num"])
    sign = -1 if m["dir"].lower() == "ago" else 1
    pub = ctx.published
    if n is None:
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        if pub is None or unit in ("second", "minute", "hour"):
            return Res(ref)
        near, far = _shift(pub, sign * 2, unit), _shift(pub, sign * 9, unit)
        return Res(ref, window=(min(near, far), max(near, far)))
    if pub is None:
        return Res(_PLACEHOLDER.get(unit, "XXXX-XX-XX"))
    if unit in ("second", "minute", "hour"):
        return Res(pub.isoformat())
    d = _shift(pub, int(sign * n), unit) if n == int(n) else pub
    return Res(_granular(d, unit))


_DUR_PAST = {"the past", "the last", "past", "last", "over the past", "the previous"}
_DUR_NEXT = {"the next", "the coming", "next", "coming"}


def _duration_rule(m: re.Match[str], ctx: Ctx) -> Res | None:
    unit = lx.unit_of(m["unit"])
    raw = m["num"]
    n = _num(raw) if raw else None
    if raw and n is None and raw.lower().strip() not in lx.VAGUE_NUMBERS:
        return None
    if raw and raw.lower() in ("a", "an") and unit == "second":
        return None  # "a second bridge"
    if raw is None and (not m["pre"] or not m["unit"].lower().endswith("s")):
        return None  # "the next day", "the past week" belong to other rules
    value = _duration(n, unit)
    pre = re.sub(r"\s+", " ", (m["pre"] or "").lower())
    pub = ctx.published
    if pub is None or not pre:
        return Res(value, kind="duration")
    span = int(n) if n and n == int(n) else (7 if unit in ("day", "night") else 3)
    if pre in _DUR_PAST:
        return Res(value, kind="duration", window=(_shift(pub, -span, unit) + timedelta(days=1), pub))
    if pre in _DUR_NEXT:
        return Res(value, kind="duration", window=(pub, _shift(pub, span, unit) - timedelta(days=1)))
    return Res(value, kind="duration")


def _recent(m: re.Match[str], ctx: Ctx) -> Res | None:
    unit = lx.unit_of(m["unit"])
    pub = ctx.published
    future = m["which"].lower().startswith(("com", "the com"))
    ref = "FUTURE_REF" if future else "PAST_REF"
    if pub is None:
        return Res(ref)
    if future:
        return Res(ref, window=(pub, _shift(pub, 3, unit)))
    return Res(ref, window=(_shift(pub, -3, unit), pub))


def _ref(m: re.Match[str], ctx: Ctx) -> Res | None:
    word = re.sub(r"\s+", " ", m["ref"].lower())
    if word == "the time" and not re.search(r"\bat\s+$", ctx.text[max(0, m.start() - 4):m.start()]):
        return None
    if word in ("recently", "lately", "the past", "the time"):
        return Res("PAST_REF")
    if word in ("the future", "the near future"):
        return Res("FUTURE_REF")
    return Res("PRESENT_REF")


def _set(m: re.Match[str], ctx: Ctx) -> Res | None:
    low = (m["what"] or m["wx"]).lower()
    if low in ("morning", "evening", "night"):
        return Res(f"XXXX-XX-XXT{lx.TIME_OF_DAY[low]}", kind="set")
    if low in lx.WEEKDAYS:
        return Res(f"XXXX-WXX-{lx.WEEKDAYS[low]}", kind="set")
    if low in lx.SEASON_CODES:
        return Res(f"XXXX-{lx.SEASON_CODES[low]}", kind="set")
    if low in ("annually", "yearly"):
        return Res("P1Y", kind="set")
    return Res(_duration(1, lx.unit_of(low)), kind="set")


def _clock(m: re.Match[str], ctx: Ctx) -> Res | None:
    if m["named"]:
        hh, mm = (12, 0) if m["named"].lower() == "noon" else (24, 0)
    elif m["h24"]:
        hh, mm = int(m["h24"]), int(m["m24"])
    else:
        hh, mm = int(m["h"]), int(m["mi"] or 0)
        ap = m["ap"].lower().replace(".", "")
        if not 1 <= hh <= 12 or mm > 59:
            return None
        hh = hh % 12 + (12 if ap == "pm" else 0)
    return Res(f"XXXX-XX-XXT{hh:02d}:{mm:02d}", kind="time")


def _anaphor(m: re.Match[str], ctx: Ctx) -> Res | None:
    phrase = re.sub(r"\s+", " ", m[0].lower())
    if "next" in phrase or "following" in phrase or "after" in phrase:
        shift = 1
    elif "before" in phrase or "previous" in phrase:
        shift = -1
    else:
        shift = 0
    if "week" in phrase:
        return Res("ANAPHOR_WEEK", shift=7 * shift)
    return Res("ANAPHOR", shift=shift)


