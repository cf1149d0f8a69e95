"""What the bridge reads out of an annotated Doc: plain records, no spaCy types.

The steps after the bridge (typing, actors, places, dates, claims, merging) work on
these and never touch spaCy, so they are testable without a model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.records import Article


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the article text: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """A named entity as the model (and our repairs) found it."""

    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, FAC, NORP
    sentence: int


@dataclass(frozen=True)
class Participant:
    """A noun phrase acting in or undergoing an event."""

    span: TextSpan
    head: str  # lemma of the head noun, lower case
    entity: Entity | None = None  # the named entity inside the phrase, if any
    pronoun: bool = False
    count: TextSpan | None = None  # "58" in "58 people"


@dataclass(frozen=True)
class SourceMention:
    """Someone the article cites: "five residents", "Colonel X", "police"."""

    span: TextSpan
    description: str  # the phrase as written, trimmed to its noun phrase
    kind: str
    named: bool
    person: str | None  # the PERSON or ORG name inside, if any
    count: TextSpan | None
    stance: str  # asserts, denies, cannot_confirm
    sentence: int
    cue: TextSpan  # "said", "according to", "unable to confirm"


@dataclass(frozen=True)
class EventMention:
    """One trigger (or a group of triggers in one clause) that describes an event."""

    family: str
    families: tuple[str, ...]
    trigger: TextSpan
    triggers: tuple[TextSpan, ...]
    sentence: int
    agent: Participant | None
    patient: Participant | None
    object_kind: str | None  # weapon, territory, person, or None
    places: tuple[Entity, ...]
    outskirts: bool
    date_spans: tuple[TextSpan, ...]
    after_date: bool  # the date expression marks when something before the event happened
    sentence_span: TextSpan
    lethal: bool
    in_quote: bool
    anaphoric: bool = False  # "the attack", "the blast": a mention of an event already told
    said_dates: tuple[TextSpan, ...] = ()
    descriptive: bool = False  # in a relative clause describing someone ("a teen who was shot")
    toll_revised: bool = False  # a toll noun's figure that revises an earlier one ("rose to 23")
    toll_first: bool = False  # a first figure later superseded ("police initially said five had died")
    refers_back: bool = False  # one of its triggers is a definite reference ("killed in the attack")
    pluperfect: bool = False  # told in the past perfect ("had seized the town in January")
    part: tuple[int, int] | None = None  # its part of a sentence telling two events ("..., while ...")
    cause: bool = False  # told as what led to the sentence's news ("... after a teenager died")
    dying: bool = False  # the trigger is a verb of dying ("died", "lost their lives"): its subject is the dead


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything the steps need from one article's Doc."""

    article: Article
    sentences: tuple[TextSpan, ...]
    entities: tuple[Entity, ...]
    mentions: tuple[EventMention, ...]
    sources: tuple[SourceMention, ...]
    dateline: TextSpan | None  # the city of the dateline
    aliases: tuple[tuple[str, str], ...] = field(default=())  # (alias, full name)
    blamed: tuple[tuple[int, Participant], ...] = ()  # (sentence, who): "blaming X", "blamed X for"
    dateline_prefix: TextSpan | None = None  # the whole "CITY, Country (Agency) -"
