"""Police regions a collaboration page names ("the PCCs and Chief Constables in Yorkshire and the Humber"), and
wording that names every force in the country instead (data/regions.toml)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def regions() -> dict[str, list[str]]:
    text = resources.files("concord.ingest").joinpath("data/regions.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["regions"]


@lru_cache(maxsize=1)
def national_rx() -> re.Pattern[str]:
    text = resources.files("concord.ingest").joinpath("data/regions.toml").read_text(encoding="utf-8")
    names = sorted(tomllib.loads(text)["national"]["phrases"], key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b")


def region_of(text: str) -> list[str] | None:
    """The forces of the region a text names; None when it names none, or names the whole country."""
    if national_rx().search(text):
        return None  # "all police forces in England and Wales": no region, and no list of forces
    m = region_rx().search(text)
    return sorted(regions()[re.sub(r"\s+", " ", m.group(0).lower())]) if m else None


@lru_cache(maxsize=1)
def region_rx() -> re.Pattern[str]:
    names = sorted(regions(), key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b")
