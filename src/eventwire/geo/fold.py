"""Name folding for gazetteer keys: one spelling-insensitive form per name, plus a phonetic key.

``fold`` gives the exact-lookup key: ASCII, lower case, apostrophes and dots dropped,
other punctuation as single spaces. ``article_variants`` adds the forms with Arabic-style
articles ("al-", "el-", "ash-", ...) normalised or dropped, so "Al-Bab", "el Bab" and
"Bab" meet. ``phonetic`` is a coarser key for transliterated names (vowels, doubled
letters and common transliteration alternations removed); it is a second index used
only when the exact keys find nothing.
"""

from __future__ import annotations

import re

from unidecode import unidecode

_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4.]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Arabic article and its sun-letter assimilations, as they appear in transliterations.
_ARTICLES = frozenset({"al", "el", "ul", "il", "ar", "as", "ash", "at", "ath", "ad", "adh",
                       "az", "an", "ad", "ed", "es", "en", "et", "ez", "er"})

# Generic transliteration alternations for common Arabic/Hebrew/Turkic place-name words.
_WORD_CLASSES: dict[str, str] = {}
for _canon, _forms in {
    "tl": ("tell", "tel", "tal", "tall", "til", "tell"),
    "dr": ("deir", "dayr", "dair", "der", "deyr"),
    "kfr": ("kafr", "kfar", "kefr", "kafar", "kfr", "kufr", "kefar"),
    "jbl": ("jabal", "jebel", "jabel", "jbel", "djebel", "gebel", "jibal"),
    "ayn": ("ain", "ayn", "ein", "ayoun", "ayun", "ouyoun"),
    "bt": ("beit", "bayt", "bait", "bet", "beyt"),
    "krbt": ("khirbat", "khirbet", "kherbet", "khurbet", "khirbit", "khirbeh", "kherbeh"),
    "bir": ("bir", "beer"),
    "abu": ("abu", "abou", "abo", "aboo"),
    "umm": ("umm", "um", "om", "omm", "oum"),
    "shykh": ("sheikh", "shaykh", "sheik", "shaikh", "sheykh", "shekh", "cheikh"),
}.items():
    for _form in _forms:
        _WORD_CLASSES[_form] = _canon

