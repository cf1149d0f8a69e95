"""Shared fixtures. The real model and gazetteer load once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.settings import Settings

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory) -> Settings:
    """Default settings with a private cache, so tests never touch the user's ~/.cache."""
    return Settings(cache_dir=tmp_path_factory.mktemp("eventwire-cache"))


@pytest.fixture(scope="session")
def real_pipeline(real_settings):
    from eventwire.pipeline import Pipeline

    return Pipeline.load(settings=real_settings)


@pytest.fixture(scope="session")
def events_of(real_pipeline):
    """The events the real pipeline extracts from one text (published 2025-05-10, a Saturday,
    unless a date is given)."""
    import datetime as dt

    from eventwire.ingest import make_article

    def extract(text: str, published: str = "2025-05-10"):
        article = make_article("test", text, published=dt.date.fromisoformat(published))
        return real_pipeline.extract(article).events

    return extract


def geonames_row(gid, name, lat, lon, cls, code, iso2, admin1, pop, alternates="") -> str:
    """One line of a GeoNames dump (19 tab-separated columns), for made-up gazetteers."""
    return "\t".join([str(gid), name, name, alternates, str(lat), str(lon), cls, code, iso2, "",
                      admin1, "", "", "", str(pop), "0", "", "Etc/UTC", "2026-01-01"])
