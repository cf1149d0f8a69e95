"""eventwire's own labelled cases (benchmarks/data/cases): event detection, types, fatalities.

Each case is a short report with the events a careful coder records (see the folder's
README). The extractor runs on every case and its events are aligned with the gold ones:

- **Matching rule.** Gold events are taken in file order; each is matched to the unused
  predicted event *of the same event_type* that agrees on most of (sub-event type,
  place, date window, actor1), the earlier one on ties. One-to-one, greedy.
- **Detection** P/R/F1 counts matched pairs as true positives, unmatched predictions as
  false positives (except those whose type the case lists under ``may_find``) and
  unmatched gold events as false negatives, over all cases of the split.
- **Event-type macro-F1**: per ACLED type, P/R/F1 from the same alignment (a prediction
  of the wrong type is a false positive of its type and leaves the gold event a false
  negative of its own); the mean over the types that occur in gold or predictions.
- The remaining figures are rates over matched pairs: sub-event type, fatalities exactly
  equal to the gold best figure (on events whose text states a number, and on all),
  actor1 (containment either way, ignoring case, accents, punctuation and "the", on
  gold events that name one),
  location (a gold name equals or contains the place name, its admin1 or admin2, or the
  other way round, or the two spellings are at least 0.8 similar (difflib ratio, for
  transliterations), or within 25 km when both have coordinates), and date (event_date in
  the gold window).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import yaml

from eventwire.errors import BadInputError
from eventwire.geo.rank import haversine_km
from eventwire.records import Event
from eventwire.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

LOCATION_KM = 25.0
PLACE_NAME_SIMILARITY = 0.8
SPLITS = ("dev", "test")

Extract = Callable[..., Sequence[Event]]


@dataclass(frozen=True)
class GoldPlace:
    """Acceptable names of the event's place, its country and optional coordinates."""

    names: tuple[str, ...]
    iso2: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class GoldEvent:
    """One event a coder records; ``actor1`` None means the text does not say who."""

    event_type: str
    sub_event_types: tuple[str, ...]
    actor1: tuple[str, ...] | None
    fatalities: int
    fatalities_stated: bool
    place: GoldPlace | None
    earliest: dt.date | None
    latest: dt.date | None
    fatalities_low: int | None = None
    fatalities_high: int | None = None


@dataclass(frozen=True)
class Case:
    """One labelled report. The split is fixed by the id: odd number dev, even test."""

    case_id: str
    split: str
    published: dt.date
    source: str | None
    text: str
    no_events: bool
    events: tuple[GoldEvent, ...]
    may_find: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ratio:
    """hits out of total; ``value`` is None when nothing was counted."""

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass(frozen=True)
class PRF:
    """True positives, false positives, false negatives and the figures from them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class CaseOutcome:
    """The alignment on one case and the events the extractor returned."""

    case: Case
    pairs: tuple[tuple[GoldEvent, Event], ...]
    missed: tuple[GoldEvent, ...]
    spurious: tuple[Event, ...]
    excused: tuple[Event, ...] = ()


@dataclass(frozen=True)
class SplitScores:
    """All figures on one split."""

    split: str
    cases: int
    detection: PRF
    per_type: dict[str, PRF]
    type_macro_f1: float
    sub_event_type: Ratio
    fatalities_exact_stated: Ratio
    fatalities_exact_all: Ratio
    actor1: Ratio
    location: Ratio
    date: Ratio
    no_event_cases_with_events: Ratio
    false_events_on_no_event_cases: int


@dataclass(frozen=True)
class CasesResult:
    """Scores per split and every case's outcome (for failure listings)."""

    dev: SplitScores
    test: SplitScores
    outcomes: tuple[CaseOutcome, ...]


# ---------------------------------------------------------------- loading

