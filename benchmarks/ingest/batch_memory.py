"""Peak memory of one ingest batch that holds hostile files.

    python benchmarks/ingest/batch_memory.py [--papers 49] [--jobs 1 2] [--markdown docs/benchmarks.md]

Builds a folder (under benchmarks/out/batch, git-ignored) of 49 synthetic
papers (`devtools.ingest.synth`, seed 1) and 20 hostile files: a dangling
link, a link loop (two links), a FIFO named .txt, links out of the folder
to a system file and to a folder, an empty file, junk and truncated PDFs,
a zip bomb named .docx, a 95 MB text file, a 120 MB file over the size
limit, a 40 MB text file on one line, deeply nested HTML, a UTF-16 paper,
a 94 MB scanned PDF of noise, a 120-page PDF without a text layer (OCR
budget), a 2,000-page PDF, text named .docx and a legacy .doc.

Then runs `concord init` and `concord ingest FOLDER --jobs N` into a fresh
SQLite file, as a user would, and samples the resident memory of the
whole process tree (the command and its worker processes, summed) every
20 ms from /proc. Reports the peak, the wall time, the exit status, what
was stored and how many files were named as skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "benchmarks" / "out" / "batch"
CONCORD = Path(sys.executable).with_name("concord")
sys.path.insert(0, str(ROOT))

LIMIT_MB = 300
SECTION = "## Ingest batch memory"


def build(papers: int) -> tuple[Path, int, int]:
    from devtools.ingest.synth import generate

    if OUT.exists():
        shutil.rmtree(OUT)
    folder, outside = OUT / "folder", OUT / "outside"
    generate(OUT / "synth", papers=papers, seed=1)
    folder.mkdir(parents=True)
    outside.mkdir()
    docs = sorted(p for p in (OUT / "synth").iterdir() if p.suffix in (".pdf", ".docx", ".html", ".txt"))[:papers]
    for p in docs:
        shutil.copy(p, folder / p.name)
    hostile = _hostile(folder, outside, docs)
    return folder, len(docs), hostile


def _hostile(folder: Path, outside: Path, docs: list[Path]) -> int:
    before = len(list(folder.iterdir()))
    (folder / "h01-dangling.txt").symlink_to(OUT / "gone.txt")
    (folder / "h02-loop-a.txt").symlink_to(folder / "h03-loop-b.txt")
    (folder / "h03-loop-b.txt").symlink_to(folder / "h02-loop-a.txt")
    os.mkfifo(folder / "h04-pipe.txt")
    (folder / "h05-escape.txt").symlink_to("/etc/passwd")
    (folder / "h06-elsewhere").symlink_to(outside, target_is_directory=True)
    (outside / "private.txt").write_text("To: Board\nFrom: Someone\n\nNOT FOR THIS FOLDER\n")
    (folder / "h07-empty.txt").write_bytes(b"")
    (folder / "h08-junk.pdf").write_bytes(os.urandom(200_000))
    pdf = next(p for p in docs if p.suffix == ".pdf")
    (folder / "h09-truncated.pdf").write_bytes(pdf.read_bytes()[: pdf.stat().st_size // 2])
    with zipfile.ZipFile(folder / "h10-bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * 300_000_000)
    line = "The Board is asked to note the collaboration programme and its savings. " * 8 + "\n"
    with (folder / "h11-big.txt").open("w") as fh:
        fh.write("To: Business Coordination Board\nFrom: Chief Executive\nDate: 1 March 2017\n\nA LONG PAPER\n\n")
        for _ in range(95 * 1024 * 1024 // len(line)):
            fh.write(line)
    with (folder / "h12-over-limit.txt").open("wb") as fh:
        fh.truncate(120 * 1024 * 1024)
    (folder / "h13-one-line.txt").write_text("word " * (40 * 1024 * 1024 // 5))
    (folder / "h14-nested.html").write_text("<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000
                                            + "</body></html>")
    (folder / "h15-utf16.txt").write_text("To: Board\nFrom: Chief Executive\n\nUTF-16 PAPER\n\n1. Purpose\n",
                                          encoding="utf-16")
    _noise_pdf(folder / "h16-noise-scan.pdf", pages=30, mb=75)
    _blank_pdf(folder / "h17-scanned.pdf", 120, text=False)
    _blank_pdf(folder / "h18-2000-pages.pdf", 2000, text=True)
    (folder / "h19-fake.docx").write_text("not a zip at all")
    (folder / "h20-legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    return len(list(folder.iterdir())) - before


def _noise_pdf(path: Path, pages: int, mb: int) -> None:
    """A large scan: pages of incompressible images, no text layer."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    side = int((mb * 2**20 / pages / 3) ** 0.5)
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
        c.drawImage(ImageReader(image), 40, 200, width=500, height=500)
        c.showPage()
    c.save()


