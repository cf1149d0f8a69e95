"""The rule table: one regex per kind of time expression and the handler resolving it.

Patterns are word-bounded on both sides when compiled; month and weekday names are
case-sensitive, other words accept a capital first letter (lexicon.cap).
"""

from __future__ import annotations

import functools
import re

from eventwire.temporal import lexicon as lx
from eventwire.temporal.rules import (
    Handler, Res, _ago, _anaphor, _bare_month, _century, _clock, _day_rel, _decade, _duration,
    _duration_rule, _iso, _month_day, _month_year, _quarter, _recent, _ref, _rel_period, _set,
    _month_rel_year, _slash, _the_year, _weekday, _weekend, _year, _year_tail,
)

__all__ = ["RULES", "compiled_rules"]

C = lx.cap
_MODP = rf"(?:(?P<mod>{lx.MOD})(?:\s+|-|(?<=-)))"
RULES: list[tuple[str, str, Handler]] = [
    ("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?", _iso),
    ("slash", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])", _slash),
    ("month_day",
     rf"(?:{lx.WEEKDAY},?\s+)?(?:the\s+)?(?P<month>{lx.MONTH_ANY})\s+(?P<day>{lx.DAY_NUM})(?![\d:])"
     rf"(?:,?\s+(?P<year>{lx.YEAR_NUM})(?!\d))?", _month_day),
    ("day_month",
     rf"(?:{lx.WEEKDAY},?\s+)?(?:the\s+)?(?<![\d,.])(?P<day>{lx.DAY_NUM})(?:\s+of)?\s+(?P<month>{lx.MONTH_ANY})"
     rf"(?:,?\s+(?P<year>{lx.YEAR_NUM})(?!\d))?", _month_day),
    ("month_year", rf"{_MODP}?(?P<month>{lx.MONTH_ANY})(?:\s+of)?,?\s+(?P<year>{lx.YEAR_NUM})(?!\d)",
     _month_year),
    ("bare_month", rf"{_MODP}?(?:(?P<rel>{lx.caps('last', 'next', 'this')})\s+)?(?P<month>{lx.MONTH_FULL})",
     _bare_month),
    ("year_tail", r"(?<=(?<![\w$£€.,:/])(?:1[6-9]|20)\d\d[-–/])(?P<y2>\d\d)(?![\w%-])", _year_tail),
    ("month_rel_year", rf"{_MODP}?(?P<month>{lx.MONTH_FULL})(?:\s+of)?\s+(?P<rel>{lx.caps('this', 'last', 'next')})\s+year",
     _month_rel_year),
    ("the_year", rf"(?P<mod>{lx.MOD})\s+(?:the\s+)?(?P<unit>year|month|week)(?!\s+(?:of|before|after|earlier|later)\b)", _the_year),
    ("year", rf"(?:{_MODP}|{C('the')}\s+year\s+)?(?<![\w$£€.,:/])(?P<year>{lx.YEAR_NUM})"
     rf"(?![\w%]|[.,]\d|:\d)", _year),
    ("decade", rf"(?:{C('the')}\s+)?{_MODP}?(?:(?P<dec>1[6-9]\d0|20\d0)s|'(?P<dec2>\d0)s)", _decade),
    ("century", rf"(?:{C('the')}\s+)?{_MODP}?(?:(?P<cent>\d{{1,2}})(?:st|nd|rd|th)|"
     rf"(?P<centw>nineteenth|twentieth|twenty-first|eighteenth))\s+[Cc]entury", _century),
    ("weekday", rf"(?:(?P<rel>{lx.caps('last', 'next', 'this', 'early', 'late')})\s+)?"
     rf"(?P<wd>{lx.WEEKDAY})(?:\s+(?P<tod>{lx.TOD}))?", _weekday),
    ("day_rel", rf"(?:{lx.caps('early', 'late')}\s+)?(?P<rd>{lx.caps('the day before yesterday', 'the day after tomorrow', 'today', 'yesterday', 'tomorrow', 'tonight', 'last night', 'this morning', 'this afternoon', 'this evening')})"
     rf"(?:\s+(?P<tod>{lx.TOD}))?", _day_rel),
    ("weekend", rf"(?P<rel>{lx.caps('this past', 'the past', 'the', 'this', 'last', 'next', 'past')})\s+weekend", _weekend),
    ("rel_period",
     rf"{_MODP}?(?P<rel>{lx.caps('this past', 'the past', 'the last', 'the coming', 'the next', 'the previous', 'the current', 'this', 'last', 'next', 'past', 'previous', 'coming', 'current', 'the')})\s+"
     r"(?:fiscal\s+)?(?P<unit>week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)(?!\s+(?:of|before|after|earlier|later)\b)", _rel_period),
    ("season_year", rf"(?:{C('the')}\s+)?{_MODP}?(?P<rel>)(?P<unit>{lx.caps('spring', 'summer', 'fall', 'autumn', 'winter')})(?:\s+of)?\s+(?P<year>{lx.YEAR_NUM})(?!\d)",
     lambda m, ctx: Res(f"{m['year']}-{lx.SEASON_CODES[m['unit'].lower()]}", mod=lx.mod_code(m["mod"]))),
    ("quarter", rf"(?:{C('the')}\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<part>quarter|half)"
     rf"(?:\s+of\s+(?:(?P<rel>this|last|next)\s+year|(?P<year>{lx.YEAR_NUM})))?", _quarter),
    ("ago", rf"(?P<num>{lx.NUMBER}|{lx.VAGUE})\s+(?P<unit>{lx.UNIT_WORD})\s+(?P<dir>ago|from\s+now|hence)", _ago),
    ("duration", rf"(?:(?P<pre>{lx.caps('the past', 'the last', 'the next', 'the coming', 'the previous', 'the first', 'the final', 'past', 'last', 'next', 'coming')})\s+)?"
     rf"(?:(?P<num>{lx.NUMBER}|{lx.VAGUE})[\s-]+)?(?P<unit>{lx.UNIT_WORD})(?:-long|-old)?", _duration_rule),
    ("for_units", r"(?:(?<=\bfor\s)|(?<=\bover\s))(?P<unit>(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries))(?!\s+(?:ago|of|old)\b)",
     lambda m, ctx: Res(_duration(None, lx.unit_of(m["unit"])), kind="duration")),
    ("recent", rf"(?P<which>{lx.caps('recent', 'the coming', 'coming')})\s+(?P<unit>days|weeks|months|years|decades)", _recent),
    ("ref", rf"(?P<ref>{lx.caps('now', 'currently', 'at present', 'nowadays', 'these days', 'recently', 'lately', 'the past', 'the time', 'the future', 'the near future', 'right now')})", _ref),
    ("set", rf"(?:{lx.caps('every', 'each', 'once a', 'twice a', 'once per', 'twice per', 'once every')}\s+)(?P<what>day|week|month|year|decade|morning|evening|night|{lx.WEEKDAY}|spring|summer|winter|autumn|fall)"
     rf"|(?P<wx>annually|yearly)", _set),
    ("clock", r"(?:(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm|AM|PM|A\.M\.|P\.M\.)(?!\w)|(?P<named>noon|midnight)"
     r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\s*(?:GMT|UTC|local\s+time|hrs|h)\b)", _clock),
    ("anaphor", rf"{lx.caps('the next day', 'the following day', 'the day before', 'the previous day', 'the same day', 'that day', 'the day after', 'the next morning', 'the following week', 'the week before', 'the previous week', 'the next week', 'the week after', 'the following morning', 'that night', 'the same night', 'the following night', 'the next night', 'that morning')}(?!\s+(?:of|when|that)\b)",
     _anaphor),
]


@functools.cache
def compiled_rules() -> list[tuple[str, re.Pattern[str], Handler]]:
    """The rules with their patterns compiled, word-bounded on both sides (built once)."""
    return [(name, re.compile(rf"(?<![\w'])(?:{pattern})(?!\w)"), handler)
            for name, pattern, handler in RULES]
