"""Legacy Word papers: what reading a folder of .doc files costs, against the same papers as DOCX.

    python benchmarks/ingest/legacy_word.py [--papers 80] [--jobs 2]

1. Makes N board papers as DOCX (python-docx: a report with a budget table, or panel minutes) and has LibreOffice
   save each as Word 97–2003 (.doc), in one run (set-up, not timed).
2. Times ``concord ingest DIR --json --jobs N`` on the DOCX folder and on the .doc folder, alternately, twice each:
   the difference is what converting costs, LibreOffice started once a format for each chunk of 40 papers.
3. Times LibreOffice started once a paper (what reading a .doc alone costs, as the first version did) on a sample of
   ten, and scales it to N.

Prints a Markdown table for docs/benchmarks.md. Needs LibreOffice (scripts/ensure-libreoffice.sh).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx


def _paper(path: Path, n: int) -> None:
    d = docx.Document()
    if n % 2:
        for line in ("Report to the Joint Chief Officer Board", f"Date: {1 + n % 28} March 2025",
                     "Report of: Chief Finance Officer", f"Subject: Revenue budget monitoring, period {n}",
                     "Revenue budget (£000)"):
            d.add_paragraph(line)
        table = d.add_table(rows=12, cols=4)
        for i in range(12):
            row = ["", "Budget", "Forecast", "Variance"] if i == 0 else \
                [f"Line {i}", f"{1000 + 37 * i + n:,}", f"{1010 + 41 * i + n:,}", f"{10 + 4 * i}"]
            for j, value in enumerate(row):
                table.cell(i, j).text = value
        d.add_paragraph("Recommendation")
        d.add_paragraph("The Board is recommended to note the forecast.")
    else:
        for line in ("Northshire Police and Crime Panel",
                     f"Minutes of the meeting held on {1 + n % 28} March 2024 at 10.00 am at County Hall, Northtown",
                     "Present: Councillor Ann Able (Chair), Councillor Bob Baker, Mr Carl Cole",
                     "Apologies: Councillor Dan Dyer", *[f"{k}. Item {k}\nThe Panel noted the report." for k in range(1, 9)]):
            d.add_paragraph(line)
    d.save(str(path))


def _ingest(folder: Path, jobs: int) -> float:
    start = time.perf_counter()
    ran = subprocess.run([sys.executable, "-m", "concord.ingest", str(folder), "--json", "--jobs", str(jobs)],
                         capture_output=True, check=True)
    took = time.perf_counter() - start
    out = json.loads(ran.stdout)
    assert not out["errors"] and len(out["documents"]) == len(list(folder.iterdir())), out["errors"]
    return took


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--papers", type=int, default=80)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("LibreOffice is not installed: scripts/ensure-libreoffice.sh")
    with tempfile.TemporaryDirectory(prefix="concord-bench-doc-") as tmp:
        root = Path(tmp)
        (root / "docx").mkdir()
        for n in range(args.papers):
            _paper(root / "docx" / f"paper{n:03}.docx", n)
        profile = f"-env:UserInstallation={(root / 'profile').as_uri()}"
        subprocess.run([soffice, profile, "--headless", "--convert-to", "doc:MS Word 97", "--outdir", str(root / "doc"),
                        *map(str, sorted((root / "docx").iterdir()))], check=True, capture_output=True)
        times: dict[str, list[float]] = {"docx": [], "doc": []}
        for _ in range(2):
            for kind in ("docx", "doc"):
                times[kind].append(_ingest(root / kind, args.jobs))
        sample = sorted((root / "doc").iterdir())[:10]
        start = time.perf_counter()
        for paper in sample:  # one start of LibreOffice a paper
            subprocess.run([soffice, profile, "--headless", "--convert-to", "docx", "--outdir", str(root / "alone"),
                            str(paper)], check=True, capture_output=True)
        alone = (time.perf_counter() - start) / len(sample)
    docx_s, doc_s = min(times["docx"]), min(times["doc"])
    print(f"Legacy Word papers, {dt.date.today()}, {platform.node()} ({os.cpu_count()} cores), "
          f"{args.papers} papers, --jobs {args.jobs}, best of two:\n")
    print("| | seconds | per paper |\n|---|---:|---:|")
    print(f"| the papers as DOCX, `concord ingest` | {docx_s:.1f} | {docx_s / args.papers:.3f} |")
    print(f"| the same papers as .doc, `concord ingest` | {doc_s:.1f} | {doc_s / args.papers:.3f} |")
    print(f"| converting, the difference | {doc_s - docx_s:.1f} | {(doc_s - docx_s) / args.papers:.3f} |")
    print(f"| LibreOffice started once a paper (10 timed, scaled) | {alone * args.papers:.1f} | {alone:.3f} |")


if __name__ == "__main__":
    main()
