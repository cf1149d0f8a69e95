"""When: an event's date window and ACLED time precision, from the article's own words.

Relative expressions resolve against the publication date. An expression in an
"after ..." clause dates something that came before the event, so the event lies
between it and publication. An event whose sentence gives no date takes the window of
the event told just before it, else the week before publication (precision 2). With no
publication date, relative expressions cannot be resolved, nothing is inherited (the
story cannot be placed in time) and nothing is guessed.
Expressions more than a year before publication mark background, not news.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwire.nlp.analysis import EventMention, TextSpan
from eventwire.temporal import TimeExpression

BACKGROUND_DAYS = 365
# An event a relative clause tells in passing, this long before publication, is background.
DESCRIPTIVE_BACKGROUND_DAYS = 31
LEDE_SENTENCES = 3  # sentences 0-2 (the dateline sentence is 0): where a report tells its news
DEFAULT_WINDOW_DAYS = 7


@dataclass(frozen=True)
class DateWindow:
    earliest: dt.date | None
    latest: dt.date | None
    precision: int
    evidence: TextSpan | None
    point: dt.date | None = None  # the most likely day, when the window has one

    @property
    def event_date(self) -> dt.date | None:
        """ACLED's single date: the exact day, the most likely day, or the window's middle."""
        if self.point is not None:
            return self.point
        if self.earliest is None or self.latest is None:
            return self.latest or self.earliest
        return self.earliest + (self.latest - self.earliest) / 2


_WEEKDAY = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _in_the_past(x: TimeExpression, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The expression's window, read as past: an event told in the past tense happened
    before publication, so "on Wednesday" is never the coming Wednesday."""
    earliest, latest = x.earliest, x.latest or x.earliest
    if published is None or earliest is None or earliest <= published:
        return earliest, latest
    lowered = x.text.lower()
    step = dt.timedelta(days=7) if any(day in lowered for day in _WEEKDAY) or "weekend" in lowered \
        else None
    if step is not None:
        while earliest > published:
            earliest, latest = earliest - step, latest - step
        return earliest, latest
    try:
        return earliest.replace(year=earliest.year - 1), latest.replace(year=latest.year - 1)
    except ValueError:  # 29 February
        return earliest - dt.timedelta(days=365), latest - dt.timedelta(days=365)


def _precision(earliest: dt.date, latest: dt.date) -> int:
    days = (latest - earliest).days
    return 1 if days == 0 else 2 if days <= 10 else 3


def expressions_in(mention: EventMention, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """The dates of the mention's sentence, less those that say when it was said; a date
    after "since" ("a town held by the rebels since 2022") dates a state of affairs, and
    counts only when the sentence has no other."""
    s = mention.sentence_span
    start, end = mention.part or (s.start, s.end)
    said = mention.said_dates
    found = [x for x in expressions if start <= x.start < end and x.kind in {"date", "time"}
             and x.earliest is not None and not any(d.start < x.end and x.start < d.end for d in said)]
    found = [x for x in found if not _TOLL_GIVEN.search(s.text[:x.start - s.start])]
    events = [x for x in found if not s.text[:x.start - s.start].rstrip().lower().endswith("since")]
    return events or found


# "raising a toll of six given the day before": when an earlier toll was told
_TOLL_GIVEN = re.compile(r"\b(?:toll|figure|tally|count)\b[^.;]{0,25}\b(?:given|released|issued|published|"
                         r"announced|reported|put out)\s+(?:on\s+)?$", re.I)


def is_background(mention: EventMention, expressions: list[TimeExpression], *,
                  published: dt.date | None) -> bool:
    """Does the mention's own date lie well before publication ("in 2014"), or a month
    before it for an event a relative clause describes or the past perfect tells ("The
    insurgents had seized the town in January")?"""
    if published is None:
        return False
    own = expressions_in(mention, expressions)
    if not own:
        return False
    nearest = min(own, key=lambda x: abs(x.start - mention.trigger.start))
    # "The RSF, which seized the town in June, did not comment": told in passing, older
    # a month suffices, too, for an event first told past the lede: news comes first
    told_late = mention.sentence >= LEDE_SENTENCES
    limit = DESCRIPTIVE_BACKGROUND_DAYS if mention.descriptive or mention.pluperfect or told_late \
        else BACKGROUND_DAYS
    return nearest.latest is not None and (published - nearest.latest).days > limit


def dates_the_past(span: TextSpan, expressions: list[TimeExpression], *,
                   published: dt.date | None) -> bool:
    """Does the stretch of text name a date well before publication ("in January 2024")?"""
    return published is not None and any(
        span.start <= x.start < span.end and x.latest is not None
        and (published - x.latest).days > BACKGROUND_DAYS for x in expressions)


def date_window(mention: EventMention, expressions: list[TimeExpression], *,
                published: dt.date | None, previous: DateWindow | None) -> DateWindow:
    """The window in which the mention's event happened."""
    own = expressions_in(mention, expressions)
    if own:
        # the nearest date; on a tie the one after the verb ("said on Wednesday it had ...
        # raped ... between Friday and Monday")
        x = min(own, key=lambda e: (abs(e.start - mention.trigger.start), e.start < mention.trigger.start))
        span = TextSpan(x.start, x.end, x.text)
        earliest, latest = _in_the_past(x, published)
        ranged = _between(mention, own, published)
        if ranged is not None:
            return ranged
        if published is not None and latest is not None and latest > published:
            latest = published  # a report tells what already happened
        if mention.after_date and published is not None and earliest is not None:
            return DateWindow(earliest, published, max(2, _precision(earliest, published)), span)
        if earliest is not None and latest is not None:
            return DateWindow(earliest, latest, max(x.precision, _precision(earliest, latest)), span)
    stated = bool(own)
    later = _days_later(mention, previous, published)
    if later is not None and not stated:
        return later
    said = _said_only(mention, expressions, published)
    if said is not None:
        return said
    if previous is not None and previous.earliest is not None and not stated and published is not None:
        return DateWindow(previous.earliest, previous.latest, max(previous.precision, 2), None)
    if published is None:
        return DateWindow(None, None, 3, None)
    return DateWindow(published - dt.timedelta(days=DEFAULT_WINDOW_DAYS), published, 2, None)


SAID_WINDOW_DAYS = 2


def _between(mention: EventMention, own: list[TimeExpression],
             published: dt.date | None) -> DateWindow | None:
    """"between Friday and Monday", "from Friday to Monday": one window over both days (the
    event's own span of days, whatever other date the sentence gives)."""
    s = mention.sentence_span
    for a, b in zip(own, own[1:]):
        before = s.text[:a.start - s.start].lower()
        gap = s.text[a.end - s.start:b.start - s.start].lower().strip()
        if (before.endswith("between ") and gap == "and") or (before.endswith("from ") and gap in {"to", "until"}):
            first, _ = _in_the_past(a, published)
            _, last = _in_the_past(b, published)
            if first is not None and last is not None and first <= last:
                return DateWindow(first, last, _precision(first, last),
                                  TextSpan(a.start, b.end, s.text[a.start - s.start:b.end - s.start]))
    return None

_LATER = re.compile(r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>days?|weeks?)\s+"
                    r"(?P<dir>later|afterwards|earlier|before)|the\s+(?P<next>next|following|previous|"
                    r"day\s+before)(?:\s+(?P<day>day|morning|evening|night|afternoon))?)\b",
                    re.I)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7}


