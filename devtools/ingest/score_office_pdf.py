"""Score ingestion on the corpus's papers saved as PDFs by an office suite, beside the same papers as text.

    python -m devtools.ingest.score_office_pdf --corpus tests/ingest/corpus --split dev [--forms] [--jobs 2]

Most papers a governance officer brings are PDFs that Word saved: a real layout engine placed every word (justified
lines, kerning, Word's list numbers at their tab stops, table cells with borders, page breaks where the text fell).
``score_pdf`` draws a paper's lines itself, so it shares the reader's assumptions; this scoring does not. Each paper
is written as a DOCX the way a template holds it (``docx_drawing``, as ``score_docx``), LibreOffice prints every DOCX
to PDF in one run (``soffice --convert-to pdf``, the same layout engine as "Save as PDF"), and the PDFs are read back
through the whole pipeline and scored against the same gold files as the text. Needs LibreOffice (`make run`
installs it).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
from pathlib import Path

from devtools.ingest import score_corpus as sc
from devtools.ingest.docx_drawing import write_docx
from devtools.ingest.score_pdf import as_text_sources, corpus_args, drawable


def print_pdfs(docs: list[Path], out: Path) -> list[Path]:
    """Each of ``docs`` printed to a PDF in ``out`` by LibreOffice, in one run; the PDFs in the same order."""
    from concord.ingest.readers.doc import converter

    program = converter()
    if program is None:
        raise SystemExit("LibreOffice is not installed (Debian: apt-get install libreoffice-writer-nogui)")
    work = out.parent / "soffice"
    work.mkdir(exist_ok=True)
    command = [program, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
               "--nologo", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out),
               *map(str, docs)]
    subprocess.run(command, capture_output=True, timeout=60 + 10 * len(docs), env={**os.environ, "HOME": str(work)},
                   check=True)
    pdfs = [out / f"{d.stem}.pdf" for d in docs]
    missing = [p.name for p in pdfs if not p.is_file()]
    if missing:
        raise SystemExit(f"LibreOffice printed no PDF of {', '.join(missing[:5])}")
    return pdfs


def run(corpus: str, split: str, max_line: int, jobs: int, forms: bool = False, keep: str | None = None) -> str:
    from concord.ingest import pipeline

    items = drawable(corpus, split, max_line)
    with tempfile.TemporaryDirectory() as made:
        tmp = keep or made
        (Path(tmp) / "docx").mkdir(parents=True, exist_ok=True)
        docs = [write_docx(p.path.read_text(encoding="utf-8"), Path(tmp) / "docx" / f"{p.id}.docx", True, forms,
                           forms, False) for p in items]
        pdfs = print_pdfs(docs, Path(tmp) / "pdf")
        printed = as_text_sources(pipeline.run(pdfs, jobs=jobs).as_json(), items)
    as_text = sc.predict(items, jobs)
    what = "saved as PDFs by an office suite" + (" (forms in tables)" if forms else "")
    return "\n\n".join([
        sc.render(f"corpus {Path(corpus).name}, split {split}, {what} ({len(items)} papers)", sc.by_genre(items, printed)),
        sc.render("the same papers as text", sc.by_genre(items, as_text)),
        sc.render(f"{what}, by field", sc.by_field(items, printed))])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpus_args(ap)
    ap.add_argument("--forms", action="store_true",
                    help="each run of 'Label: value' lines a two-column table, each value in a content control")
    ap.add_argument("--keep", metavar="DIR", help="keep the DOCX and PDF files in DIR (to look at them)")
    a = ap.parse_args()
    print(run(a.corpus, a.split, a.max_line, a.jobs, a.forms, a.keep))


if __name__ == "__main__":
    main()
