"""Finance benchmark: importing a large revenue workbook, and a month's roll-up over the national data set.

    .venv/bin/python benchmarks/finance/run.py [--lines 50000] [--scale 1.0] [--runs 5] [--skip-national]

1. Import. Writes an XLSX workbook of `--lines` revenue budget lines (a Revenue sheet: every policing
   body in the reference data, twelve months each, its lines in the monitoring groups and a printed
   total per statement), then in the same run:
     - openpyxl's own read-only load of that file, every row read (`values_only`): the floor;
       (wall and CPU seconds of this process are both reported: on a shared machine the CPU ratio
       moves less with the other processes' load)
     - `concord.services.spreadsheets.book.import_path` into a fresh SQLite register (schema and
       reference data made beforehand, not timed): reading, every check, the writes, the casting of
       each statement's totals and the commit.
   Target (issue 14): the import in at most 10 s; the ratio to openpyxl's load is reported.
2. National roll-up. Loads the core benchmark's national register (`benchmarks/core/generate.py`,
   1,000,000 budget lines in 5,160 monthly statements at scale 1.0) into another fresh SQLite file
   and times `concord.services.revenue.national` (every body's statement of a month added up by group
   and by body) and `revenue.statement` (one body's month rolled up in Python) over `--runs` runs.
   Target: a month's roll-up in at most 1 s (the median).

Results are printed and written to benchmarks/out/finance/results.json; exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "benchmarks" / "out" / "finance"
sys.path.insert(0, str(ROOT))

GROUPS = ("employees", "pensions", "premises", "transport", "supplies", "income", "collaboration", "holding")
HEADER = ("Body", "Year", "Month", "Group", "Heading", "Line", "Total", "Full-year budget", "YTD budget", "Actual",
          "Full-year forecast", "Statement", "Unit")


def write_workbook(path: Path, bodies: list[str], lines: int, year: int = 2016) -> int:
    """A Revenue sheet of exactly `lines` budget lines (printed totals besides); returns the rows written."""
    import random

    import openpyxl

    rng = random.Random(20161216)
    statements = [(b, m) for b in bodies for m in range(1, 13)]
    per, extra = divmod(lines, len(statements))
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Revenue")
    ws.append(HEADER)
    rows = 0
    for i, (body, month) in enumerate(statements):
        n = per + (1 if i < extra else 0)
        sums = [0, 0, 0, 0]
        for k in range(n):
            group = GROUPS[k % len(GROUPS)]
            sign = -1 if group == "income" else 1
            fyb = sign * rng.randrange(1_000_00, 4_000_000_00)
            ytd = fyb * month // 12
            actual = ytd + rng.randrange(-ytd // 10 if ytd > 0 else ytd // 10, abs(ytd) // 10 + 1) if ytd else 0
            forecast = fyb + rng.randrange(-abs(fyb) // 20, abs(fyb) // 20 + 1)
            figures = [fyb, ytd, actual, forecast]
            sums = [a + b for a, b in zip(sums, figures)]
            ws.append((body, f"{year}/{(year + 1) % 100:02d}", month, group, None, f"Cost centre {k + 1:04d}", None,
                       *(f / 100 for f in figures), None, "GBP"))
            rows += 1
        ws.append((body, f"{year}/{(year + 1) % 100:02d}", month, None, None, "Net budget requirement", "yes",
                   *(s / 100 for s in sums), None, "GBP"))
    wb.save(path)
    return rows


def openpyxl_floor(path: Path) -> tuple[float, int, float]:
    """openpyxl's read-only load of the file, every row read: wall seconds, rows, CPU seconds of this process."""
    import openpyxl

    t0, c0 = time.perf_counter(), time.process_time()
    wb = openpyxl.load_workbook(path, read_only=True)
    n = sum(1 for _ in wb["Revenue"].iter_rows(values_only=True))
    wb.close()
    return time.perf_counter() - t0, n, time.process_time() - c0


