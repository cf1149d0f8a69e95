"""Cross-article deduplication on small hand-written reports and events."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.dedupe import DocForDedupe, cluster_documents, dedupe_events, merge_events
from eventwire.dedupe.documents import candidate_pairs, build_profiles, channel_counts
from eventwire.dedupe.linkage import agglomerate, merge_unseparated
from eventwire.errors import BadInputError, UnknownValueError
from eventwire.ids import stable_hash
from eventwire.records import Claim, Event, Evidence, Place

DAY = dt.date(2031, 4, 9)

REPORTS = [
    DocForDedupe("a1", "A car bomb exploded at a crowded market in Velmora on Tuesday, killing "
                       "12 people and wounding 30, police in Velmora said. The Korrin Front "
                       "claimed the bombing.", published=DAY),
    DocForDedupe("a2", "Twelve people died when an explosives-laden car blew up in the Velmora "
                       "market, officials said. At least 30 were hurt. The Korrin Front said it "
                       "carried out the market attack.", published=DAY),
    DocForDedupe("a3", "A bomb hidden in a parked car killed four people outside the Dastan "
                       "railway station on Tuesday, Dastan police said. No group has claimed "
                       "the explosion at the station.", published=DAY),
    DocForDedupe("a4", "Police in Dastan said four people were killed when a car bomb went off "
                       "near the railway station. Nobody claimed the station blast.",
                 published=DAY),
    DocForDedupe("a5", "The central bank of Orlavia raised its interest rate by half a point, "
                       "citing inflation, the finance ministry said.", published=DAY),
]


def test_two_reports_of_one_bombing_cluster_and_one_in_another_city_does_not():
    labels = cluster_documents(REPORTS)
    assert labels[0] == labels[1]
    assert labels[2] == labels[3]
    assert labels[0] != labels[2]
    assert labels[4] not in {labels[0], labels[2]}


# Two attacks of one kind in one country: alike in wording, apart in place, day, toll and
# names. The four reports of the first tell it from different angles (governor, burials,
# the accused militia), so some of their pairs are only loosely similar.
RAID_TESSALY = [
    "Gunmen attacked the village of Tessaly in Orlavia's Brena province on Monday, killing "
    "14 villagers, the Brena governor Idris Kammel said.",
    "Fourteen people were killed when armed men stormed Tessaly, a farming village in Brena "
    "province, governor Idris Kammel told reporters.",
    "Residents of Tessaly buried 14 dead after Monday's raid by gunmen on the Brena village; "
    "Kammel blamed the Sadun militia for the killings.",
    "The Sadun militia denied it raided Tessaly, where 14 villagers died, and accused the "
    "Brena governor Kammel of lying.",
]
RAID_MORVANE = [
    "Gunmen attacked the village of Morvane in Orlavia's Kesh province on Thursday, killing "
    "6 farmers, the Kesh police chief Anton Vell said.",
    "Six farmers were shot dead when armed men raided Morvane in Kesh province, police chief "
    "Anton Vell told reporters.",
    "Mourners in Morvane buried 6 farmers after Thursday's attack by gunmen on the Kesh "
    "village; Vell said the Dorra gang was behind it.",
]
RAIDS = [DocForDedupe(f"t{i}", t) for i, t in enumerate(RAID_TESSALY)] + [
    DocForDedupe(f"m{i}", t) for i, t in enumerate(RAID_MORVANE)]


@pytest.mark.parametrize("threshold", [0.2, 0.3, 0.4, 0.5])
def test_two_raids_in_one_story_stay_apart_and_each_stays_whole_over_thresholds(threshold):
    # story_threshold 0.02 puts all seven reports into one story: the inner passes decide
    labels = cluster_documents(RAIDS, threshold=threshold, story_threshold=0.02)
    assert labels == [0, 0, 0, 0, 1, 1, 1]


def test_without_the_relative_merge_a_strict_threshold_splits_one_raid():
    labels = cluster_documents(RAIDS, threshold=0.5, story_threshold=0.02, merge_ratio=None)
    assert len(set(labels[:4])) > 1
    assert not set(labels[:4]) & set(labels[4:])


def test_labels_number_clusters_in_order_of_first_document():
    labels = cluster_documents(REPORTS)
    assert labels[0] == 0
    assert sorted(set(labels)) == list(range(len(set(labels))))
    assert cluster_documents(REPORTS) == labels


@pytest.mark.parametrize(
    ("docs", "kwargs", "message"),
    [
        ([REPORTS[0], REPORTS[0]], {}, "appears twice"),
        (REPORTS, {"weights": {"smell": 1.0}}, "unknown weight channels"),
    ],
)
def test_bad_input_is_named(docs, kwargs, message):
    with pytest.raises(BadInputError, match=message):
        cluster_documents(docs, **kwargs)


def test_blocking_never_pairs_documents_without_a_shared_distinctive_term():
    profiles = build_profiles([channel_counts(d) for d in REPORTS])
    pairs = candidate_pairs(profiles)
    assert (0, 1) in pairs and (2, 3) in pairs
    assert not any(4 in p for p in pairs)


@pytest.mark.parametrize(
    ("linkage", "expected"),
    [("single", [0, 0, 0]), ("average", [0, 0, 2]), ("complete", [0, 0, 2])],
)
def test_linkage_decides_whether_a_chain_merges(linkage, expected):
    # 0-1 very similar, 1-2 fairly similar, 0-2 unknown (0): only single link chains.
    pairs = {(0, 1): 0.9, (1, 2): 0.6}
    assert agglomerate(3, pairs, threshold=0.5, linkage=linkage) == expected


@pytest.mark.parametrize(
    ("cross", "expected"),
    [
        (0.4, [0, 0, 0, 0]),  # link 0.4 vs cohesion 0.5: not clearly apart, one cluster
        (0.1, [0, 0, 2, 2]),  # link 0.1 vs cohesion 0.5: clearly apart, two clusters
    ],
)
def test_clusters_merge_unless_far_less_alike_across_than_inside(cross, expected):
    pairs = {(0, 1): 0.5, (2, 3): 0.5, (0, 2): cross, (0, 3): cross, (1, 2): cross,
             (1, 3): cross}
    assert merge_unseparated(4, pairs, [0, 0, 2, 2], ratio=0.6) == expected


def test_a_singleton_joins_a_cluster_by_that_clusters_cohesion_and_two_singletons_never():
    pairs = {(0, 1): 0.5, (0, 2): 0.35, (1, 2): 0.35, (3, 4): 0.9}
    # item 2 links 0.35 to a cluster of cohesion 0.5 (ratio 0.7 >= 0.6); 3 and 4 are alone
    assert merge_unseparated(5, pairs, [0, 0, 2, 3, 4], ratio=0.6) == [0, 0, 0, 3, 4]


def test_unknown_linkage_is_named():
    with pytest.raises(UnknownValueError, match="linkage"):
        agglomerate(2, {}, threshold=0.5, linkage="median")  # type: ignore[arg-type]


def _event(eid, article, *, lat=33.30, lon=44.40, gid=1, day=DAY, sub="Suicide bomb",
           etype="Explosions/Remote violence", killed=(10, 10, 10), source=None, claims=(),
           evidence=(), confidence=0.5):
    low, best, high = killed
    return Event(
        event_id=eid, article_ids=(article,), event_date=day, date_earliest=day,
        date_latest=day, event_type=etype, sub_event_type=sub,
        place=Place(name=f"Town{gid}", geonameid=gid, latitude=lat, longitude=lon),
        fatalities=best, fatalities_low=low, fatalities_high=high, source=source,
        claims=claims, evidence=evidence, corroboration=1 if claims else 0,
        confidence=confidence, notes="bombing at a market",
    )


def test_reports_of_one_bombing_merge_and_same_day_bombing_elsewhere_stays_apart():
    here1 = _event("e1", "art1", killed=(8, 8, 8), source="Outlet A")
    here2 = _event("e2", "art2", gid=None, lat=33.31, lon=44.41, killed=(12, 12, 15),
                   source="Outlet B")
    elsewhere = _event("e3", "art3", gid=2, lat=36.2, lon=43.1, source="Outlet C")
    out = dedupe_events([here1, here2, elsewhere])
    assert len(out) == 2
    merged, other = out
    assert other is elsewhere
    assert merged.article_ids == ("art1", "art2")
    assert merged.event_id == "e" + stable_hash("merged", "e1", "e2")
    assert merged.corroboration == 2


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"day": DAY + dt.timedelta(days=5)}, "outside the date window"),
        ({"gid": 9, "lat": 33.9, "lon": 44.4}, "about 67 km away"),
        ({"etype": "Battles", "sub": "Armed clash"}, "another event type"),
    ],
)
def test_events_outside_a_block_do_not_merge(change, why):
    first = _event("e1", "art1")
    second = _event("e2", "art2", **change)
    assert len(dedupe_events([first, second])) == 2, why


def test_two_events_from_one_article_never_merge():
    assert len(dedupe_events([_event("e1", "art1"), _event("e2", "art1")])) == 2


def test_complete_link_does_not_chain_across_the_window():
    days = [DAY, DAY + dt.timedelta(days=3), DAY + dt.timedelta(days=6)]
    events = [_event(f"e{i}", f"art{i}", day=d) for i, d in enumerate(days)]
    out = dedupe_events(events)
    assert len(out) == 2
    assert sorted(len(e.article_ids) for e in out) == [1, 2]


@pytest.mark.parametrize(
    ("ranges", "expected"),
    [
        ([(5, 5, 5), (9, 9, 12)], (5, 5, 12)),          # lower median of two is the lower
        ([(3, 4, 4), (6, 6, 7), (20, 20, 40)], (3, 6, 40)),  # one outlier does not drag best
        ([(0, 0, 0), (0, 2, 2), (2, 2, 2), (2, 3, 5)], (0, 2, 5)),
    ],
)
def test_fatalities_combine_as_lower_median_within_the_widest_range(ranges, expected):
    events = [_event(f"e{i}", f"art{i}", killed=r) for i, r in enumerate(ranges)]
    merged = merge_events(events)
    assert (merged.fatalities_low, merged.fatalities, merged.fatalities_high) == expected


def test_merged_event_keeps_every_claim_and_evidence_once_and_counts_sources():
    police = Claim(source="police", kind="official")
    witness = Claim(source="a shopkeeper", kind="witness")
    ev1 = Evidence(field="trigger", text="bomb", start=2, end=6)
    ev2 = Evidence(field="trigger", text="blast", start=10, end=15)
    first = _event("e1", "art1", claims=(police,), evidence=(ev1,), source="Outlet A")
    second = _event("e2", "art2", claims=(police, witness), evidence=(ev2,), source="Outlet A",
                    confidence=0.9)
    merged = merge_events([first, second])
    assert merged.claims == (police, witness)
    # each evidence now says which article its offsets refer to
    assert set(merged.evidence) == {ev1.model_copy(update={"article_id": "art1"}),
                                    ev2.model_copy(update={"article_id": "art2"})}
    assert merged.corroboration == 2  # one outlet, two distinct claim sources
    assert merged.confidence == 0.9
    assert merged.source == "Outlet A"


def _made_up(n: int) -> str:
    letters = ""
    while True:
        n, d = divmod(n, 26)
        letters += chr(97 + d)
        if n == 0:
            return letters


def test_blocking_keeps_candidate_pairs_far_below_all_pairs():
    # 300 reports about 150 distinct made-up places, two reports each.
    docs = [
        DocForDedupe(f"d{i}", f"Gunmen attacked a checkpoint in Qar{_made_up(i // 2)}vel near "
                              f"the Zun{_made_up(i // 2)}mar bridge, killing {i // 2 + 3} guards.")
        for i in range(300)
    ]
    profiles = build_profiles([channel_counts(d) for d in docs])
    pairs = candidate_pairs(profiles, max_postings=20)
    assert len(pairs) < 300 * 299 / 2 / 20
    assert all((i, i + 1) in pairs for i in range(0, 300, 2))
    labels = cluster_documents(docs)
    assert all(labels[i] == labels[i + 1] for i in range(0, 300, 2))
    assert len(set(labels)) == 150
