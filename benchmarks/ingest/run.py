"""Ingestion benchmark: Concord against markitdown (pages/s) and camelot
stream (table rows recovered exactly), in one run on the same files.

    python benchmarks/ingest/run.py [--papers 1000] [--pages 10] [--jobs 2]
        [--camelot-files 40] [--markitdown-files 60] [--markdown docs/benchmarks.md]

1. Generates (once; reused while the parameters match) a synthetic corpus
   into benchmarks/out/corpus (git-ignored) and a 500-page board pack into
   benchmarks/out/pack500.
2. Concord end to end: ``concord ingest DIR --jobs N`` into a fresh SQLite
   file (reading, extraction, storing in the review queue), and
   ``python -m concord.ingest DIR --json --jobs N`` (reading and extraction)
   whose output gives Concord's table rows recovered.
3. Peak RSS of ``python -m concord.ingest pack500.pdf --json`` (a child
   process, measured with resource.getrusage(RUSAGE_CHILDREN)).
4. markitdown with N worker processes on every file (or an even sample,
   --markitdown-files), and Concord on the same sample: pages/s. markitdown's
   share of table rows recovered exactly, on camelot's table PDFs plus the
   DOCX and HTML table files of its sample, each line of its output read as
   a row by the rule used for camelot's cells.
5. camelot stream on the PDFs holding tables (a sample of --camelot-files):
   share of the generated table rows recovered exactly, with Concord's share
   on the same PDFs beside it.

Pages: a PDF's real page count; DOCX, HTML and text are counted at 3,000
characters a page (the generator records both in expected.json).
Peers come from the optional extra ``bench-peers``; they are never
dependencies of Concord.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "benchmarks" / "out"
PY = sys.executable
# the ingest command; -P keeps the working directory off the front of the path, so that a tree named by PYTHONPATH (a
# back-to-back comparison with another commit) is the code measured
INGEST = [PY, "-P", "-m", "concord.ingest"]
sys.path.insert(0, str(ROOT))

from devtools.ingest import score as sc  # noqa: E402
from devtools.ingest.synth import generate  # noqa: E402


def corpus(papers: int, pages: float, seed: int = 1) -> tuple[Path, dict]:
    d = OUT / "corpus"
    marker = d / "params.json"
    params = {"papers": papers, "pages": pages, "seed": seed}
    if not (marker.exists() and json.loads(marker.read_text()) == params):
        t0 = time.perf_counter()
        generate(d, papers=papers, seed=seed, pages=pages)
        marker.write_text(json.dumps(params))
        print(f"generated corpus in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return d, json.loads((d / "expected.json").read_text(encoding="utf-8"))


def pack500() -> tuple[Path, dict]:
    d = OUT / "pack500"
    if not (d / "pack000.pdf").exists():
        generate(d, papers=0, seed=500, packs=1, pack_pages=500)
    return d / "pack000.pdf", json.loads((d / "expected.json").read_text(encoding="utf-8"))


def files_of(d: Path) -> list[Path]:
    return sorted(p for p in d.iterdir() if p.suffix in (".pdf", ".docx", ".html", ".txt"))


def timed(cmd: list[str], env: dict | None = None, stdout=subprocess.DEVNULL) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    cp = subprocess.run(cmd, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    return time.perf_counter() - t0, cp


def peak_rss_mb(cmd: list[str]) -> tuple[float, int]:
    """Peak RSS (MB) of cmd run as a grandchild, read from RUSAGE_CHILDREN in a fresh child."""
    probe = ("import resource,subprocess,sys;"
             "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL).returncode;"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r)")
    out = subprocess.run([PY, "-c", probe, *cmd], capture_output=True, text=True, cwd=ROOT).stdout.split()
    return int(out[0]) / 1024, int(out[1])


_MD = None


def _markitdown(path: str) -> str | None:
    global _MD
    from markitdown import MarkItDown

    _MD = _MD or MarkItDown()  # one converter per worker process
    try:
        return _MD.convert(path).text_content or ""
    except Exception:  # noqa: BLE001 - a peer's failure is counted, not fatal
        return None


def markitdown_run(files: list[Path], jobs: int) -> tuple[float, dict[str, str | None]]:
    """Seconds to convert files with markitdown in jobs processes, and its text per file name (None: failed)."""
    t0 = time.perf_counter()
    with ProcessPoolExecutor(jobs) as ex:
        texts = list(ex.map(_markitdown, [str(f) for f in files], chunksize=4))
    return time.perf_counter() - t0, {f.name: t for f, t in zip(files, texts)}


def _num(cell: str) -> float | None | str:
    c = cell.strip().replace(",", "").replace("£", "")
    if c == "":
        return "text"  # an empty cell is a layout artefact: dropped like text
    if c in ("-", "–"):
        return None
    neg = c.startswith("(") and c.endswith(")")
    c = c.strip("()")
    try:
        v = float(c)
    except ValueError:
        return "text"
    v = -v if neg or c.startswith("-") and v > 0 else v
    return int(v) if v.is_integer() else v


def _row(cells: list[str]) -> dict | None:
    """The rule applied to every peer: the first text cell is the label, the numeric cells the values
    (empty cells and other text, such as scheme codes, dropped; '-' is an empty value)."""
    label = next((c for c in cells if c and _num(c) == "text"), "")
    vals = [v for v in (_num(c) for c in cells if c != label) if v != "text"]
    return {"label": label, "values": vals} if label and vals else None


def camelot_tables(pdf: Path) -> list[dict]:
    """camelot stream tables as extraction tables: first text cell is the label, numeric cells the values."""
    import camelot

    out = []
    for t in camelot.read_pdf(str(pdf), flavor="stream", pages="all"):
        rows = [r for r in (_row([str(c).strip() for c in raw]) for raw in t.df.values.tolist()) if r]
        out.append({"title": "", "rows": rows, "source": pdf.name})
    return out


_MD_RULE = re.compile(r":?-{3,}:?")


def _line_cells(line: str) -> list[str]:
    """Cells of one line of markitdown output. A Markdown table line (``| a | b |``) is split at the bars;
    any other line (PDF or plain text) into runs of words, with each number and each code (a token holding
    digits that is not a number, e.g. CP23/01) a cell of its own."""
    s = line.strip()
    if s.startswith("|") and s.endswith("|") and len(s) > 1:
        cells = [c.strip() for c in s[1:-1].split("|")]
        return [] if all(_MD_RULE.fullmatch(c) for c in cells if c) else cells
    cells: list[str] = []
    words: list[str] = []
    for tok in s.split():
        if _num(tok) != "text" or re.search(r"\d", tok):
            if words:
                cells.append(" ".join(words))
                words = []
            cells.append(tok)
        else:
            words.append(tok)
    return cells + ([" ".join(words)] if words else [])


def markitdown_tables(name: str, text: str | None) -> list[dict]:
    """markitdown's output as one extraction table: every line that yields a label and values is a row."""
    rows = [r for r in (_row(_line_cells(line)) for line in (text or "").splitlines()) if r]
    return [{"title": "", "rows": rows, "source": name}]


