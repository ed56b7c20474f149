"""How long one `concord ingest PAPER --json` takes in a fresh process: the wait of a user who reads one paper, and
the cost of every test that drives the real command.

    python benchmarks/ingest/startup.py [--runs 15] [--against DIR]

Each run starts a new Python process on one short paper (a page of minutes written here) and times it to its exit;
``concord --help`` is timed the same way as the floor (Python, the CLI and its options, no ingestion). With
``--against DIR`` (another checkout of Concord, e.g. a worktree of an earlier commit) the two trees are run
alternately, run for run, so that both see the same load; the figure to read is the ratio of their medians.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# the installed `concord` command's entry point, run by this Python
CONCORD = [sys.executable, "-P", "-c", "import sys; from concord.cli import main; sys.argv[0] = 'concord'; sys.exit(main())"]

MINUTES = """Minutes of the Joint Audit Committee
Held on 14 March 2024 at 10.00am, Police Headquarters, Anytown

Present: Ms A Jones (Chair), Mr B Smith, Dr C Patel
In attendance: Ms D Evans, Chief Finance Officer
Apologies: Mr E Hughes

1. Apologies for absence
Apologies were received from Mr E Hughes.

2. Minutes of the last meeting
The minutes of the meeting held on 12 December 2023 were agreed.

3. Internal audit progress report
The Committee noted the report.
"""


def _time(cmd: list[str], tree: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    t = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=tempfile.gettempdir())
    took = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed in {tree}: {done.stderr.strip()[-500:]}")
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--against", type=Path, help="another checkout of Concord, run alternately with this one")
    args = ap.parse_args()
    trees = {"this tree": ROOT} | ({"against": args.against.resolve()} if args.against else {})
    with tempfile.TemporaryDirectory() as d:
        paper = Path(d) / "minutes.txt"
        paper.write_text(MINUTES, encoding="utf-8")
        # -P: the tree named by PYTHONPATH is the code run, not the working directory's
        ingest = [*CONCORD, "ingest", str(paper), "--json"]
        floor = [*CONCORD, "--help"]
        times: dict[str, dict[str, list[float]]] = {name: {"ingest": [], "floor": []} for name in trees}
        for name, tree in trees.items():  # once each, untimed: the file cache warm for both
            _time(ingest, tree)
        for _ in range(args.runs):
            for name, tree in trees.items():
                times[name]["ingest"].append(_time(ingest, tree))
                times[name]["floor"].append(_time(floor, tree))
    rows = [f"| {name} | {statistics.median(t['ingest']):.2f} s | {statistics.median(t['floor']):.2f} s |"
            for name, t in times.items()]
    print(f"One paper read by `concord ingest --json` in a fresh process, median of {args.runs} runs, "
          f"{dt.date.today()}, {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print("| tree | ingest one paper | `concord --help` |\n|---|---:|---:|")
    print("\n".join(rows))
    if args.against:
        ratio = statistics.median(times["this tree"]["ingest"]) / statistics.median(times["against"]["ingest"])
        print(f"\nthis tree / against: {ratio:.2f}")


if __name__ == "__main__":
    main()