def yaml_date(value: object, where: str) -> dt.date | None:
    """A date written in a labelled YAML file (a date or 'YYYY-MM-DD'), None when absent."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise BadInputError(where, f"not a YYYY-MM-DD date: {value!r}") from None


def _gold_event(raw: dict, where: str) -> GoldEvent:
    subs = raw.get("sub_event_type")
    subs = tuple(subs) if isinstance(subs, list) else (subs,)
    for sub in subs:
        if sub not in SUB_EVENT_TYPES:
            raise BadInputError(where, f"unknown sub_event_type {sub!r}")
    event_type = raw.get("event_type") or SUB_EVENT_TYPES[subs[0]]
    if event_type not in EVENT_TYPES or any(SUB_EVENT_TYPES[s] != event_type for s in subs):
        raise BadInputError(where, f"event_type {event_type!r} does not fit {list(subs)}")
    actor = raw.get("actor1")
    actor = None if actor is None else tuple([actor] if isinstance(actor, str) else actor)
    loc = raw.get("location")
    place = None
    if loc:
        place = GoldPlace((loc["name"], *loc.get("also", ())), loc.get("iso2"),
                          loc.get("lat"), loc.get("lon"))
    date = raw.get("date") or {}
    return GoldEvent(
        event_type=event_type, sub_event_types=subs, actor1=actor,
        fatalities=int(raw.get("fatalities", 0)),
        fatalities_stated=bool(raw.get("fatalities_stated", False)), place=place,
        earliest=yaml_date(date.get("earliest"), where), latest=yaml_date(date.get("latest"), where),
        fatalities_low=raw.get("fatalities_low"), fatalities_high=raw.get("fatalities_high"),
    )


def split_of(case_id: str) -> str:
    """dev for an odd case number, test for an even one (the rule in the folder README)."""
    digits = "".join(ch for ch in case_id if ch.isdigit())
    if not digits:
        raise BadInputError(case_id, "case id has no number, so its split is undefined")
    return "dev" if int(digits) % 2 else "test"


def load_case(path: Path) -> Case:
    """One case file; a missing or malformed field is an error naming the file."""
    where = str(path)
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise BadInputError(where, f"not valid YAML: {exc}") from None
    if not isinstance(raw, dict) or "text" not in raw or "published" not in raw:
        raise BadInputError(where, "a case needs at least 'text' and 'published'")
    case_id = str(raw.get("id") or Path(path).stem)
    events = tuple(_gold_event(e, where) for e in raw.get("events") or ())
    no_events = bool(raw.get("no_events", False))
    if no_events and events:
        raise BadInputError(where, "no_events is true but events are listed")
    return Case(case_id=case_id, split=split_of(case_id),
                published=yaml_date(raw["published"], where), source=raw.get("source"),
                text=str(raw["text"]), no_events=no_events, events=events,
                may_find=tuple(raw.get("may_find") or ()))


def load_cases(folder: Path) -> list[Case]:
    """Every ``c*.yaml`` case in ``folder``, in id order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BadInputError(str(folder), "no such folder of cases")
    cases = [load_case(p) for p in sorted(folder.glob("c*.yaml"))]
    if not cases:
        raise BadInputError(str(folder), "holds no c*.yaml case files")
    return cases


# ---------------------------------------------------------------- field agreement

def _fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, the word "the" removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(w for w in plain.casefold().split() if w != "the")


def _contains_either_way(a: str, b: str) -> bool:
    a, b = _fold(a), _fold(b)
    # short names ("3R", "IS") only when equal: inside other words they mean nothing
    return bool(a) and a == b or len(a) >= 3 and len(b) >= 3 and (a in b or b in a)


def _same_place_name(a: str, b: str) -> bool:
    """Containment, or a transliteration variant (similarity >= PLACE_NAME_SIMILARITY)."""
    if _contains_either_way(a, b):
        return True
    a, b = _fold(a), _fold(b)
    return len(a) >= 4 and SequenceMatcher(None, a, b).ratio() >= PLACE_NAME_SIMILARITY


# The words a report uses for armed men and gangs it does not name, by ACLED's name for
# them ("Unidentified Armed Group (country)"): a gold list that accepts them accepts it.
UNNAMED_ACTOR_WORDS: dict[str, frozenset[str]] = {
    "Unidentified Armed Group": frozenset({
        "gunman", "gunmen", "armed men", "unidentified men", "unknown men", "masked men",
        "unidentified gunmen", "unknown gunmen", "assailants", "attackers", "bandits",
        "armed bandits", "militants", "suspected militants", "insurgents", "suspected insurgents",
        "jihadists", "fighters", "raiders", "kidnappers"}),
    "Unidentified Gang": frozenset({"gang", "gangs", "gang members", "gangsters", "gunmen", "armed men"}),
}


def actor_matches(gold: GoldEvent, event: Event) -> bool:
    """Some gold name and the predicted actor1 (or an alias) contain one another; or the
    gold accepts unnamed armed men and the prediction is ACLED's name for them."""
    if gold.actor1 is None or event.actor1 is None:
        return False
    names = (event.actor1.name, *event.actor1.aliases)
    if any(event.actor1.name.startswith(prefix) and any(_fold(g) in words for g in gold.actor1)
           for prefix, words in UNNAMED_ACTOR_WORDS.items()):
        return True
    return any(_contains_either_way(g, n) for g in gold.actor1 for n in names)


