"""The dateline ("CITY, Country (Agency) -") and byline: where the reporter files from.

Neither is event content. The parser is given the text with both blanked (same length,
so every offset still points into the article).
"""

from __future__ import annotations

import re

from eventwire.nlp.analysis import TextSpan

DATELINE = re.compile(
    r"^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:,\s*[A-Z][A-Za-z.]*(?: [A-Za-z0-9.]+){0,3})*\s*"
    r"(?:\([^()\n]{2,40}\)\s*)?[-\u2013\u2014:]+\s", re.M)
DATELINE_REACH = 400  # characters from the top: a byline or title may come first

def find_dateline(text: str) -> TextSpan | None:
    """"CITY (Agency) -" at the start: where the reporter files from, not an event place."""
    match = DATELINE.search(text, 0, DATELINE_REACH)
    if not match:
        return None
    return TextSpan(match.start(1), match.end(1), match.group(1))


BYLINE = re.compile(r"^By [A-Z][^\n]{1,80}\n")


def text_for_parsing(text: str) -> str:
    """The article text with byline and dateline blanked out, same length, so every
    offset still points into the article. The parser then sees the report's first
    sentence as it is, not "CITY (Agency) - ..." as its subject."""
    chars = list(text)
    byline = BYLINE.match(text)
    if byline:
        chars[byline.start():byline.end() - 1] = " " * (byline.end() - 1 - byline.start())
    prefix = dateline_prefix(text)
    if prefix is not None:
        chars[prefix.start:prefix.end] = " " * (prefix.end - prefix.start)
    return "".join(chars)


def dateline_prefix(text: str) -> TextSpan | None:
    """The whole dateline, "CITY, Country, Aug 5 (Agency) -": none of it is event content."""
    match = DATELINE.search(text, 0, DATELINE_REACH)
    if not match:
        return None
    return TextSpan(match.start(), match.end(), match.group(0))