def import_bench(work: Path, lines: int) -> dict:
    from concord.services import database
    from concord.services.context import reading, system_actor, unit_of_work
    from concord.services.revenue import months
    from concord.services.spreadsheets import book
    from concord.store.db import Store

    store = Store(f"sqlite:///{work / 'import.db'}", actor="benchmark")
    database.init(store)
    with store.engine.connect() as conn:
        import sqlalchemy as sa

        bodies = [r[0] for r in conn.execute(sa.text("SELECT slug FROM policing_body ORDER BY slug"))]
    path = work / "revenue-50k.xlsx"
    t0 = time.perf_counter()
    written = write_workbook(path, bodies, lines)
    t_write = time.perf_counter() - t0
    floor, n_rows, floor_cpu = openpyxl_floor(path)
    actor = system_actor("benchmark")
    t0, c0 = time.perf_counter(), time.process_time()
    with unit_of_work(store, actor) as ctx:
        report = book.import_path(ctx, str(path))
    t_import, c_import = time.perf_counter() - t0, time.process_time() - c0
    with reading(store, actor) as ctx:
        stored = sum(s.lines for s in months(ctx))
    store.dispose()
    return {"lines": written, "rows_with_totals": n_rows - 1, "bodies": len(bodies), "statements": len(bodies) * 12,
            "file_mb": round(path.stat().st_size / 1e6, 2), "write_seconds": round(t_write, 2),
            "openpyxl_read_only_seconds": round(floor, 3), "import_seconds": round(t_import, 3),
            "ratio": round(t_import / floor, 2), "openpyxl_cpu_seconds": round(floor_cpu, 3),
            "import_cpu_seconds": round(c_import, 3), "cpu_ratio": round(c_import / floor_cpu, 2),
            "stored_lines": stored, "statements_recorded": len(report.done),
            "target_seconds": 10, "met": t_import <= 10}


def national_bench(work: Path, scale: float, runs: int) -> dict:
    sys.path.insert(0, str(ROOT / "benchmarks" / "core"))
    import generate  # the core benchmark's national register

    from concord.services import revenue
    from concord.services.context import reading, system_actor
    from concord.store.db import Store

    url = f"sqlite:///{work / 'national.db'}"
    t0 = time.perf_counter()
    loaded = generate.load(url, scale=scale)
    t_load = time.perf_counter() - t0
    store = Store(url, actor="benchmark")
    actor = system_actor("benchmark")
    year, month = 2024, 6
    national, one = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        with reading(store, actor) as ctx:
            r = revenue.national(ctx, year, month)
        national.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with reading(store, actor) as ctx:
            st = revenue.statement(ctx, r.bodies[0].body, year, month)
        one.append(time.perf_counter() - t0)
    store.dispose()
    median = statistics.median(national)
    return {"budget_lines": loaded["rows"].get("budget_line"), "load_seconds": round(t_load, 1),
            "month": f"{year}/{(year + 1) % 100:02d} month {month}", "bodies": len(r.bodies),
            "national_seconds": [round(x, 3) for x in national], "national_median": round(median, 3),
            "statement_lines": len(st.lines), "statement_seconds": [round(x, 3) for x in one],
            "statement_median": round(statistics.median(one), 3), "target_seconds": 1, "met": median <= 1}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=50_000)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-national", action="store_true")
    args = ap.parse_args()
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "load_average": [round(x, 1) for x in os.getloadavg()],
                                 "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}}
    with tempfile.TemporaryDirectory(prefix="concord-finance-bench-") as tmp:
        work = Path(tmp)
        results["import"] = imp = import_bench(work, args.lines)
        print(f"import: {imp['lines']:,} lines ({imp['statements']} statements, {imp['file_mb']} MB): "
              f"openpyxl read-only load {imp['openpyxl_read_only_seconds']} s, Concord import "
              f"{imp['import_seconds']} s (ratio {imp['ratio']}; CPU {imp['openpyxl_cpu_seconds']} s against "
              f"{imp['import_cpu_seconds']} s, ratio {imp['cpu_ratio']}), target <= 10 s: "
              f"{'met' if imp['met'] else 'MISSED'}")
        if not args.skip_national:
            results["national"] = nat = national_bench(work, args.scale, args.runs)
            print(f"national roll-up over {nat['budget_lines']:,} budget lines, {nat['month']} ({nat['bodies']} "
                  f"bodies): median {nat['national_median']} s {nat['national_seconds']}; one body's statement "
                  f"({nat['statement_lines']} lines) median {nat['statement_median']} s; target <= 1 s: "
                  f"{'met' if nat['met'] else 'MISSED'}")
    results["machine"]["load_average_after"] = [round(x, 1) for x in os.getloadavg()]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2))
    return 0 if all(r.get("met", True) for r in results.values() if isinstance(r, dict)) else 1


if __name__ == "__main__":
    sys.exit(main())
