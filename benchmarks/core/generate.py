"""A national-scale register for the core benchmark, generated and bulk-loaded.

43 territorial forces of England and Wales over ten financial years
(2015/16 to 2024/25), at scale 1.0:

    ~2,000 agreements (parties are offices; renewals, versions, notices)
    50,000 decision notices, numbered per body per calendar year
    20,000 meetings of ~200 forums, with agenda items, papers and minutes
    200,000 actions
    1,000,000 revenue budget lines in 5,160 monthly monitoring tables

The data is seeded and deterministic: the same seed and scale give the
same rows. It holds a few deliberate problems for `concord check` to find
as of `AS_OF` (2025-01-15): gaps in decision-notice numbering (never
duplicates: the unique constraint (policing_body_id, year, number) forbids
them), papers sent too late for the notice rule, open actions past their
due date, printed totals that do not cast (and some that differ only by
rounding, which must NOT be flagged), lapsed reviews, agreements ending
without every party's written renewal, and withdrawal notices.
`Plan.expected` counts them, so the run can compare them with what the
check reports.

`load(url)` runs `concord.services.database.init` (Alembic schema and
reference data: forces, policing bodies, offices), then bulk-inserts every
table through the DBAPI connection, bypassing the ORM (see `loaders`).
Foreign keys are proved by `PRAGMA foreign_key_check` in the test at small
scale, and optionally after a full load (`check_foreign_keys=True`).

Values are written as the store keeps them: money as integer PENCE (the
`Money` type's storage), enums by value, dates as ISO text on SQLite,
`version = 1` on every versioned row. Rows loaded this way write no audit
records (the audit trail is an ORM listener); that is deliberate for a
bulk load of synthetic data.

This file is the entry point (`load` and the command line); the rest lives
beside it, one module per concern:

    plan.py             scale, dates, regions, Reference, Plan (expected findings), helpers
    vocabulary.py       the words the register is written in
    rows.py             Generator: table order, alliances, forums, terms, decision notices
    rows_agreements.py  agreements, parties, versions, renewals, withdrawal notices
    rows_meetings.py    schedule, meetings, agenda items, papers, minutes, actions
    rows_finance.py     financial tables and budget lines
    loaders.py          reference ids, column checks, the SQLite and PostgreSQL bulk loaders

They import one another by bare name, so this directory is put on
`sys.path` on import (it already is when run as a script or from run.py).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

# the names below are this module's interface (run.py, the tests): re-exported on purpose
from loaders import LOADED_TABLES, check_columns, load_postgresql, load_sqlite, read_reference  # noqa: E402, F401
from plan import (  # noqa: E402, F401
    AS_OF, DAY, FIRST_DAY, FIRST_FY, LAST_DAY, REGIONS, SEED, TARGETS, YEARS, Plan, Reference, add_months,
    notice_prefixes, spread,
)
from rows import Generator, Rows, TableData  # noqa: E402, F401


def load(url: str | None = None, scale: float = 1.0, seed: int = SEED, progress: Callable[[str], None] | None = None,
         check_foreign_keys: bool = False) -> dict:
    """Create the schema and reference data (`init`), then bulk-load the generated register.

    Returns {"backend", "scale", "seconds": {...}, "rows": {table: n}, "expected": {kind: n}, "as_of"}.
    Refuses a database that already holds benchmark rows.
    """
    import sqlalchemy as sa

    from concord.services import database
    from concord.store.base import Base
    from concord.store.db import Store

    say = progress or (lambda _m: None)
    t0 = time.perf_counter()
    store = Store(url, actor="benchmark")
    backend = store.backend
    database.init(store)
    t_init = time.perf_counter()
    with store.engine.connect() as conn:
        if conn.execute(sa.text("SELECT COUNT(*) FROM alliance WHERE slug LIKE 'bench-%'")).scalar():
            raise RuntimeError("this database already holds a benchmark data set: load into an empty one")
        ref = read_reference(conn, LOADED_TABLES)
    say(f"schema and reference data ready ({t_init - t0:.1f} s)")

    if backend == "sqlite":
        gen = Generator(ref, scale, seed, date_out=dt.date.isoformat,
                        time_out=lambda t: t.strftime("%H:%M:%S.%f"))
    else:
        gen = Generator(ref, scale, seed)
    prefixes = gen.prefix
    per_table: dict[str, float] = {}
    store.engine.dispose()  # SQLite leaves WAL only when no other connection is open
    raw = store.engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        if backend == "sqlite":
            load_sqlite(dbapi, gen, ref, prefixes, Base.metadata, per_table, say)
        elif backend == "postgresql":
            load_postgresql(dbapi, gen, ref, prefixes, Base.metadata, per_table, say)
        else:
            raise RuntimeError(f"backend {backend!r} is not supported by the bulk loader")
    finally:
        raw.close()
    # a bulk load bypasses the ORM, so it works out the tables' casting status itself,
    # as every write through the store does (concord.store.casting)
    from concord.store.casting import refresh

    t_cast = time.perf_counter()
    with store.engine.begin() as conn:
        refresh(conn)
    per_table["casting status"] = round(time.perf_counter() - t_cast, 3)
    say(f"casting status of every table worked out ({per_table['casting status']:.1f} s)")
    t_load = time.perf_counter()
    fk_problems = None
    if check_foreign_keys and backend == "sqlite":
        with store.engine.connect() as conn:
            fk_problems = len(conn.execute(sa.text("PRAGMA foreign_key_check")).all())
    store.dispose()
    return {
        "backend": backend,
        "scale": scale,
        "seed": seed,
        "as_of": AS_OF.isoformat(),
        "seconds": {"init": round(t_init - t0, 3), "generate_and_insert": round(t_load - t_init, 3),
                    "total": round(t_load - t0, 3), "tables": per_table},
        "rows": dict(gen.plan.rows),
        "expected": dict(gen.plan.expected),
        "foreign_key_problems": fk_problems,
    }



def main(argv: list[str] | None = None) -> int:
    import argparse
    import resource

    ap = argparse.ArgumentParser(description="Generate the core benchmark register and bulk-load it.")
    ap.add_argument("--url", help="database URL (default: CONCORD_DATABASE_URL or ./concord.db)")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--json", help="write the result (rows, expected findings, seconds) to this file")
    ap.add_argument("--check-foreign-keys", action="store_true", help="SQLite: run PRAGMA foreign_key_check after")
    args = ap.parse_args(argv)
    out = load(args.url, args.scale, args.seed, progress=lambda m: print("  " + m, flush=True),
               check_foreign_keys=args.check_foreign_keys)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    text = json.dumps(out, indent=2)
    if args.json:
        with open(args.json, "w") as f:
            f.write(text)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