def _blank_pdf(path: Path, pages: int, text: bool) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, pages + 1):
        if text:
            c.drawString(72, 760, f"Page {n} of a long appendix: collaboration savings by force and year.")
        else:
            c.rect(72, 600, 400, 100, fill=1)  # a scan: marks, no text layer
        c.showPage()
    c.save()


def _tree(root: int) -> list[int]:
    """`root` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    children.setdefault(int(fh.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _tree_pss(root: int) -> int:
    """Proportional set size of the tree: pages shared by forked workers counted once, not per process."""
    total = 0
    for pid in _tree(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                total += next(int(ln.split()[1]) for ln in fh if ln.startswith("Pss:")) * 1024
        except (OSError, StopIteration, ValueError):
            continue
    return total


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants (shared pages counted in each)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            pid, ppid = int(entry), int(fields[1])
            children.setdefault(ppid, []).append(pid)
            rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def run(folder: Path, jobs: int) -> dict:
    db = Path(tempfile.mkdtemp(prefix="concord-batch-")) / "batch.db"
    env = dict(os.environ, CONCORD_DATABASE_URL=f"sqlite:///{db}")
    env.pop("CONCORD_USER", None)
    subprocess.run([str(CONCORD), "init"], env=env, check=True, capture_output=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(CONCORD), "ingest", str(folder), "--jobs", str(jobs)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, peak_pss = [0], [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            peak_pss[0] = max(peak_pss[0], _tree_pss(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate(timeout=3600)
    sampler.join()
    wall = time.perf_counter() - t0
    stored = re.search(r"(\d+) new documents", out)
    shutil.rmtree(db.parent, ignore_errors=True)
    return {"jobs": jobs, "exit": proc.returncode, "wall_s": round(wall, 1), "peak_rss_mb": round(peak[0] / 2**20),
            "peak_pss_mb": round(peak_pss[0] / 2**20),
            "stored": int(stored.group(1)) if stored else 0,
            "skipped_named": sum(1 for ln in err.splitlines() if ln.startswith("concord: skipped")),
            "warnings": sum(1 for ln in err.splitlines() if ln.startswith("concord: warning")),
            "traceback": "Traceback" in err}


def markdown(results: list[dict], papers: int, hostile: int) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    now = dt.datetime.now(dt.timezone.utc)
    lines = [SECTION, "",
             "Run `.venv/bin/python benchmarks/ingest/batch_memory.py --markdown docs/benchmarks.md`. "
             f"Machine: {os.cpu_count()} CPUs ({cpu}), {ram:.1f} GB RAM, Python {platform.python_version()}; "
             f"run on {now:%Y-%m-%d} ({now:%H:%M} UTC), load average {os.getloadavg()[0]:.1f} at the end.",
             "",
             f"One folder: {papers} synthetic papers and {hostile} hostile files (see the script's docstring: "
             "links dangling, looping and leading out of the folder, a FIFO, a zip bomb, a 95 MB text, a file "
             "over the size limit, a 120-page scan without text, a 2,000-page PDF, junk). "
             "`concord ingest FOLDER --jobs N` into a fresh SQLite file; peak resident memory of the command "
             "and its workers together, sampled every 20 ms from /proc. The target is on the sum of their "
             "proportional set sizes (PSS: the memory the batch holds, a page shared by two processes counted "
             "once); the sum of their resident sets is shown beside it, but it counts twice every page a forked "
             "worker, or a process in the instant between fork and exec of tesseract, shares with its parent.",
             "",
             "| --jobs | Peak PSS (tree) | Target | Peak RSS (tree, shared pages counted per process) | Wall | Exit | Documents stored | Files named as skipped | Traceback |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        verdict = "pass" if r["peak_pss_mb"] < LIMIT_MB else "FAIL"
        lines.append(f"| {r['jobs']} | {r['peak_pss_mb']} MB ({verdict}) | < {LIMIT_MB} MB | {r['peak_rss_mb']} MB | {r['wall_s']} s | "
                     f"{r['exit']} | {r['stored']} | {r['skipped_named']} | {'yes' if r['traceback'] else 'no'} |")
    return "\n".join(lines) + "\n"


def write_section(path: Path, text: str) -> None:
    """Put the section into the file, replacing an earlier run of it and keeping the rest."""
    doc = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = doc.find(SECTION)
    if start >= 0:
        nxt = doc.find("\n## ", start + len(SECTION))
        doc = doc[:start] + text + ("\n" + doc[nxt + 1:] if nxt >= 0 else "")
    else:
        doc = doc.rstrip("\n") + "\n\n" + text
    path.write_text(doc, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--papers", type=int, default=49)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--markdown", type=Path)
    a = ap.parse_args(argv)
    folder, papers, hostile = build(a.papers)
    results = [run(folder, j) for j in a.jobs]
    print(json.dumps(results, indent=2))
    text = markdown(results, papers, hostile)
    print(text)
    if a.markdown:
        write_section(a.markdown, text)
    return 0 if all(r["peak_pss_mb"] < LIMIT_MB and not r["traceback"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