_PHONETIC_SUBS = (
    ("aw", "o"), ("ow", "o"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ph", "f"), ("dj", "j"), ("dh", "d"),
    ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("q", "k"),
    ("c", "k"), ("z", "s"), ("w", "v"), ("x", "ks"),
)
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


def fold(name: str) -> str:
    """Exact-lookup key: ASCII, lower case, no accents, apostrophes or dots, single spaces."""
    text = unidecode(name).lower()
    text = _APOSTROPHES.sub("", text)
    return _NON_ALNUM.sub(" ", text).strip()


def _is_article(tokens: list[str], i: int) -> bool:
    """A token is an article when it is one of the article forms and another word follows."""
    return i + 1 < len(tokens) and tokens[i] in _ARTICLES


def article_variants(folded: str) -> set[str]:
    """Forms of a folded name with articles normalised to "al" and with them removed.

    Also splits glued articles ("albab" stays, "al bab" -> "bab"). Returns variants
    other than ``folded`` itself.
    """
    tokens = folded.split()
    if len(tokens) < 2:
        return set()
    norm, stripped = [], []
    found = False
    for i, tok in enumerate(tokens):
        if _is_article(tokens, i):
            found = True
            norm.append("al")
            continue
        norm.append(tok)
        stripped.append(tok)
    if not found:
        return set()
    out = {" ".join(norm)}
    if stripped:
        out.add(" ".join(stripped))
    out.discard(folded)
    return out


def _phonetic_word(word: str) -> str:
    if word in _WORD_CLASSES:
        return _WORD_CLASSES[word]
    if len(word) > 3 and word.endswith(("ah", "eh", "ih")):
        word = word[:-1]  # ta marbuta: "-ah", "-eh" and "-a" are one sound
    word = word.replace("iy", "Y")  # "-iyah" endings keep a consonant: Salma vs Salamiyah
    for old, new in _PHONETIC_SUBS:
        word = word.replace(old, new)
    head, rest = word[:1], word[1:]
    if head in "aeiouy":
        head = ""  # leading vowels vary freely ("Ain"/"Ein"/"Ayn")
    return _DOUBLED.sub(r"\1", head + _VOWELS.sub("", rest)).lower()


def phonetic(name: str) -> str:
    """Coarse key for transliteration variants; empty when too short to be useful.

    Steps: fold; drop articles; map common word alternations (Tel/Tal/Tell, Deir/Dayr,
    Kafr/Kfar, Jabal/Jebel ...); map q/k, kh/k, ou/u, sh/s ...; drop vowels after the first
    letter and doubled letters; join the words.
    """
    folded = fold(name)
    tokens = folded.split()
    tokens = [t for i, t in enumerate(tokens) if not _is_article(tokens, i)]
    key = "".join(_phonetic_word(t) for t in tokens)
    key = _DOUBLED.sub(r"\1", key)
    return key if len(key) >= 3 else ""


def bare(name: str) -> str:
    """Folded name without articles or spaces ("Al-Bab" -> "bab"), for spelling similarity."""
    tokens = fold(name).split()
    return "".join(t for i, t in enumerate(tokens) if not _is_article(tokens, i))


def all_keys(name: str) -> set[str]:
    """The folded name and its article variants: every exact key a name is stored under."""
    folded = fold(name)
    if not folded:
        return set()
    return {folded} | article_variants(folded)


_GLUED_ARTICLE = re.compile(r"^(al|el|ad|ar|as|ash|at|az|an|ed|es|en|et|ez|er)([a-z]{3,})$")


def unglued(folded: str) -> str:
    """An article written onto a later word split off ("deir ezzor" -> "deir ez zor").

    The first word is left alone: "Andover" and "Elgin" are not "an dover", "el gin".
    """
    tokens = folded.split()
    out = tokens[:1]
    for tok in tokens[1:]:
        m = _GLUED_ARTICLE.match(tok)
        out += [m.group(1), m.group(2)] if m else [tok]
    return " ".join(out)


def query_keys(name: str) -> set[str]:
    """Exact keys to look a written name up under: its stored keys and its unglued forms."""
    keys = all_keys(name)
    split = unglued(fold(name))
    if split and split != fold(name):
        keys |= {split} | article_variants(split)
    return keys


# Words around a place name that describe it rather than name it ("Idlib countryside",
# "the eastern countryside of Hama" written "Hama eastern countryside", "Aleppo city").
DIRECTION_WORDS = frozenset({"east", "west", "north", "south", "eastern", "western",
                              "northern", "southern", "central", "northeastern",
                              "northwestern", "southeastern", "southwestern"})
VICINITY_WORDS = frozenset({"countryside", "outskirts", "suburbs", "vicinity", "area",
                            "environs", "airport", "airbase", "airfield", "base", "barracks",
                            "garrison"})
# "X air base", "X military base": what kind of base
_BASE_KINDS = frozenset({"air", "military", "naval", "army"})
_DESCRIPTOR_WORDS = frozenset({"city", "town", "village", "province", "governorate",
                               "region", "district", "county", "state", "neighbourhood",
                               "neighborhood"}) | VICINITY_WORDS | DIRECTION_WORDS


def core_name(name: str) -> tuple[str, frozenset[str]]:
    """A name without describing words before or after it, and the words taken off.

    "Hama eastern countryside" -> ("Hama", {"eastern", "countryside"}). A name made only
    of such words ("North") is returned whole.
    """
    words = name.split()
    lo, hi = 0, len(words)
    while lo < hi and fold(words[lo]) in DIRECTION_WORDS:
        lo += 1
    while hi > lo and fold(words[hi - 1]) in _DESCRIPTOR_WORDS:
        hi -= 1
        if fold(words[hi]) == "base" and hi > lo + 1 and fold(words[hi - 1]) in _BASE_KINDS:
            hi -= 1
    if lo >= hi:
        return name, frozenset()
    removed = frozenset(fold(w) for w in words[:lo] + words[hi:])
    return " ".join(words[lo:hi]), removed
