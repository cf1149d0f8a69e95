"""The data contract: frozen records shared by the pipeline, the store, the API and exports.

Field names follow ACLED's columns where ACLED has the concept, so users recognise them.
Every character offset refers to ``Article.text`` exactly as ingested.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ClaimKind = Literal[
    "witness", "resident", "official", "military", "expert", "perpetrator",
    "journalist", "organisation", "unknown",
]
Stance = Literal["asserts", "denies", "cannot_confirm"]
ReviewStatus = Literal["unreviewed", "accepted", "corrected", "rejected"]


class Record(BaseModel):
    """Base for every record: immutable, and unknown fields are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(Record):
    """One news report. ``text`` is frozen once ingested; offsets point into it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    language: str = "en"
    content_hash: str


class Evidence(Record):
    """The words of the article that support one field of a record.

    ``article_id`` names the article the offsets refer to; it is set when events from
    several articles are merged, and None means the event's own (single) article.
    """

    field: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    article_id: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"evidence text {self.text!r} is {len(self.text)} characters, "
                f"but its span {self.start}:{self.end} is {self.end - self.start}"
            )
        return self


class Place(Record):
    """A location resolved to GeoNames. ``geonameid`` is None when not found."""

    name: str
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    iso2: str | None = None
    feature_code: str | None = None
    population: int | None = None
    geo_precision: int = Field(default=3, ge=1, le=3)


class Actor(Record):
    """One actor with its canonical name within an article and its ACLED inter code."""

    name: str
    aliases: tuple[str, ...] = ()
    inter: int | None = Field(default=None, ge=0, le=8)
    country: str | None = None


class Claim(Record):
    """Who says an event happened (or denies it, or cannot confirm it)."""

    source: str
    kind: ClaimKind = "unknown"
    named: bool = False
    count: int | None = None
    stance: Stance = "asserts"
    evidence: tuple[Evidence, ...] = ()


class Event(Record):
    """One coded event: ACLED columns plus UCDP's fatality range, claims and evidence."""

    event_id: str
    article_ids: tuple[str, ...]
    event_date: dt.date | None = None
    date_earliest: dt.date | None = None
    date_latest: dt.date | None = None
    time_precision: int = Field(default=3, ge=1, le=3)
    event_type: str
    sub_event_type: str
    plover_type: str | None = None
    actor1: Actor | None = None
    assoc_actor_1: tuple[Actor, ...] = ()
    actor2: Actor | None = None
    assoc_actor_2: tuple[Actor, ...] = ()
    interaction: int | None = None
    place: Place | None = None
    fatalities: int = 0
    fatalities_low: int = 0
    fatalities_high: int = 0
    claims: tuple[Claim, ...] = ()
    corroboration: int = 0
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = ()
    notes: str = ""
    source: str | None = None
    extractor_version: str = ""
    review_status: ReviewStatus = "unreviewed"

    @model_validator(mode="after")
    def _fatality_range(self) -> Event:
        if not self.fatalities_low <= self.fatalities <= self.fatalities_high:
            raise ValueError(
                f"fatalities must lie in low..high, got {self.fatalities_low} <= "
                f"{self.fatalities} <= {self.fatalities_high}"
            )
        return self


class Extraction(Record):
    """An article and the events found in it: what the pipeline yields and the store saves."""

    article: Article
    events: tuple[Event, ...] = ()


class Review(Record):
    """An analyst's decision on an event. Append-only: a review never overwrites."""

    event_id: str
    decision: Literal["accepted", "corrected", "rejected"]
    reviewer: str
    at: dt.datetime
    changes: dict[str, object] = Field(default_factory=dict)
    comment: str = ""
