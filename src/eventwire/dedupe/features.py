"""Text features for deduplication: content words, name-like phrases, numbers, years.

Dependency-light on purpose (no model): a regular-expression tokenizer, a crude suffix
stripper standing in for a lemmatiser, and capitalisation for names. Each document
becomes one bag of features per channel; TF-IDF weighting happens in ``similarity``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours out over own said same says she should so some such than
    that the their theirs them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would
    you your yours yourself yet ago told according reported report reports news
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    mr mrs ms dr one two three four five six seven eight nine ten may might must shall
    per via amid among around across along within without upon onto new first last
    year years week weeks day days month months time times people""".split()
)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
    "hundred": 100,
}

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
_SENTENCE_END = re.compile(r"[.!?]\s+|\n+")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass(frozen=True)
class Bags:
    """Feature counts of one document, one bag per channel."""

    words: Counter[str]
    names: Counter[str]
    numbers: Counter[str]


def stem(word: str) -> str:
    """A crude English suffix stripper: 'killings' and 'killed' both give 'kill'."""
    w = word.lower().removesuffix("'s").replace("'", "")
    for suffix, repl in (("ies", "y"), ("ings", ""), ("ing", ""), ("ied", "y"), ("ed", ""),
                         ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)] + repl
    return w


def _number(token: str) -> str | None:
    if token[0].isdigit():
        digits = token.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", digits):
            return digits.rstrip("0").rstrip(".") if "." in digits else digits
        return None
    value = NUMBER_WORDS.get(token.lower())
    return None if value is None else str(value)


def extract_bags(text: str) -> Bags:
    """Split text into content-word, name-phrase and number bags."""
    words: Counter[str] = Counter()
    names: Counter[str] = Counter()
    numbers: Counter[str] = Counter()
    lower_forms = set(re.findall(r"\b[a-z][a-z'\-]*", text))
    for sentence in _SENTENCE_END.split(text):
        tokens = _TOKEN.findall(sentence)
        phrase: list[str] = []
        for position, token in enumerate(tokens + [""]):
            capital = token[:1].isupper() and token.lower() not in STOPWORDS
            # A sentence-initial capital is a name only when the word never appears in lower case.
            if capital and position == 0 and token.lower() in lower_forms:
                capital = False
            if capital:
                phrase.append(token.lower().removesuffix("'s"))
                continue
            if phrase:
                names[" ".join(phrase)] += 1
                for part in phrase if len(phrase) > 1 else ():
                    names[part] += 1
                phrase = []
            if not token:
                continue
            if (num := _number(token)) is not None:
                numbers["y" + num if _YEAR.match(num) else "n" + num] += 1
        for token in tokens:
            low = token.lower()
            if token[0].isalpha() and len(low) > 2 and low not in STOPWORDS:
                words[stem(low)] += 1
    return Bags(words=words, names=names, numbers=numbers)
