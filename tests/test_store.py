"""The store on a real SQLite file, and on PostgreSQL when EVENTWIRE_TEST_POSTGRES_URL is set."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, make_url, text

from eventwire import ids
from eventwire.errors import StoreError
from eventwire.records import Actor, Article, Claim, Event, Evidence, Extraction, Place, Review
from eventwire.store import SCHEMA_VERSION, Store, open_store

PG_URL = os.environ.get("EVENTWIRE_TEST_POSTGRES_URL")
NO_PG = "EVENTWIRE_TEST_POSTGRES_URL is not set (e.g. postgresql+psycopg://postgres@127.0.0.1/test)"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh store: a SQLite file in tmp_path, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        with open_store(tmp_path / "events.db") as s:
            yield s
        return
    if not PG_URL:
        pytest.skip(NO_PG)
    schema = "ewtest_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        with open_store(url.render_as_string(hide_password=False)) as s:
            yield s
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def article(body: str = "Gunmen attacked a checkpoint on Tuesday, officials said.", **kw) -> Article:
    return Article(
        id=ids.article_id(text=body, url=kw.get("url")), text=body,
        content_hash=ids.content_hash(body), **kw,
    )


def event(art: Article, n: int = 0, **kw) -> Event:
    values = dict(
        event_id=ids.event_id(art.id, sub_event_type="Armed clash", anchor_start=n),
        article_ids=(art.id,), event_type="Battles", sub_event_type="Armed clash",
        event_date=dt.date(2024, 3, 5),
    )
    return Event(**(values | kw))


# -- generated events survive the round trip ---------------------------------------------

safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=12,
)
names = safe_text.filter(str.strip).map(str.strip) | st.sampled_from(["army", "residents"])
opt = st.none


@st.composite
def evidence(draw: st.DrawFn) -> Evidence:
    words = draw(safe_text)
    start = draw(st.integers(0, 10_000))
    return Evidence(field=draw(st.sampled_from(["trigger", "actor1", "date"])), text=words,
                    start=start, end=start + len(words))


actors = st.builds(
    Actor, name=names, aliases=st.lists(names, max_size=2).map(tuple),
    inter=opt() | st.integers(0, 8), country=opt() | names,
)
places = st.builds(
    Place, name=names, geonameid=opt() | st.integers(1, 2**31 - 1),
    latitude=opt() | st.floats(-90, 90, allow_nan=False),
    longitude=opt() | st.floats(-180, 180, allow_nan=False),
    admin1=opt() | names, admin2=opt() | names, country=opt() | names,
    iso2=opt() | st.sampled_from(["IQ", "SY", "NG"]), feature_code=opt() | names,
    population=opt() | st.integers(0, 10**9), geo_precision=st.integers(1, 3),
)
claims = st.builds(
    Claim, source=names, kind=st.sampled_from(["witness", "official", "unknown"]),
    named=st.booleans(), count=opt() | st.integers(1, 100),
    stance=st.sampled_from(["asserts", "denies", "cannot_confirm"]),
    evidence=st.lists(evidence(), max_size=2).map(tuple),
)
dates = opt() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@st.composite
def events_of(draw: st.DrawFn, art: Article, n: int) -> Event:
    low, mid, high = sorted(draw(st.lists(st.integers(0, 10**6), min_size=3, max_size=3)))
    return event(
        art, n,
        event_date=draw(dates), date_earliest=draw(dates), date_latest=draw(dates),
        time_precision=draw(st.integers(1, 3)),
        event_type=draw(st.sampled_from(["Battles", "Protests"])), sub_event_type=draw(names),
        plover_type=draw(opt() | names), actor1=draw(opt() | actors),
        assoc_actor_1=tuple(draw(st.lists(actors, max_size=2))), actor2=draw(opt() | actors),
        interaction=draw(opt() | st.integers(10, 88)), place=draw(opt() | places),
        fatalities=mid, fatalities_low=low, fatalities_high=high,
        claims=tuple(draw(st.lists(claims, max_size=2))),
        corroboration=draw(st.integers(0, 50)), confidence=draw(st.floats(0, 1)),
        evidence=tuple(draw(st.lists(evidence(), max_size=3))), notes=draw(safe_text),
        source=draw(opt() | names), extractor_version=draw(safe_text),
        review_status=draw(st.sampled_from(["unreviewed", "accepted"])),
    )


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    body = draw(safe_text.filter(str.strip)) + " " + uuid.uuid4().hex
    art = article(body, title=draw(opt() | safe_text), published=draw(dates),
                  source=draw(opt() | names), url=draw(opt() | st.just(f"https://x.org/{body[-8:]}")))
    count = draw(st.integers(0, 3))
    return Extraction(article=art, events=tuple(draw(events_of(art, n)) for n in range(count)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(extraction=extractions())
def test_generated_events_survive_save_and_query_unchanged(
    store: Store, extraction: Extraction
) -> None:
    store.save(extraction)
    for ev in extraction.events:
        assert store.get_event(ev.event_id) == ev
    mine = {e.event_id: e for e in store.events() if e.article_ids == (extraction.article.id,)}
    assert mine == {e.event_id: e for e in extraction.events}
    assert store.get_article(extraction.article.id) == extraction.article


# -- saving is idempotent and replaces an article's events -------------------------------


def test_resaving_the_same_extraction_changes_nothing(store: Store) -> None:
    art = article()
    extraction = Extraction(article=art, events=(event(art, 0), event(art, 5, fatalities=2,
                                                  fatalities_high=2)))
    store.save(extraction)
    before = (store.counts(), list(store.events()), list(store.articles()))
    store.save(extraction)
    assert (store.counts(), list(store.events()), list(store.articles())) == before
    assert store.counts() == {"articles": 1, "events": 2, "event_articles": 2, "reviews": 0}


def test_resaving_an_article_replaces_its_previous_events(store: Store) -> None:
    art, other = article(), article("Police arrested a protest leader on Friday.")
    store.save(Extraction(article=other, events=(event(other, 0),)))
    store.save(Extraction(article=art, events=(event(art, 0), event(art, 9))))
    newer = event(art, 20, event_type="Protests", sub_event_type="Peaceful protest")
    store.save(Extraction(article=art.model_copy(update={"title": "New"}), events=(newer,)))
    assert {e.event_id for e in store.events()} == {event(other, 0).event_id, newer.event_id}
    assert store.get_article(art.id).title == "New"
    assert store.counts()["event_articles"] == 2


@pytest.mark.parametrize("batch", [1, 2, 100])
def test_save_many_in_batches_gives_what_saving_one_by_one_gives(store: Store, batch: int) -> None:
    arts = [article(f"Police arrested {n} protesters in the square on Friday.") for n in range(5)]
    extractions = [Extraction(article=a, events=(event(a, 0), event(a, 1))) for a in arts]
    replaced = Extraction(article=arts[0], events=(event(arts[0], 7),))
    assert store.save_many([*extractions, replaced], batch=batch) == 6
    assert store.counts() == {"articles": 5, "events": 9, "event_articles": 9, "reviews": 0}
    assert store.get_event(event(arts[0], 0).event_id) is None
    assert store.get_event(event(arts[0], 7).event_id) == event(arts[0], 7)


def test_event_shared_with_another_article_is_kept_when_one_is_reprocessed(store: Store) -> None:
    a, b = article(), article("Police arrested a protest leader on Friday.")
    merged = event(a, 0, article_ids=(a.id, b.id))
    store.save(Extraction(article=a, events=(merged,)))
    store.save(Extraction(article=a, events=()))
    assert store.get_event(merged.event_id) == merged


# -- reviews --------------------------------------------------------------------------------


def review(event_id: str, decision: str = "accepted", **kw) -> Review:
    at = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
    return Review(event_id=event_id, decision=decision, reviewer="analyst", at=at, **kw)


def test_reviews_are_appended_and_set_the_event_status(store: Store) -> None:
    art = article()
    ev = event(art)
    store.save(Extraction(article=art, events=(ev,)))
    first = review(ev.event_id, "accepted", comment="looks right")
    second = review(ev.event_id, "corrected", changes={"fatalities": 4, "fatalities_high": 4})
    store.add_review(first)
    store.add_review(second)
    assert store.reviews(ev.event_id) == [first, second]
    stored = store.get_event(ev.event_id)
    assert (stored.review_status, stored.fatalities, stored.fatalities_high) == ("corrected", 4, 4)
    assert [e.review_status for e in store.events(event_type="Battles")] == ["corrected"]


def test_reprocessing_never_overwrites_a_reviewed_event(store: Store) -> None:
    art = article()
    ev = event(art)
    store.save(Extraction(article=art, events=(ev,)))
    store.add_review(review(ev.event_id, "rejected"))
    store.save(Extraction(article=art, events=(ev,)))
    store.save(Extraction(article=art, events=()))
    assert store.get_event(ev.event_id).review_status == "rejected"
    assert len(store.reviews(ev.event_id)) == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"fatalities": 9}, "fatalities must lie"), ({"no_such_field": 1}, "no_such_field")],
)
def test_correction_with_invalid_changes_is_refused_and_nothing_is_written(
    store: Store, changes: dict, message: str
) -> None:
    art = article()
    ev = event(art)
    store.save(Extraction(article=art, events=(ev,)))
    with pytest.raises(StoreError, match=message):
        store.add_review(review(ev.event_id, "corrected", changes=changes))
    assert store.reviews(ev.event_id) == [] and store.get_event(ev.event_id) == ev


def test_review_of_unknown_event_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no such event"):
        store.add_review(review("e-missing"))


# -- queries --------------------------------------------------------------------------------


def test_events_filter_by_type_country_and_date_window(store: Store) -> None:
    art = article()
    iraq = Place(name="Town", country="Iraq", iso2="IQ")
    early = event(art, 1, event_date=dt.date(2024, 1, 10), place=iraq)
    window = event(art, 2, event_date=None, date_earliest=dt.date(2024, 2, 1),
                   date_latest=dt.date(2024, 2, 29), time_precision=3)
    protest = event(art, 3, event_type="Protests", sub_event_type="Peaceful protest",
                    event_date=dt.date(2024, 3, 1), place=Place(name="City", country="Niger",
                                                                 iso2="NE"))
    undated = event(art, 4, event_date=None)
    store.save(Extraction(article=art, events=(protest, undated, window, early)))
    ids_of = lambda **kw: [e.event_id for e in store.events(**kw)]  # noqa: E731
    assert ids_of()[:2] == [early.event_id, protest.event_id] and len(ids_of()) == 4
    assert ids_of(event_type="Protests") == [protest.event_id]
    assert ids_of(country="Iraq") == ids_of(country="iq") == [early.event_id]
    assert set(ids_of(since=dt.date(2024, 2, 15))) == {window.event_id, protest.event_id}
    assert ids_of(since=dt.date(2024, 2, 15), until=dt.date(2024, 2, 20)) == [window.event_id]
    assert ids_of(until=dt.date(2024, 1, 31)) == [early.event_id]
    assert ids_of(event_type="Riots") == []


def test_events_are_ordered_by_date_with_undated_last(store: Store) -> None:
    art = article()
    evs = [event(art, n, event_date=d) for n, d in enumerate(
        [dt.date(2024, 5, 1), None, dt.date(2023, 1, 1), dt.date(2024, 1, 1)])]
    store.save(Extraction(article=art, events=tuple(evs)))
    assert [e.event_date for e in store.events()] == [
        dt.date(2023, 1, 1), dt.date(2024, 1, 1), dt.date(2024, 5, 1), None,
    ]


# -- opening ----------------------------------------------------------------------------------


def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    with open_store(path) as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]


def test_sqlite_url_and_plain_path_open_the_same_file(tmp_path: Path) -> None:
    art = article()
    with open_store(str(tmp_path / "x.db")) as store:
        store.save(Extraction(article=art, events=(event(art),)))
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        assert store.counts()["events"] == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql+pymysql://u@localhost/db", "unsupported database"),
        ("postgresql+nosuchdriver://u@localhost/db", "cannot open database"),
        ("postgresql+psycopg://u@localhost:notaport/db", "cannot parse database URL"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/db", "cannot open database"),
    ],
)
def test_bad_url_or_unreachable_database_is_a_store_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(url)


def test_sqlite_file_in_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "events.db")


def test_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a database"):
        open_store(path)


def test_store_with_other_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE schema_version SET version = 0")
    with pytest.raises(StoreError, match="schema version"):
        open_store(path)
