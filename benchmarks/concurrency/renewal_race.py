"""Concurrent renewals must never lose an agreement's extension (issue 10).

Each round adds an agreement ending 2021-03-31 whose seven parties have
not renewed (as Seven Force's seven on 2021-01-15), then starts seven
processes that wait at one barrier and, released together, each run the
real command `concord agreement renew SLUG --party OFFICE ...` for one
office. Whoever is last must see the other six and extend the term: the
round passes when the agreement ends 2023-03-31 with exactly one new
version, and every process exited 0.

    .venv/bin/python benchmarks/concurrency/renewal_race.py --url sqlite:///race.db --rounds 50
    .venv/bin/python benchmarks/concurrency/renewal_race.py --url postgresql://... --rounds 50

The database is set up as `concord init` does; it must hold no users (the system actor works it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import sys
import time

OFFICES = ("essex:chief", "kent:chief", "kent:pcc", "norfolk:chief", "norfolk:pcc", "suffolk:chief", "suffolk:pcc")
END, UNTIL = dt.date(2021, 3, 31), dt.date(2023, 3, 31)


def _renew(url: str, slug: str, office: str, barrier) -> None:  # noqa: ANN001
    os.environ["CONCORD_DATABASE_URL"] = url
    os.environ.pop("CONCORD_USER", None)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    from concord.cli import app
    from concord.cli.errors import run_guarded

    barrier.wait()
    code = run_guarded(app, ["agreement", "renew", slug, "--party", office, "--on", "2021-02-01",
                             "--until", UNTIL.isoformat()])
    os._exit(code)


def _add(store, slug: str) -> None:  # noqa: ANN001
    from concord.services import agreements
    from concord.services.context import system_actor, unit_of_work

    with unit_of_work(store, system_actor("race")) as ctx:
        agreements.add(ctx, agreements.NewAgreement(
            slug=slug, title=f"Race {slug}", parties=("essex:chief", "kent", "norfolk", "suffolk"),
            start=dt.date(2019, 4, 1), end=END))


def _outcome(store, slug: str) -> tuple[dt.date | None, int]:  # noqa: ANN001
    import sqlalchemy as sa

    from concord.store import models as m

    with store.reading() as s:
        a = s.scalar(sa.select(m.Agreement).where(m.Agreement.slug == slug))
        return a.end_date, sum(v.kind.value == "term_extended" for v in a.versions)


def race(url: str, rounds: int, prefix: str = "race") -> dict:
    """Run the rounds; returns what was lost and how long it took."""
    from concord.services.database import open_store  # noqa: F401  (loads the package as the CLI does)
    from concord.store.db import Store

    store = Store(url, actor="race")
    fork = mp.get_context("fork")
    lost, bad_exits, started = [], 0, time.perf_counter()
    try:
        for n in range(rounds):
            slug = f"{prefix}-{n}"
            _add(store, slug)
            barrier = fork.Barrier(len(OFFICES))
            procs = [fork.Process(target=_renew, args=(url, slug, o, barrier)) for o in OFFICES]
            for p in procs:
                p.start()
            for p in procs:
                p.join(120)
            bad_exits += sum(p.exitcode != 0 for p in procs)
            end, extensions = _outcome(store, slug)
            if end != UNTIL or extensions != 1:
                lost.append({"round": n, "end_date": end.isoformat() if end else None, "extensions": extensions})
    finally:
        store.dispose()
    return {"backend": url.split(":", 1)[0], "rounds": rounds, "processes_per_round": len(OFFICES),
            "lost": lost, "bad_exits": bad_exits, "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    from concord.services.database import init
    from concord.store.db import Store

    store = Store(args.url)
    init(store)
    store.dispose()
    print(json.dumps(race(args.url, args.rounds), indent=2))


if __name__ == "__main__":
    main()