def rows_recovered(expected: dict, tables: list[dict], sources: set[str]) -> tuple[int, int]:
    """Gold rows of these files found exactly among the rows a tool returned for the same file."""
    hit = tot = 0
    for src in sources:
        gold = [r for t in expected["tables"] if t["source"] == src for r in t["rows"]]
        got = [r for t in tables if Path(t.get("source", "")).name == src for r in t.get("rows") or []]
        hit += sc.match_list(gold, got, sc._row_eq)[0]
        tot += len(gold)
    return hit, tot


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem / 1024 / 1024, 1),
            "python": platform.python_version(), "date": dt.date.today().isoformat()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--papers", type=int, default=1000)
    ap.add_argument("--pages", type=float, default=16.0, help="length parameter of a paper (16 gives ~10 pages on average)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--camelot-files", type=int, default=40)
    ap.add_argument("--markitdown-files", type=int, default=0, help="every k-th file so about this many (0: all)")
    ap.add_argument("--markdown", help="write the figures into this file's '## Ingestion' section")
    a = ap.parse_args(argv)
    d, exp = corpus(a.papers, a.pages)
    files = files_of(d)
    pages = sum(f["pages"] for f in exp["files"])
    res: dict = {"machine": machine(), "papers": len(files), "pages": pages,
                 "markitdown_files_arg": a.markitdown_files, "camelot_files_arg": a.camelot_files,
                 "papers_with_tables": sum(1 for f in exp["files"] if f["tables"]), "jobs": a.jobs}

    with tempfile.TemporaryDirectory() as tmp:  # end to end, storing into a fresh SQLite register
        env = dict(os.environ, CONCORD_DATABASE_URL=f"sqlite:///{tmp}/bench.db")
        secs, cp = timed([str(Path(PY).with_name("concord")), "ingest", str(d), "--jobs", str(a.jobs)], env=env)
        res["concord_store"] = {"seconds": round(secs, 1), "pages_per_s": round(pages / secs, 1),
                                "exit": cp.returncode, "stderr_tail": cp.stderr[-300:]}
    with tempfile.TemporaryFile("w+") as fh:  # reading and extraction only; its JSON feeds the scores
        secs, cp = timed([*INGEST, str(d), "--json", "--jobs", str(a.jobs)], stdout=fh)
        fh.seek(0)
        pred = json.loads(fh.read() or "{}")
    res["concord_json"] = {"seconds": round(secs, 1), "pages_per_s": round(pages / secs, 1), "exit": cp.returncode}
    res["concord_f1"] = {k: round(v.f1, 3) for k, v in sc.score(exp, pred).per_type.items()}
    res["concord_f1"]["overall"] = round(sc.score(exp, pred).overall.f1, 3)
    hit, tot = rows_recovered(exp, pred.get("tables", []), {f["source"] for f in exp["files"]})
    res["concord_rows"] = {"recovered": hit, "total": tot, "share": round(hit / tot, 3) if tot else None}

    pack, pexp = pack500()
    rss, rc = peak_rss_mb([*INGEST, str(pack), "--json"])
    res["pack500"] = {"pages": pexp["files"][0]["pages"], "peak_rss_mb": round(rss), "exit": rc}

    sample = files[:: max(1, len(files) // a.markitdown_files)] if a.markitdown_files else files
    spages = sum(f["pages"] for f in exp["files"] if f["source"] in {p.name for p in sample})
    csecs, _ = timed([*INGEST, *map(str, sample), "--json", "--jobs", str(a.jobs)])
    # table files scored for every peer: camelot's sample of table PDFs; markitdown adds the DOCX and HTML
    # table files of its own sample
    pdfs = [f["source"] for f in exp["files"] if f["tables"] and f["format"].startswith("pdf")][: a.camelot_files]
    fmt = {f["source"]: f["format"] for f in exp["files"] if f["tables"]}
    md_tabled = pdfs + [p.name for p in sample if fmt.get(p.name) in ("docx", "html")]
    try:
        secs, texts = markitdown_run(sample, a.jobs)
        res["markitdown"] = {"files": len(sample), "pages": spages, "seconds": round(secs, 1),
                             "pages_per_s": round(spages / secs, 1),
                             "failed_files": sum(1 for t in texts.values() if t is None),
                             "concord_pages_per_s_same_files": round(spages / csecs, 1)}
        rest = [d / s for s in md_tabled if s not in texts]  # camelot's PDFs outside the timed sample
        texts.update(markitdown_run(rest, a.jobs)[1] if rest else {})
        md = [t for s in md_tabled for t in markitdown_tables(s, texts[s])]
        hit, tot = rows_recovered(exp, md, set(md_tabled))
        chit, _ = rows_recovered(exp, pred.get("tables", []), set(md_tabled))
        res["markitdown"].update({
            "table_files": len(md_tabled), "table_pdfs": len(pdfs), "table_docx_html": len(md_tabled) - len(pdfs),
            "rows_total": tot, "recovered": hit, "share": round(hit / tot, 3) if tot else None,
            "concord_recovered": chit, "concord_share": round(chit / tot, 3) if tot else None,
            "failed_table_files": sum(1 for s in md_tabled if texts[s] is None)})
    except ImportError as exc:
        res["markitdown"] = {"error": f"not installed ({exc}); pip install -e '.[bench-peers]'"}

    try:
        t0 = time.perf_counter()
        cam = [t for s in pdfs for t in camelot_tables(d / s)]
        secs = time.perf_counter() - t0
        hit, tot = rows_recovered(exp, cam, set(pdfs))
        chit, _ = rows_recovered(exp, pred.get("tables", []), set(pdfs))
        cpages = sum(f["pages"] for f in exp["files"] if f["source"] in set(pdfs))
        res["camelot"] = {"pdfs": len(pdfs), "pages_per_s": round(cpages / secs, 1), "rows_total": tot,
                          "camelot_recovered": hit, "camelot_share": round(hit / tot, 3) if tot else None,
                          "concord_recovered": chit, "concord_share": round(chit / tot, 3) if tot else None}
    except ImportError as exc:
        res["camelot"] = {"error": f"not installed ({exc}); pip install -e '.[bench-peers]'"}
    print(json.dumps(res, indent=2))
    if a.markdown:
        from benchmarks.ingest.report import write_section

        write_section(Path(a.markdown), res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
