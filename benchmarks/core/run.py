"""Core benchmark: generate and load a national register, then time `concord check` over it.

    .venv/bin/python benchmarks/core/run.py [--url URL] [--keep] [--scale S] [--runs N]

Without --url it loads into a fresh SQLite file, benchmarks/out/core/concord-bench.db
(deleted afterwards unless --keep). With --url postgresql+psycopg://... it loads into
that database, which must hold no benchmark data yet (figures reported, no target).

Targets (issue 2, on a 2-core machine):
  generate + load on SQLite            <= 60 s
  `concord check --as-of D --json`     <= 2 s wall and <= 500 MB peak RSS

`concord check` runs as a subprocess (.venv/bin/concord) several times; each run's
wall time comes from the clock and its peak RSS from os.wait4's rusage. The
median wall time and the largest peak RSS are held against the targets. A
`concord --help` run gives the start-up cost (interpreter and imports) for scale.
Results are written to benchmarks/out/core/results.json. Exit status 1 when a
target is missed or the check could not run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "benchmarks" / "out" / "core"
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (benchmarks/core/generate.py)

LOAD_TARGET_S = 60.0
CHECK_TARGET_S = 2.0
CHECK_TARGET_MB = 500.0
#: what the check reports for each problem the generator seeds
KINDS = ("agreement_review", "agreement_expiry", "earliest_exit", "action_overdue",
         "decision_notice_gap", "paper_late", "total_does_not_cast", "minutes_not_approved")


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "ram_gb": mem_gb, "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "load_average": [round(x, 2) for x in os.getloadavg()],
        "date": dt.datetime.now().isoformat(timespec="seconds"),
    }


def concord_bin() -> str:
    here = Path(sys.executable).with_name("concord")
    if here.exists():
        return str(here)
    venv = ROOT / ".venv" / "bin" / "concord"
    return str(venv) if venv.exists() else "concord"


TIME = "/usr/bin/time"


def timed(cmd: list[str], env: dict, stdout_path: Path) -> dict:
    """Run a command; wall seconds, peak RSS (MB), exit code, stderr tail.

    Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when installed: it is
    a small C process, so the figure is the command's own. Otherwise from
    os.wait4's rusage, where Linux starts the child's high-water mark at the
    RSS of the process that spawned it (this script, kept small by loading
    in a subprocess), so the figure may be slightly high, never low.
    """
    use_time = os.access(TIME, os.X_OK)
    rss_file = stdout_path.with_suffix(".rss")
    full = [TIME, "-f", "%M", "-o", str(rss_file), *cmd] if use_time else cmd
    with open(stdout_path, "wb") as out:
        t0 = time.perf_counter()
        p = subprocess.Popen(full, env=env, stdout=out, stderr=subprocess.PIPE)
        err = p.stderr.read()
        _pid, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)  # tell Popen it has been reaped
    rss_kb = usage.ru_maxrss
    if use_time:
        try:
            rss_kb = int(rss_file.read_text().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return {"seconds": round(wall, 3), "peak_rss_mb": round(rss_kb / 1024, 1), "exit": p.returncode,
            "rss_source": "GNU time" if use_time else "wait4", "stderr": err.decode(errors="replace")[-2000:]}


def fresh_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="database URL (default: a fresh SQLite file under benchmarks/out/core)")
    ap.add_argument("--keep", action="store_true", help="keep the SQLite file afterwards")
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the national data set (0 < S <= 1)")
    ap.add_argument("--runs", type=int, default=5, help="how many times to run `concord check`")
    ap.add_argument("--as-of", default=generate.AS_OF.isoformat(), help="date given to `concord check --as-of`")
    ap.add_argument("--within", type=int, default=90, help="days given to `concord check --within`")
    ap.add_argument("--no-bytecode-cache", action="store_true",
                    help="run the check as the environment says (e.g. PYTHONDONTWRITEBYTECODE) instead of cached")
    ap.add_argument("--skip-load", action="store_true", help="reuse the database at --url (or the kept file)")
    args = ap.parse_args(argv)

    OUT.mkdir(parents=True, exist_ok=True)
    own_file = args.url is None
    db_file = OUT / "concord-bench.db"
    url = args.url or f"sqlite:///{db_file}"
    backend = "postgresql" if url.startswith("postgres") else "sqlite" if url.startswith("sqlite") else url.split(":")[0]
    info = machine()
    print(f"Machine: {info['nproc']} CPUs ({info['cpu']}), {info['ram_gb']} GB RAM, Python {info['python']}, "
          f"SQLite {info['sqlite']}; load average {info['load_average']}; {info['date']}")
    results: dict = {"machine": info, "url": _hide_password(url), "backend": backend, "scale": args.scale}

    # 1. generate and load
    if not args.skip_load:
        if own_file:
            fresh_sqlite(db_file)
        print(f"Generating and loading (scale {args.scale}) into {_hide_password(url)} ...")
        # in a subprocess: the timing includes start-up, and this process stays small (see timed())
        load_json = OUT / "load.json"
        load_json.unlink(missing_ok=True)
        t0 = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / "generate.py"), "--url", url, "--scale", str(args.scale),
                                "--json", str(load_json)])
        wall = time.perf_counter() - t0
        if code != 0 or not load_json.exists():
            print(f"generate/load failed (exit {code})")
            return 1
        loaded = json.loads(load_json.read_text())
        loaded["wall_seconds"] = round(wall, 3)
        results["load"] = loaded
        if backend == "sqlite":
            path = url.split("///", 1)[-1]
            if os.path.exists(path):
                results["load"]["file_mb"] = round(os.path.getsize(path) / 1e6, 1)
    else:
        results["load"] = None

    # 2. concord check, as a subprocess, several times
    env = dict(os.environ, CONCORD_DATABASE_URL=url)
    if not args.no_bytecode_cache:
        # as deployed: compiled bytecode is cached (here outside the source tree), even
        # where the environment sets PYTHONDONTWRITEBYTECODE
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    results["bytecode_cache"] = not args.no_bytecode_cache
    exe = concord_bin()
    startup = timed([exe, "--help"], env, OUT / "help.txt")
    results["startup"] = startup
    # the fixed cost: the same check over an empty register (schema and reference data only)
    empty_file = OUT / "concord-empty.db"
    fresh_sqlite(empty_file)
    empty_url = f"sqlite:///{empty_file}"
    subprocess.check_call([sys.executable, "-c", "import sys; from concord.services import database; "
                           "database.init(database.open_store(sys.argv[1], require_schema=False))", empty_url])
    empty_env = dict(env, CONCORD_DATABASE_URL=empty_url)
    empty_cmd = [exe, "check", "--as-of", args.as_of, "--json"]
    timed(empty_cmd, empty_env, OUT / "check-empty.json")  # warm the bytecode cache
    empty_runs = [timed(empty_cmd, empty_env, OUT / "check-empty.json") for _ in range(3)]
    fresh_sqlite(empty_file)
    results["check_empty"] = empty_runs
    cmd = [exe, "check", "--as-of", args.as_of, "--within", str(args.within), "--json"]
    runs = []
    out_json = OUT / "check.json"
    print(f"Running {' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))} {args.runs} times ...")
    for i in range(args.runs):
        r = timed(cmd, env, out_json)
        runs.append(r)
        print(f"  run {i + 1}: {r['seconds']:.2f} s, peak RSS {r['peak_rss_mb']:.0f} MB, exit {r['exit']}", flush=True)
        if r["exit"] != 0:
            break
    results["check"] = {"command": " ".join(["concord", *cmd[1:]]), "runs": runs}
    check_ok = bool(runs) and all(r["exit"] == 0 for r in runs)
    found: Counter = Counter()
    if check_ok:
        try:
            doc = json.loads(out_json.read_text())
            found = Counter(f["kind"] for f in doc["findings"])
            results["check"]["findings"] = dict(found)
        except (ValueError, KeyError) as exc:
            check_ok = False
            runs[-1]["stderr"] += f"\nunreadable JSON output: {exc}"
    else:
        print("\n`concord check` did not run cleanly (pending or broken); its last stderr:\n"
              + (runs[-1]["stderr"] if runs else "") )

    # where the check's time goes, in-process (best effort: the sections are the service's own functions)
    results["check_sections"] = sections(env, args.as_of, args.within) if check_ok else None
    if results["check_sections"]:
        print("check sections in-process (s): " + ", ".join(f"{k} {v}" for k, v in results["check_sections"].items()))

    # 3. the table
    rows: list[tuple[str, str, str, str]] = []
    ok = True
    if results["load"]:
        secs = results["load"]["wall_seconds"]
        passed = secs <= LOAD_TARGET_S if backend == "sqlite" else None
        ok &= passed is not False
        rows.append((f"generate + load ({backend}, scale {args.scale}; wall, incl. start-up and schema)", f"{secs:.1f} s",
                     f"<= {LOAD_TARGET_S:.0f} s" if backend == "sqlite" else "(report only)", _mark(passed)))
    rows.append(("`concord --help` (start-up only)", f"{startup['seconds']:.2f} s, {startup['peak_rss_mb']:.0f} MB",
                 "", ""))
    if all(r["exit"] == 0 for r in empty_runs):
        e = statistics.median(r["seconds"] for r in empty_runs)
        rows.append(("`concord check` over an EMPTY register (fixed cost), median of 3",
                     f"{e:.2f} s, {max(r['peak_rss_mb'] for r in empty_runs):.0f} MB", "", ""))
    if check_ok:
        walls = [r["seconds"] for r in runs]
        med, worst = statistics.median(walls), max(walls)
        rss = max(r["peak_rss_mb"] for r in runs)
        target = backend == "sqlite" and args.scale == 1.0
        p_time = med <= CHECK_TARGET_S if target else None
        p_mem = rss <= CHECK_TARGET_MB if target else None
        ok &= p_time is not False and p_mem is not False
        results["check"].update(median_seconds=med, max_seconds=worst, min_seconds=min(walls), peak_rss_mb=rss,
                                passed_time=p_time, passed_memory=p_mem)
        rows.append((f"`concord check` wall, median of {len(walls)} (min {min(walls):.2f}, max {worst:.2f})",
                     f"{med:.2f} s", f"<= {CHECK_TARGET_S:.0f} s" if target else "(report only)", _mark(p_time)))
        rows.append(("`concord check` peak RSS (largest run)", f"{rss:.0f} MB",
                     f"<= {CHECK_TARGET_MB:.0f} MB" if target else "(report only)", _mark(p_mem)))
    else:
        ok = False
        rows.append(("`concord check`", "pending: did not run", f"<= {CHECK_TARGET_S:.0f} s, <= {CHECK_TARGET_MB:.0f} MB",
                     "PENDING"))
    print()
    print("| Measure | Figure | Target | Result |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")

    if results["load"]:
        print("\nRows loaded: " + ", ".join(f"{k} {v:,}" for k, v in results["load"]["rows"].items()))
    if check_ok and results["load"]:
        exp = results["load"]["expected"]
        print("\n| Finding kind | Seeded | Reported |")
        print("|---|---|---|")
        for k in KINDS:
            print(f"| {k} | {exp.get(k, 0):,} | {found.get(k, 0):,} |")
        extra = set(found) - set(KINDS)
        for k in sorted(extra):
            print(f"| {k} | 0 | {found[k]:,} |")
        results["check"]["seeded"] = {k: exp.get(k, 0) for k in KINDS}
        mismatched = [k for k in KINDS if exp.get(k, 0) != found.get(k, 0)]
        if mismatched:
            print(f"\nNote: reported counts differ from the seeded ones for {', '.join(mismatched)}")
    (OUT / "results.json").write_text(json.dumps(results, indent=2, default=str))
    print(f"\nResults: {OUT / 'results.json'}")

    if own_file and not args.keep:
        fresh_sqlite(db_file)
    return 0 if ok else 1


_SECTIONS = r"""
import json, sys, time, datetime as dt
t0 = time.perf_counter()
import sqlalchemy
t1 = time.perf_counter()
from concord.store.db import Store
from concord.services import check
t2 = time.perf_counter()
from concord.domain import calendar
calendar.latest_dispatch_date(dt.date(2020, 5, 11))
t3 = time.perf_counter()
out = {"import sqlalchemy": t1 - t0, "import check": t2 - t1, "first bank-holiday table": t3 - t2}
as_of = dt.date.fromisoformat(sys.argv[1]); horizon = as_of + dt.timedelta(days=int(sys.argv[2]))
store = Store()
calls = {"_agreement_findings": (as_of, horizon), "_withdrawal_findings": (as_of, horizon),
         "_overdue_actions": (as_of,), "_numbering_findings": (), "_late_papers": (), "_casting_findings": ()}
with store.engine.connect() as s:  # the check reads with Core, as run_check does
    for name, extra in calls.items():
        fn = getattr(check, name, None)
        if fn is None:
            continue
        t = time.perf_counter()
        try:
            fn(s, *extra)
        except Exception as exc:
            out[name] = repr(exc)
            continue
        out[name] = time.perf_counter() - t
print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}))
"""


def sections(env: dict, as_of: str, within: int) -> dict | None:
    try:
        out = subprocess.run([sys.executable, "-c", _SECTIONS, as_of, str(within)], env=env,
                             capture_output=True, text=True, timeout=300)
        return json.loads(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else None
    except (subprocess.SubprocessError, ValueError, IndexError):
        return None


def _mark(passed: bool | None) -> str:
    return "" if passed is None else ("pass" if passed else "FAIL")


def _hide_password(url: str) -> str:
    try:
        import sqlalchemy as sa

        return sa.make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return url


if __name__ == "__main__":
    sys.exit(main())
