"""Import memory benchmark: peak RSS of `concord import` on a 300,000-row export.

    .venv/bin/python benchmarks/transfer/import_memory.py [--rows N] [--url URL] [--keep]

Makes a register with `concord init`, exports it, and writes a large export
from it (benchmarks/out/transfer/big.json, git-ignored): financial tables of
revenue budget lines, each line with the audit record of its insertion, as
a real export of a large register holds them — by default 300,000 rows, about
178 MB. Then imports it with the real command into a fresh database (SQLite
unless --url names another, which must be empty), as a subprocess; wall time
from the clock, peak RSS from os.wait4's rusage.

Target (issue 10): peak RSS under 300 MB for 300,000 rows (~178 MB).
Exit status 1 when the target is missed or the import fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "benchmarks" / "out" / "transfer"
CONCORD = Path(sys.executable).with_name("concord")
TARGET_MB = 300
LINES_PER_TABLE = 100
LABELS = ("Police Officer Pay & Allowances", "Police Staff Pay & Allowances", "Premises Related Expenditure",
          "Transport Related Expenditure", "Supplies & Services", "Third Party Payments", "Capital Financing",
          "Income from Fees, Charges & Partnerships")


def _run(url: str, *args: str) -> None:
    done = subprocess.run([str(CONCORD), *args], env={**os.environ, "CONCORD_DATABASE_URL": url},
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"concord {' '.join(args)} failed: {done.stderr}")


def _budget_line(i: int, table_id: int) -> dict:
    base = 1_000_000 + (i * 7919) % 9_000_000
    return {"actual": f"{base // 2}.{i % 100:02d}", "forecast": f"{base + 1234}.00", "full_year_budget": f"{base}.00",
            "id": i, "is_total": False,
            "label": f"{LABELS[i % len(LABELS)]} — cost centre {i:06d}, division {table_id} "
                     "(recharged monthly in arrears to the partner forces by NRE share)",
            "position": (i - 1) % LINES_PER_TABLE + 1, "section": f"Section {(i // 10) % 5 + 1}",
            "table_id": table_id, "version": 1, "ytd_budget": f"{base // 2 + 500}.00"}


def _audit(i: int, line: dict, at: str) -> dict:
    """The audit of a change to the line's figures, as month-end monitoring writes them."""
    changed = ("actual", "forecast", "ytd_budget")
    before = {k: str(int(float(line[k])) - 1000 - i % 97) for k in changed}
    before["label"] = line["label"].replace("cost centre", "cost center")
    after = {**{k: line[k] for k in changed}, "label": line["label"]}
    return {"action": "update", "actor": "Finance Officer <finance@example.org>", "after": after, "at": at,
            "before": before, "entity": "budget_line", "entity_id": str(i), "id": 1_000_000 + i,
            "imported_in": None}


def write_big(base: Path, out: Path, rows: int) -> int:
    """The base export with `rows` more rows (half budget lines, half their audit); returns its size."""
    doc = json.loads(base.read_text())
    lines = rows // 2
    tables_n = -(-lines // LINES_PER_TABLE)
    body = doc["tables"]["policing_body"][0]["id"]
    at = "2025-01-15T09:30:00+00:00"
    with out.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({k: doc[k] for k in ("format", "version", "kind", "schema")})[:-1] + ',\n "tables": {')
        for n, (name, existing) in enumerate(doc["tables"].items()):
            fh.write(("," if n else "") + f"\n  {json.dumps(name)}: [")
            first = True

            def put(row: dict) -> None:
                nonlocal first
                fh.write(("" if first else ",") + "\n   " + json.dumps(row, ensure_ascii=False, sort_keys=True))
                first = False

            for row in existing:
                put(row)
            if name == "financial_table":
                for t in range(1, tables_n + 1):
                    put({"alliance_id": None, "approved_on": None, "cast_problems": None, "casts": None,
                         "financial_year": 2016 + t % 8, "held_until_approved": False, "id": t, "kind": "revenue",
                         "legacy_marking": None, "marking": "OFFICIAL", "owner_id": None, "paper_id": None,
                         "period": t % 12 + 1, "policing_body_id": body,
                         "title": f"Revenue monitoring, division {t}", "unit": "GBP", "version": 1})
            elif name == "budget_line":
                for i in range(1, lines + 1):
                    put(_budget_line(i, (i - 1) // LINES_PER_TABLE + 1))
            elif name == "audit_record":
                for i in range(1, rows - lines + 1):
                    put(_audit(i, _budget_line(i, (i - 1) // LINES_PER_TABLE + 1), at))
            fh.write("\n  ]")
        fh.write("\n }\n}\n")
    return out.stat().st_size


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--url", help="database to import into (empty); default a fresh SQLite file")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.db*"):
        old.unlink()
    base_url = f"sqlite:///{OUT / 'base.db'}"
    _run(base_url, "init")
    _run(base_url, "export", "--out", str(OUT / "base.json"))
    big = OUT / "big.json"
    size = write_big(OUT / "base.json", big, args.rows)
    url = args.url or f"sqlite:///{OUT / 'import.db'}"
    started = time.monotonic()
    proc = subprocess.Popen([str(CONCORD), "import", str(big)], env={**os.environ, "CONCORD_DATABASE_URL": url},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    out, err = proc.stdout.read().decode(), proc.stderr.read().decode()  # type: ignore[union-attr]
    peak_mb = usage.ru_maxrss / 1024
    code = os.waitstatus_to_exitcode(status)
    result = {"rows_added": args.rows, "file_mb": round(size / 1e6, 1), "exit": code, "wall_s": round(wall, 1),
              "peak_rss_mb": round(peak_mb), "target_mb": TARGET_MB, "backend": url.split(":")[0],
              "machine": f"{os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()}",
              "load_average": os.getloadavg()[0], "run_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="minutes")}
    (OUT / "results.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    print(out.strip(), err.strip()[-500:], sep="\n")
    if not args.keep:
        big.unlink(missing_ok=True)
    return 0 if code == 0 and peak_mb < TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
