"""Property tests: whatever the article, every evidence span is the article's own words,
and every event is internally consistent."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest import make_article
from eventwire.taxonomy import SUB_EVENT_TYPES

pytestmark = pytest.mark.model

SENTENCES = [
    "Gunmen killed at least 12 villagers in an attack on Kaduna on Monday, police said.",
    "Troops clashed with rebels near Goma, killing three fighters, an army officer told reporters.",
    "An air strike hit a market in Idlib on Sunday, killing dozens of people, medics said.",
    "Police arrested 40 protesters who marched through Dhaka on Tuesday.",
    "Residents said the militants abducted two aid workers last week.",
    "Officials said a new offensive could begin next month.",
    "The group has a history of attacking convoys.",
    "The city has a population of about 2 million.",
    "\u201cThey burned our houses,\u201d said one woman, who did not give her name.",
    "A spokesman for the army was unable to confirm the report.",
    "Rioters looted shops in the capital Nairobi on Friday night.",
    "Islamist fighters seized the town of Menaka in 2012.",
]
NOISE = st.sampled_from([" ", "\n", "  ", "\n\n", " \u2013 "])


@st.composite
def articles(draw):
    picked = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
    parts = []
    for sentence in picked:
        parts.extend([sentence, draw(NOISE)])
    dateline = draw(st.sampled_from(["", "LAGOS (Wire) - ", "KABUL, Afghanistan (AP) \u2014 "]))
    published = draw(st.one_of(st.none(), st.dates(dt.date(2015, 1, 1), dt.date(2026, 1, 1))))
    return dateline + "".join(parts).strip(), published


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_pipeline_evidence_is_always_the_article_text(real_pipeline, article_and_date):
    text, published = article_and_date
    article = make_article("generated", text, published=published)
    for event in real_pipeline.extract(article).events:
        spans = event.evidence + tuple(e for c in event.claims for e in c.evidence)
        for ev in spans:
            assert article.text[ev.start:ev.end] == ev.text
        assert event.fatalities_low <= event.fatalities <= event.fatalities_high
        assert SUB_EVENT_TYPES[event.sub_event_type] == event.event_type
        if event.date_earliest and event.date_latest:
            assert event.date_earliest <= event.date_latest
            if published:
                assert event.date_latest <= published
        if published is None and event.date_earliest is not None:
            # without a publication date only a date the text states can place the event
            assert any(ev.field == "date" for ev in event.evidence)
        assert event.corroboration == sum(c.stance == "asserts" for c in event.claims)
