"""Profile one page of the web application in process: SQL statements per request and where the time goes.

    .venv/bin/python benchmarks/web/profile_page.py PATH [PATH ...] [--url URL] [--repeat N] [--top N]

Signs in as the web benchmark's user (benchmarks/web/run.py --keep makes the register) through
Flask's test client, asks for each PATH once to warm up, then REPEAT times (the page cache off unless --cache) counting the SQL
statements and their time, and once more under cProfile (the TOP functions by cumulative time).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import Counter
from pathlib import Path

import sqlalchemy as sa

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import EMAIL, OUT, PASSWORD  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--url", default=f"sqlite:///{OUT / 'concord-web.db'}")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--cache", action="store_true", help="keep the page cache on (off by default: the work itself)")
    ap.add_argument("--sql", action="store_true", help="print each distinct statement with its count and time")
    args = ap.parse_args(argv)

    from concord.web import create_app

    app = create_app(args.url, secret_key="profile", config={"WTF_CSRF_ENABLED": False,
                                                                   "CONCORD_PAGE_CACHE": args.cache})
    from concord.web import serve
    if hasattr(serve, "settle"):  # as a gunicorn worker does once it has loaded the app (when the code has it)
        serve.settle()
    store = app.extensions["concord.store"]
    seen: Counter = Counter()
    spent: Counter = Counter()

    def _before(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
        conn.info["t0"] = time.perf_counter()

    def _after(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
        seen[statement] += 1
        spent[statement] += time.perf_counter() - conn.info.pop("t0", time.perf_counter())

    # the main engine and the one the register's generation is read on (PostgreSQL)
    for engine in {store.engine, getattr(store, "probe", store.engine)}:
        sa.event.listen(engine, "before_cursor_execute", _before)
        sa.event.listen(engine, "after_cursor_execute", _after)

    client = app.test_client()
    signed_in = client.post("/sign-in", data={"email": EMAIL, "password": PASSWORD})
    if signed_in.status_code != 302:
        print(f"could not sign in as {EMAIL}: {signed_in.status_code}")
        return 1
    anonymous = app.test_client()
    for path in args.paths:
        asker = anonymous if path.startswith(("/api/", "/public/")) else client
        first = asker.get(path)
        if first.status_code != 200:
            print(f"{path}: {first.status_code}")
            continue
        seen.clear()
        spent.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.repeat):
            asker.get(path)
        wall = (time.perf_counter() - t0) / args.repeat
        cpu = (time.process_time() - c0) / args.repeat
        sql_n, sql_t = sum(seen.values()) / args.repeat, sum(spent.values()) / args.repeat
        print(f"\n{path}: {wall * 1000:.1f} ms a request ({cpu * 1000:.1f} ms of CPU), {sql_n:.0f} SQL statements taking {sql_t * 1000:.1f} ms, "
              f"{len(first.data) // 1024} KiB")
        if args.sql:
            for statement, n in spent.most_common(15):
                print(f"  {seen[statement] / args.repeat:5.0f}× {spent[statement] / args.repeat * 1000:7.2f} ms  "
                      f"{' '.join(statement.split())[:220]}")
        profiler = cProfile.Profile()
        profiler.enable()
        asker.get(path)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
