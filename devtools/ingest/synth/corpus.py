"""Write a synthetic corpus: papers in PDF (ruled and unruled tables), DOCX,
HTML and text (some with OCR damage), optional board packs, and
``expected.json`` holding every paper's facts in the EXTRACTION_FORMAT.md
shape plus a ``files`` list (format, pages, tables) for benchmarks."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

from devtools.ingest.synth import papers as P
from devtools.ingest.synth import render as R

TYPES = ("documents", "decision_notices", "reports", "meetings", "actions", "agreements", "projects", "tables")
FORMATS = [("pdf-ruled", 28), ("pdf-unruled", 27), ("docx", 15), ("html", 15), ("txt", 10), ("txt-ocr", 5)]
KINDS = [("decision_notice", 20), ("report", 15), ("report-table", 20), ("minutes", 15), ("agenda", 8),
         ("agreement", 12), ("projects", 10)]


def _pick(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in table], [w for _, w in table])[0]


def make_paper(rng: random.Random, kind: str, src: str, pages: float) -> P.Paper:
    if kind == "decision_notice":
        return P.decision_notice(rng, src, pages)
    if kind in ("report", "report-table"):
        return P.report(rng, src, pages, table=rng.choice(["revenue", "capital"]) if kind == "report-table" else None)
    if kind in ("minutes", "agenda"):
        return P.minutes(rng, src, pages, agenda_only=kind == "agenda")
    if kind == "agreement":
        return P.agreement(rng, src, pages)
    return P.projects_update(rng, src, pages)


def write(blocks: list, fmt: str, path: Path, rng: random.Random) -> int:
    """Write one file; return its page count (estimated for formats without pages)."""
    if fmt.startswith("pdf"):
        return R.to_pdf(blocks, rng, path, ruled=fmt == "pdf-ruled")
    if fmt == "docx":
        R.to_docx(blocks, rng, path)
        return R.text_pages(R.to_text(blocks, rng))
    text = R.to_html(blocks, rng) if fmt == "html" else R.to_text(blocks, rng, ocr=fmt == "txt-ocr")
    path.write_text(text, encoding="utf-8")
    return R.text_pages(R.to_text(blocks, rng) if fmt == "html" else text)


def _ext(fmt: str) -> str:
    return fmt.split("-")[0]


def generate(out: str | Path, papers: int = 20, seed: int = 0, pages: float = 2.0, packs: int = 0,
             pack_pages: int = 40, formats: list[tuple[str, int]] | None = None, balanced: bool = False) -> dict:
    """Generate ``papers`` single papers and ``packs`` board packs into ``out``; return the expected facts.

    ``balanced`` cycles through every kind of paper and every format instead of drawing them at random,
    so that a small corpus covers them all."""
    rng = random.Random(seed)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    expected: dict = {k: [] for k in TYPES}
    expected["files"] = []
    for i in range(papers):
        fmts = formats or FORMATS
        fmt = fmts[i % len(fmts)][0] if balanced else _pick(rng, fmts)
        kind = KINDS[i % len(KINDS)][0] if balanced else _pick(rng, KINDS)
        name = f"paper{i:05d}_{kind}.{_ext(fmt)}"
        paper = make_paper(rng, kind, name, rng.uniform(0.5, 1.5) * pages)
        n = write(paper.blocks, fmt, out / name, rng)
        _record(expected, out / name, fmt, n, paper.kind, paper.title, paper.date, [paper])
    for j in range(packs):
        name = f"pack{j:03d}.pdf"
        parts: list[P.Paper] = []
        est = 0.0
        while est < pack_pages:
            k = _pick(rng, KINDS)
            size = rng.uniform(1, 6)
            parts.append(make_paper(rng, k, name, size))
            est += size * 0.55 + (0.3 if k == "report-table" else 0.15)
        blocks: list = []
        for p in parts:
            blocks += p.blocks + [("break",)]
        n = write(blocks, "pdf-ruled" if rng.random() < 0.5 else "pdf-unruled", out / name, rng)
        _record(expected, out / name, "pdf", n, "pack", None, None, parts)
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False), encoding="utf-8")
    return expected


def _record(expected: dict, path: Path, fmt: str, pages: int, kind: str, title: str | None, date: str | None,
            parts: list[P.Paper]) -> None:
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    expected["documents"].append({"source": path.name, "sha256": sha, "kind": kind, "title": title, "date": date})
    for p in parts:
        for k, recs in p.records.items():
            expected[k].extend(recs)
    expected["files"].append({"source": path.name, "format": fmt, "pages": pages,
                              "tables": sum(len(p.records.get("tables", [])) for p in parts)})