def _days_later(mention: EventMention, previous: DateWindow | None,
                published: dt.date | None) -> DateWindow | None:
    """"Two days later, a drone strike hit ...", "the next day", "a day earlier", "the
    previous night": the story's date moved on, or back, from the event just told."""
    if previous is None or previous.earliest is None or previous.latest is None:
        return None
    found = _LATER.search(mention.sentence_span.text)
    if found is None:
        return None
    if found.group("next"):
        word = found.group("next").lower()
        if word in {"next", "following", "previous"} and not found.group("day"):
            return None  # "the next round", "the previous government"
        days = -1 if word.startswith(("previous", "day")) else 1
    else:
        n = found.group("n").lower()
        days = int(n) if n.isdigit() else _SMALL[n]
        days *= 7 if found.group("unit").lower().startswith("week") else 1
        days *= -1 if found.group("dir").lower() in {"earlier", "before"} else 1
    step = dt.timedelta(days=days)
    earliest, latest = previous.earliest + step, previous.latest + step
    if published is not None:
        earliest, latest = min(earliest, published), min(latest, published)
    span = TextSpan(mention.sentence_span.start + found.start(),
                    mention.sentence_span.start + found.end(), found.group(0))
    return DateWindow(earliest, latest, max(previous.precision, _precision(earliest, latest)), span)


def _said_only(mention: EventMention, expressions: list[TimeExpression],
               published: dt.date | None) -> DateWindow | None:
    """"..., witnesses said on Sunday" and no other date: the event came shortly before the
    statement, most likely that day."""
    s = mention.sentence_span
    said = [x for x in expressions if s.start <= x.start < s.end and x.earliest is not None
            and any(d.start < x.end and x.start < d.end for d in mention.said_dates)]
    if not said:
        return None
    day, _ = _in_the_past(said[0], published)
    if day is None:
        return None
    return DateWindow(day - dt.timedelta(days=SAID_WINDOW_DAYS), day, 2,
                      TextSpan(said[0].start, said[0].end, said[0].text), point=day)


def combine(a: DateWindow, b: DateWindow) -> DateWindow:
    """Two mentions of one event: the narrower well-founded window wins."""
    if a.earliest is None:
        return b
    if b.earliest is None:
        return a
    if a.evidence is None and b.evidence is not None:
        return b
    if b.evidence is None and a.evidence is not None:
        return a
    return a if (a.latest - a.earliest) <= (b.latest - b.earliest) else b


def overlaps(a: DateWindow, b: DateWindow) -> bool:
    if None in (a.earliest, a.latest, b.earliest, b.latest):
        return True
    return a.earliest <= b.latest and b.earliest <= a.latest