def location_matches(gold: GoldEvent, event: Event) -> bool:
    """Name (or admin1/admin2) agreement in the same country, or within 25 km."""
    if gold.place is None or event.place is None:
        return False
    g, p = gold.place, event.place
    if g.lat is not None and p.latitude is not None and p.longitude is not None:
        if haversine_km((g.lat, g.lon), (p.latitude, p.longitude)) <= LOCATION_KM:
            return True
    if g.iso2 and p.iso2 and g.iso2.upper() != p.iso2.upper():
        return False
    names = [n for n in (p.name, p.admin1, p.admin2) if n]
    return any(_same_place_name(gn, n) for gn in g.names for n in names)


def date_matches(gold: GoldEvent, event: Event) -> bool:
    """The predicted event_date lies in the gold window."""
    if event.event_date is None or gold.earliest is None or gold.latest is None:
        return False
    return gold.earliest <= event.event_date <= gold.latest


def _agreement(gold: GoldEvent, event: Event) -> int:
    return (int(event.sub_event_type in gold.sub_event_types) + int(location_matches(gold, event))
            + int(date_matches(gold, event)) + int(actor_matches(gold, event)))


def align(case: Case, predicted: Sequence[Event]) -> CaseOutcome:
    """The one-to-one greedy alignment described in the module docstring."""
    free = list(predicted)
    pairs, missed = [], []
    for gold in case.events:
        options = [e for e in free if e.event_type == gold.event_type]
        if not options:
            missed.append(gold)
            continue
        best = max(options, key=lambda e: _agreement(gold, e))  # max keeps the first on ties
        free.remove(best)
        pairs.append((gold, best))
    spurious = tuple(e for e in free if e.event_type not in case.may_find)
    excused = tuple(e for e in free if e.event_type in case.may_find)
    return CaseOutcome(case, tuple(pairs), tuple(missed), spurious, excused)


# ---------------------------------------------------------------- scoring

def _ratio(pairs, test, keep=lambda g: True) -> Ratio:
    kept = [(g, e) for g, e in pairs if keep(g)]
    return Ratio(sum(1 for g, e in kept if test(g, e)), len(kept))


def score_split(split: str, outcomes: Sequence[CaseOutcome]) -> SplitScores:
    """The figures of one split from its cases' alignments."""
    pairs = [p for o in outcomes for p in o.pairs]
    missed = [g for o in outcomes for g in o.missed]
    spurious = [e for o in outcomes for e in o.spurious]
    per_type = {}
    for etype in EVENT_TYPES:
        counts = PRF(sum(1 for g, _ in pairs if g.event_type == etype),
                     sum(1 for e in spurious if e.event_type == etype),
                     sum(1 for g in missed if g.event_type == etype))
        if counts.tp + counts.fp + counts.fn:
            per_type[etype] = counts
    macro = sum(c.f1 for c in per_type.values()) / len(per_type) if per_type else 0.0
    empty = [o for o in outcomes if o.case.no_events]
    return SplitScores(
        split=split, cases=len(outcomes),
        detection=PRF(len(pairs), len(spurious), len(missed)),
        per_type=per_type, type_macro_f1=macro,
        sub_event_type=_ratio(pairs, lambda g, e: e.sub_event_type in g.sub_event_types),
        fatalities_exact_stated=_ratio(pairs, lambda g, e: e.fatalities == g.fatalities,
                                       lambda g: g.fatalities_stated),
        fatalities_exact_all=_ratio(pairs, lambda g, e: e.fatalities == g.fatalities),
        actor1=_ratio(pairs, actor_matches, lambda g: g.actor1 is not None),
        location=_ratio(pairs, location_matches, lambda g: g.place is not None),
        date=_ratio(pairs, date_matches, lambda g: g.earliest is not None),
        no_event_cases_with_events=Ratio(sum(1 for o in empty if o.spurious), len(empty)),
        false_events_on_no_event_cases=sum(len(o.spurious) for o in empty),
    )


def _run(extract: Extract, case: Case) -> Sequence[Event]:
    return extract(case.text, published=case.published, source=case.source)


def evaluate_cases(folder: Path, *, extract: Extract | None = None) -> CasesResult:
    """Run ``extract(text, published=..., source=...)`` on every case and score it.

    ``extract`` defaults to ``eventwire.extract`` (the real pipeline, loaded once).
    """
    if extract is None:
        from eventwire.api_python import extract as default_extract

        extract = default_extract
    outcomes = tuple(align(case, list(_run(extract, case)))
                     for case in load_cases(folder))
    dev, test = ([o for o in outcomes if o.case.split == s] for s in SPLITS)
    return CasesResult(score_split("dev", dev), score_split("test", test), outcomes)


