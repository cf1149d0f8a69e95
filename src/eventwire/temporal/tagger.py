"""Find time expressions in news text and resolve them against the publication date.

Rules (rules.py) propose candidate spans; the longest wins where they overlap; anaphoric
phrases ("the next day") are resolved from the last day-level date before them; clock
times are joined to an adjacent day ("10 a.m. Tuesday") or stay unanchored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal

from eventwire.errors import BadInputError
from eventwire.temporal.calendar import iso_week_value, narrow, precision_of, value_window
from eventwire.temporal.context import Ctx
from eventwire.temporal.patterns import compiled_rules
from eventwire.temporal.rules import Res

__all__ = ["TimeExpression", "find_time_expressions", "resolve_expression"]

Kind = Literal["date", "duration", "set", "time"]


@dataclass(frozen=True)
class TimeExpression:
    """A time expression: its span in the text, TIMEX3 value and calendar window.

    ``earliest``/``latest`` bound the days the phrase can mean (None when unknown);
    ``precision`` is ACLED's time_precision: 1 a day, 2 a week or a few days, 3 wider.
    """

    start: int
    end: int
    text: str
    value: str
    kind: Kind
    earliest: date | None
    latest: date | None
    precision: int


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    res: Res
    rule: str


_PRIORITY = {"anaphor": -1}  # wins a tie with a same-span duration ("the next day")
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_JOIN_GAP = re.compile(r"^\s*,?\s*(?:on\s+)?$")


def _check(text: object, published: object, where: str) -> None:
    if not isinstance(text, str):
        raise BadInputError(where, f"expected text as str, got {type(text).__name__}")
    if published is not None and not isinstance(published, date):
        raise BadInputError(where, f"published must be a date or None, got {published!r}")


def _as_date(published: date | None) -> date | None:
    return published.date() if isinstance(published, datetime) else published


def _candidates(text: str, ctx: Ctx) -> list[_Cand]:
    out: list[_Cand] = []
    for name, pattern, handler in compiled_rules():
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            res = handler(m, ctx)
            if res is not None:
                out.append(_Cand(m.start(), m.end(), res, name))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, longest first, then leftmost."""
    taken: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, _PRIORITY.get(c.rule, 0))):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _join_clock(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Join a clock time to an adjacent day-level date into one TIME expression."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if nxt is not None and _JOIN_GAP.match(text[c.end:nxt.start]) and "on" not in text[c.end:nxt.start]:
            clock, day = (c, nxt) if c.rule == "clock" else (nxt, c)
            if clock.rule == "clock" and day.rule != "clock" and _DAY_VALUE.match(day.res.value):
                hhmm = clock.res.value.split("T", 1)[1]
                d = _DAY_VALUE.match(day.res.value)[1]
                res = Res(f"{d}T{hhmm}", kind="time")
                out.append(_Cand(c.start, nxt.end, res, "clock_day"))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _finish(text: str, c: _Cand, published: date | None, last_day: date | None) -> TimeExpression | None:
    res = c.res
    if res.value == "ANAPHOR_WEEK":
        if last_day is None:
            return None
        res = Res(iso_week_value(last_day + timedelta(days=res.shift or 0)))
    elif res.value == "ANAPHOR":
        if last_day is None:
            return None
        d = last_day + timedelta(days=res.shift or 0)
        suffix = ""
        phrase = text[c.start:c.end].lower()
        for word, code in (("morning", "MO"), ("night", "NI"), ("evening", "EV")):
            if word in phrase:
                suffix = f"T{code}"
        res = Res(d.isoformat() + suffix, kind="time" if suffix else "date", window=(d, d))
    if res.window is not None:
        window = res.window
    elif res.kind in ("date", "time"):
        window = value_window(res.value, published=published)
    else:
        window = (None, None)
    window = narrow(window, res.mod, published=published)
    first, last = window
    if first is not None and last is not None and first > last:
        first, last = last, first
    return TimeExpression(
        start=c.start, end=c.end, text=text[c.start:c.end], value=res.value, kind=res.kind,  # type: ignore[arg-type]
        earliest=first, latest=last, precision=precision_of((first, last), res.value),
    )


def find_time_expressions(text: str, *, published: date | None) -> list[TimeExpression]:
    """Every time expression in ``text``: sorted, non-overlapping, offsets into ``text``.

    Relative expressions resolve against ``published``; without it they keep TIMEX3
    placeholder values (``XXXX-WXX-1``) and no window.
    """
    _check(text, published, "find_time_expressions")
    published = _as_date(published)
    ctx = Ctx(text=text, published=published)
    chosen = _join_clock(text, _select(_candidates(text, ctx)))
    out: list[TimeExpression] = []
    last_day: date | None = None
    for c in chosen:
        expr = _finish(text, c, published, last_day)
        if expr is None:
            continue
        out.append(expr)
        if _DAY_VALUE.match(expr.value) and expr.earliest == expr.latest and expr.earliest:
            last_day = expr.earliest
    return _anchor_clocks(text, out)


_CLOCK_THEN_DAY = re.compile(r"^[\s,]*(?:(?:local\s+time|GMT|UTC)[\s,]*)?(?:on\s+(?:the\s+\w+\s+of\s+)?)?$")
_DAY_THEN_CLOCK = re.compile(r"^[\s,]*(?:at\s+(?:around\s+|about\s+|roughly\s+)?)?$")


def _anchor_clocks(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """Give a bare clock time ("3 a.m. local time on Friday") the day written next to it.

    The spans stay apart (TimeML extents); the clock time takes the day's date and window.
    """
    out = list(found)
    for i, expr in enumerate(found):
        if not expr.value.startswith("XXXX-XX-XXT"):
            continue
        day: TimeExpression | None = None
        if i + 1 < len(found) and _CLOCK_THEN_DAY.match(text[expr.end:found[i + 1].start]):
            day = found[i + 1]
        elif i > 0 and _DAY_THEN_CLOCK.match(text[found[i - 1].end:expr.start]):
            day = found[i - 1]
        if day is None or not _DAY_VALUE.match(day.value) or day.earliest != day.latest:
            continue
        value = f"{_DAY_VALUE.match(day.value)[1]}T{expr.value.split('T', 1)[1]}"
        out[i] = replace(expr, value=value, earliest=day.earliest, latest=day.latest, precision=1)
    return out


def resolve_expression(text: str, *, published: date | None) -> TimeExpression | None:
    """Resolve one phrase ("last week", "on Oct. 4"); None when it is not a time expression.

    The rules read the phrase first; where they find nothing that covers it, dateparser
    gets a try, relative to ``published``. Offsets refer to the phrase.
    """
    _check(text, published, "resolve_expression")
    published = _as_date(published)
    found = find_time_expressions(text, published=published)
    core = re.sub(r"^\W*(?:(?:on|in|at|since|by|during|from|until|of|for|about|around)\s+)?", "", text)
    lead = len(text) - len(core)
    core = core.rstrip(" .,;:!?")
    if found:
        best = max(found, key=lambda e: e.end - e.start)
        if best.end - best.start >= 0.6 * len(core):
            return best
    parsed = _dateparser(core, published)
    if parsed is not None:
        value, first, last = parsed
        return TimeExpression(
            start=lead, end=lead + len(core), text=core, value=value, kind="date",
            earliest=first, latest=last, precision=precision_of((first, last), value),
        )
    return max(found, key=lambda e: e.end - e.start) if found else None


def _dateparser(phrase: str, published: date | None) -> tuple[str, date, date] | None:
    """dateparser's reading of a phrase as (value, earliest, latest), or None."""
    if not phrase or not re.search(r"[A-Za-z0-9]", phrase):
        return None
    from dateparser.date import DateDataParser  # slow import; only for the fallback

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    relative = not re.search(r"\b1[6-9]\d\d\b|\b20\d\d\b", phrase)
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day, 12)
    elif relative:
        return None
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        value = f"{d.year:04d}"
    elif period == "month":
        value = f"{d.year:04d}-{d.month:02d}"
    elif period == "week":
        year, week, _ = d.isocalendar()
        value = f"{year:04d}-W{week:02d}"
    else:
        value = d.isoformat()
    first, last = value_window(value, published=published)
    if first is None or last is None:
        return None
    return value, first, last
