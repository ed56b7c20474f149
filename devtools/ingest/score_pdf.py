"""Score ingestion on the corpus's papers drawn as PDFs, beside the same papers as text.

    python -m devtools.ingest.score_pdf --corpus tests/ingest/corpus --split dev [--max-line 1000] [--jobs 2]

A governance officer's papers are mostly PDFs; the corpus keeps each paper's text. Each paper is drawn as a PDF the
way a word processor places it (``pdf_drawing``), read back through the whole pipeline, and scored against the same
gold file as its text. Papers a hosting site flattened onto one line (a line longer than --max-line characters) are
left out by default: no PDF prints a whole paper on one line, and wrapping it is no fair test.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

from devtools.ingest import score_corpus as sc
from devtools.ingest.pdf_drawing import draw_text


def as_text_sources(pred: dict, items: list[sc.Paper]) -> dict:
    """Predictions for ``<id>.pdf`` (or ``.docx``) renamed to ``<id>.txt``, with the text's sha256 (the drawn
    file's bytes differ)."""
    sha = {p.path.name: json.loads(p.gold_path.read_text(encoding="utf-8"))["documents"][0]["sha256"] for p in items}
    for kind, recs in pred.items():
        for r in recs if isinstance(recs, list) else []:
            if isinstance(r, dict) and "source" in r:
                name = Path(r["source"]).name
                r["source"] = Path(name).stem + ".txt" if name.endswith((".pdf", ".docx", ".html")) else name
                if kind == "documents":
                    r["sha256"] = sha.get(r["source"])
    return pred


def drawable(corpus: str, split: str, max_line: int) -> list[sc.Paper]:
    """The split's papers but those a hosting site flattened onto lines longer than ``max_line`` characters."""
    return [p for p in sc.select(sc.papers(corpus), split)
            if max(len(line) for line in p.path.read_text(encoding="utf-8").split("\n")) <= max_line]


def score_written(corpus: str, split: str, max_line: int, jobs: int, write: Callable[[str, Path], Path], ext: str,
                  what: str) -> str:
    """The drawable papers of the split each written to a file by ``write`` (its text, the file's path ending in
    ``ext``), read back through the whole pipeline and scored beside the same papers as text: by genre, then by field."""
    from concord.ingest import pipeline
    items = drawable(corpus, split, max_line)
    with tempfile.TemporaryDirectory() as tmp:
        files = [write(p.path.read_text(encoding="utf-8"), Path(tmp) / f"{p.id}.{ext}") for p in items]
        written = as_text_sources(pipeline.run(files, jobs=jobs).as_json(), items)
    as_text = sc.predict(items, jobs)
    return "\n\n".join([
        sc.render(f"corpus {Path(corpus).name}, split {split}, {what} ({len(items)} papers)", sc.by_genre(items, written)),
        sc.render("the same papers as text", sc.by_genre(items, as_text)),
        sc.render(f"{what}, by field", sc.by_field(items, written))])


def corpus_args(ap: argparse.ArgumentParser) -> None:
    """The corpus, its split, the longest line drawn and the jobs: the arguments every drawn scoring takes."""
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    ap.add_argument("--max-line", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=1)


def run(corpus: str, split: str, max_line: int, jobs: int, furniture: str | None = None, headings: bool = False,
        forms: bool = False, grid: bool = False, lists: bool = False) -> str:
    from concord.ingest import pipeline
    items = drawable(corpus, split, max_line)
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = [draw_text(p.path.read_text(encoding="utf-8"), Path(tmp) / f"{p.id}.pdf", furniture, headings, forms, grid, lists)
                for p in items]
        as_pdf = as_text_sources(pipeline.run(pdfs, jobs=jobs).as_json(), items)
    as_text = sc.predict(items, jobs)
    rows = {}
    for genre, c in sc.by_genre(items, as_pdf).items():
        rows[genre] = c
    out = [sc.render(f"corpus {Path(corpus).name}, split {split}, drawn as PDFs ({len(items)} papers)", rows),
           sc.render("the same papers as text", sc.by_genre(items, as_text)),
           sc.render("drawn as PDFs, by field", sc.by_field(items, as_pdf))]
    return "\n\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpus_args(ap)
    ap.add_argument("--furniture", help="a running header for every page (and 'Page n' at its foot)")
    ap.add_argument("--headings", action="store_true",
                    help="the title and short lines in capitals in larger bold letters, as heading styles print them")
    ap.add_argument("--forms", action="store_true",
                    help="each 'Label: value' line a row of a bordered two-column table, as a Word form prints it")
    ap.add_argument("--grid", action="store_true",
                    help="every table printed with borders, each row boxed and its cells parted by rules")
    ap.add_argument("--lists", action="store_true",
                    help="numbered lines as Word's numbered lists print them: the number, then the text at a tab stop")
    a = ap.parse_args()
    print(run(a.corpus, a.split, a.max_line, a.jobs, a.furniture, a.headings, a.forms, a.grid, a.lists))


if __name__ == "__main__":
    main()
