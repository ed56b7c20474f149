"""``python -m concord.ingest PATH... [--json] [--jobs N]``: try ingestion before the CLI wires it."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from concord.ingest.pipeline import run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m concord.ingest", description=__doc__)
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--json", action="store_true", help="print the extraction JSON to standard output")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()

    def progress(i: int, n: int, name: str) -> None:
        if not args.json or sys.stderr.isatty():
            print(f"\r[{i}/{n}] {name[:60]:<60}", end="", file=sys.stderr, flush=True)

    result = run(args.paths, jobs=args.jobs, on_progress=progress)
    secs = time.perf_counter() - t0
    print(file=sys.stderr)
    if args.json:
        json.dump(result.as_json(), sys.stdout, indent=2, ensure_ascii=False, default=str)
        print()
    else:
        out = result.as_json()
        for key in ("documents", "decision_notices", "reports", "meetings", "actions", "agreements",
                    "projects", "tables"):
            print(f"{key:>17}: {len(out[key])}")
    for e in result.errors:
        print(f"error: {e.source}: {e.reason}", file=sys.stderr)
    print(f"{result.pages} pages in {secs:.2f} s ({result.pages / max(secs, 1e-9):.0f} pages/s); "
          f"{len(result.errors)} file(s) not read", file=sys.stderr)
    return 1 if result.errors and not result.records.get("documents") else 0


if __name__ == "__main__":
    sys.exit(main())
