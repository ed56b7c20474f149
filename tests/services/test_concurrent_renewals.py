"""Seven processes released together, each renewing one party: the extension is never lost
(issue 10). The benchmark script runs 50 rounds; the suite runs a few on each database."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: rounds in the suite (each starts seven processes); `benchmarks/concurrency/renewal_race.py` runs 50
ROUNDS = int(os.environ.get("CONCORD_RACE_ROUNDS", "4"))


def _race():  # noqa: ANN202
    name = "concord_bench_renewal_race"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "concurrency" / "renewal_race.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


def test_concurrent_renewals_never_lose_the_extension(concord, db_url: str) -> None:  # noqa: ANN001
    assert concord("init").code == 0
    result = _race().race(db_url, ROUNDS)
    print(result)
    assert result["bad_exits"] == 0, result
    assert result["lost"] == [], result
