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