# ---------------------------------------------------------------- failure listing

def _gold_str(g: GoldEvent) -> str:
    actor = "-" if g.actor1 is None else g.actor1[0]
    place = "-" if g.place is None else g.place.names[0]
    window = f"{g.earliest}..{g.latest}" if g.earliest != g.latest else str(g.earliest)
    return (f"{g.event_type}/{'|'.join(g.sub_event_types)} actor1={actor} "
            f"f={g.fatalities} at {place} on {window}")


def _event_str(e: Event) -> str:
    actor = "-" if e.actor1 is None else e.actor1.name
    place = "-" if e.place is None else e.place.name
    return (f"{e.event_type}/{e.sub_event_type} actor1={actor} f={e.fatalities} "
            f"at {place} on {e.event_date}")


def failure_lines(outcomes: Sequence[CaseOutcome], *, split: str = "dev") -> list[str]:
    """One line per failure on ``split``: missed, spurious, or a wrong field of a pair."""
    lines = []
    for o in outcomes:
        if o.case.split != split:
            continue
        cid = o.case.case_id
        for g in o.missed:
            lines.append(f"{cid} MISSED expected {_gold_str(g)}")
        for e in o.spurious:
            kind = "FALSE_EVENT(no_events case)" if o.case.no_events else "SPURIOUS"
            lines.append(f"{cid} {kind} got {_event_str(e)}")
        for g, e in o.pairs:
            wrong = []
            if e.sub_event_type not in g.sub_event_types:
                wrong.append(f"sub_event_type expected {'|'.join(g.sub_event_types)} "
                             f"got {e.sub_event_type}")
            if e.fatalities != g.fatalities:
                stated = "stated" if g.fatalities_stated else "not stated"
                wrong.append(f"fatalities ({stated}) expected {g.fatalities} got {e.fatalities}")
            if g.actor1 is not None and not actor_matches(g, e):
                got = e.actor1.name if e.actor1 else None
                wrong.append(f"actor1 expected {' | '.join(g.actor1)} got {got}")
            if g.place is not None and not location_matches(g, e):
                got = (f"{e.place.name} ({e.place.iso2})" if e.place else None)
                wrong.append(f"location expected {g.place.names[0]} ({g.place.iso2}) got {got}")
            if g.earliest is not None and not date_matches(g, e):
                wrong.append(f"date expected {g.earliest}..{g.latest} got {e.event_date}")
            lines += [f"{cid} WRONG {w}" for w in wrong]
    return lines


# ---------------------------------------------------------------- runner hook

def default_cases_folder() -> Path | None:
    """benchmarks/data/cases of the source tree this package runs from, else of the cwd."""
    here = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "cases"
    for folder in (here, Path.cwd() / "benchmarks" / "data" / "cases"):
        if folder.is_dir():
            return folder
    return None


def eval_rows(*, folder: Path | None = None, extract: Extract | None = None) -> list:
    """The runner's rows for task "cases" (a "no data" row when the folder is absent)."""
    from eventwire.evaluate.runner import EvalRow

    folder = folder or default_cases_folder()
    if folder is None:
        return [EvalRow("cases", "-", "-", None, note="no data (benchmarks/data/cases)")]
    result = evaluate_cases(folder, extract=extract)
    rows = []
    for s in (result.dev, result.test):
        rows += [
            EvalRow("cases", "event P", s.split, s.detection.precision),
            EvalRow("cases", "event R", s.split, s.detection.recall),
            EvalRow("cases", "event F1", s.split, s.detection.f1),
            EvalRow("cases", "event type macro-F1", s.split, s.type_macro_f1, goal=0.80),
            EvalRow("cases", "sub-event type acc (matched)", s.split, s.sub_event_type.value),
            EvalRow("cases", "fatalities exact (stated)", s.split,
                    s.fatalities_exact_stated.value, goal=0.90,
                    note=f"n={s.fatalities_exact_stated.total}"),
            EvalRow("cases", "fatalities exact (all matched)", s.split,
                    s.fatalities_exact_all.value),
            EvalRow("cases", "actor1 match", s.split, s.actor1.value, note=f"n={s.actor1.total}"),
            EvalRow("cases", "location match", s.split, s.location.value),
            EvalRow("cases", "date in window", s.split, s.date.value),
            EvalRow("cases", "no-event cases with events", s.split,
                    s.no_event_cases_with_events.value,
                    note=f"{s.false_events_on_no_event_cases} false events"),
        ]
    return rows
