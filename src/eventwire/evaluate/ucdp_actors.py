"""UCDP GED actors: do the events extracted from a GED headline name UCDP's two sides?

For a deterministic sample of GED rows per split (dev 2016-17, test 2018-19), run
``extract(headline, published=date_start)`` and check whether ``side_a`` and ``side_b``
appear among the events' actor1, actor2 and associated actors. Headlines are HTML-
unescaped first (the GED CSV keeps entities such as ``&#8217;``). Identical
(headline, date) pairs are extracted once.

Normalisation (documented in docs/geo.md; generic, no per-group entries):

- a side listing several groups ("A, B, C") is matched when any one of them is;
- names are folded (ASCII, lower case, punctuation as spaces) and compared as word sets
  without function words and Arabic articles: "Ahrar al-Sham" = "Ahrar Sham";
  one set containing the other is a match ("Jaysh al-Islam" ~ "Jaysh al-Islam fighters");
- an acronym as UCDP writes it (2-6 capitals) matches a name whose initials, or which
  as an acronym itself, starts with it ("IS" ~ "Islamic State", "ISIS", "ISIL";
  "SDF" ~ "Syrian Democratic Forces");
- the headline supplies aliases: "Long Name (LN)" and "LN (Long Name)" in the headline
  make the two forms one name;
- "Government of X" matches a name that mentions country X (its name or demonym,
  from eventwire.geo.countries) with a state word (government, forces, army, regime, police ...),
  or an actor coded as state forces (ACLED inter 1) of that country;
- "X insurgents" matches rebel/opposition names (rebel, insurgent, opposition,
  faction ...) or an actor coded as a rebel group (inter 2) whose name mentions X;
- "Civilians" matches civilian actors (inter 7 or a name starting with "civilians").
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluate.ucdp_places import read_ged_rows
from eventwire.geo import countries
from eventwire.geo.fold import fold
from eventwire.records import Actor, Event

Extract = Callable[..., Sequence[Event]]

SPLITS = {"dev": (2016, 2017), "test": (2018, 2019)}
_REQUIRED = ("side_a", "side_b", "source_headline", "date_start", "year")
_FUNCTION_WORDS = frozenset({"the", "of", "and", "for", "in", "al", "el", "ad", "ash", "as",
                             "ar", "at", "an", "az", "a"})
STATE_WORDS = frozenset({"government", "military", "forces", "force", "army", "regime",
                         "police", "troops", "security", "navy", "intelligence",
                         "soldiers", "airforce", "warplanes"})
REBEL_WORDS = frozenset({"rebel", "rebels", "insurgent", "insurgents", "opposition",
                         "faction", "factions", "militants", "militant", "armed",
                         "jihadist", "jihadists", "islamist", "islamists"})
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_PAREN_ALIAS = re.compile(r"([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6})\s*\(([^()]{2,60})\)")


@dataclass(frozen=True, slots=True)
class UcdpActorsSplit:
    """Shares over the sampled rows of one split."""

    rows: int            # rows of the split in the file
    sampled: int         # rows scored
    no_event: float      # share of sampled rows for which no event was extracted
    side_a_matched: float
    side_b_matched: float
    both_matched: float


@dataclass(frozen=True, slots=True)
class UcdpActorsResult:
    dev: UcdpActorsSplit
    test: UcdpActorsSplit
    all: UcdpActorsSplit | None = None  # every year; only when some rows are outside dev/test


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in fold(name).split() if w not in _FUNCTION_WORDS)


def _initials(name: str) -> str:
    return "".join(w[0] for w in fold(name).split() if w not in _FUNCTION_WORDS).upper()


def _country_forms(name: str) -> frozenset[str]:
    """Folded words naming the country UCDP calls ``name`` (names, spellings, demonyms);
    "Russia (Soviet Union)" is Russia."""
    country = countries.by_name(re.sub(r"\s*\(.*\)$", "", name))
    if country is None:
        return frozenset({fold(name)})
    # two-letter forms ("us" from "U.S.") would be found inside any word
    return frozenset(f for n in (*country.names, *country.demonyms) if len(f := fold(n)) > 2)


def headline_aliases(headline: str) -> list[frozenset[str]]:
    """Groups of names the headline declares equal: "Long Name (LN)" or "LN (Long Name)"."""
    groups = []
    for long_part, inner in _PAREN_ALIAS.findall(headline):
        inner = inner.strip()
        words = long_part.split()
        if _ACRONYM.match(inner):
            # keep as many trailing words of the long part as the acronym has letters
            long_name = " ".join(words[-len(inner):])
            groups.append(frozenset({inner, long_name}))
        elif _ACRONYM.match(words[-1]):
            groups.append(frozenset({words[-1], inner}))
    return groups


def _same_name(gold: str, name: str) -> bool:
    g, n = _words(gold), _words(name)
    if g and n and (g <= n or n <= g):
        return True
    gs, ns = gold.strip(), name.strip()
    if _ACRONYM.match(gs) and (_initials(ns).startswith(gs) or ns.upper().startswith(gs)
                              and _ACRONYM.match(ns)):
        return True
    return bool(_ACRONYM.match(ns) and _initials(gs).startswith(ns))


def _actor_names(actor: Actor, aliases: Sequence[frozenset[str]]) -> set[str]:
    names = {actor.name, *actor.aliases}
    for group in aliases:
        if any(_same_name(a, n) for a in group for n in names):
            names |= group
    return names


def component_matches(gold: str, actor: Actor, *, aliases: Sequence[frozenset[str]] = ()
                      ) -> bool:
    """Whether one UCDP group name (one part of a side) names ``actor``."""
    names = _actor_names(actor, aliases)
    words = [_words(n) | frozenset(fold(n).split()) for n in names]
    low = fold(gold)
    if low.startswith("government of "):
        country = low.removeprefix("government of ").strip()
        forms = _country_forms(country)
        mentions = any(any(f in fold(n) for f in forms) for n in names) or (
            actor.country is not None and fold(actor.country) in forms)
        return mentions and (actor.inter == 1 or any(w & STATE_WORDS for w in words))
    if low.endswith(" insurgents"):
        forms = _country_forms(low.removesuffix(" insurgents").strip())
        national = any(any(f in fold(n).split() for f in forms) for n in names)
        return any(w & REBEL_WORDS for w in words) or (actor.inter == 2 and national)
    if low == "civilians":
        return actor.inter == 7 or any(fold(n).startswith("civilian") for n in names)
    return any(_same_name(gold, n) for n in names)


def side_matches(side: str, actors: Iterable[Actor], *, headline: str = "") -> bool:
    """Whether any group of a UCDP side ("A, B") names one of ``actors``."""
    aliases = headline_aliases(headline)
    parts = [p.strip() for p in side.split(",") if p.strip()]
    actors = list(actors)
    return any(component_matches(p, a, aliases=aliases) for p in parts for a in actors)


def _event_actors(events: Sequence[Event]) -> list[Actor]:
    out: list[Actor] = []
    for e in events:
        out += [a for a in (e.actor1, e.actor2) if a is not None]
        out += [*e.assoc_actor_1, *e.assoc_actor_2]
    return out


def sample_rows(rows: Sequence[dict[str, str]], *, cap: int, seed: int = 0
                ) -> list[dict[str, str]]:
    """A deterministic sample of at most ``cap`` rows, in file order."""
    if len(rows) <= cap:
        return list(rows)
    picked = sorted(random.Random(seed).sample(range(len(rows)), cap))
    return [rows[i] for i in picked]


def _score(rows: list[dict[str, str]], *, extract: Extract, cap: int, seed: int
           ) -> UcdpActorsSplit:
    chosen = sample_rows(rows, cap=cap, seed=seed)
    cache: dict[tuple[str, str], list[Actor] | None] = {}
    none = a_ok = b_ok = both = 0
    for r in chosen:
        headline = html.unescape(r["source_headline"]).strip()
        date = r["date_start"].strip()[:10] or None
        key = (headline, date or "")
        if key not in cache:
            events = list(extract(headline, published=date)) if headline else []
            cache[key] = _event_actors(events) if events else None
        actors = cache[key]
        if actors is None:
            none += 1
            continue
        a = side_matches(r["side_a"], actors, headline=headline)
        b = side_matches(r["side_b"], actors, headline=headline)
        a_ok, b_ok, both = a_ok + a, b_ok + b, both + (a and b)
    n = len(chosen) or 1
    return UcdpActorsSplit(rows=len(rows), sampled=len(chosen), no_event=none / n,
                           side_a_matched=a_ok / n, side_b_matched=b_ok / n,
                           both_matched=both / n)


def evaluate_ucdp_actors(
    path: Path, *, extract: Extract | None = None, cap: int = 500, seed: int = 0
) -> UcdpActorsResult:
    """Share of sampled GED rows whose side_a / side_b the extracted events name.

    ``extract(text, published=...)`` returns events (default ``eventwire.extract``);
    at most ``cap`` rows per split are scored, sampled with ``seed``.
    """
    if extract is None:
        import eventwire

        extract = eventwire.extract
    rows = [r for r in read_ged_rows(path, required=_REQUIRED) if r["year"].strip()]
    parts = {}
    in_splits = 0
    for split, (lo, hi) in SPLITS.items():
        chosen = [r for r in rows if lo <= int(float(r["year"])) <= hi]
        in_splits += len(chosen)
        parts[split] = _score(chosen, extract=extract, cap=cap, seed=seed)
    everything = (_score(rows, extract=extract, cap=cap, seed=seed)
                  if in_splits < len(rows) else None)
    return UcdpActorsResult(**parts, all=everything)
