"""Score ingestion on the corpus's papers written as Word documents, beside the same papers as text.

    python -m devtools.ingest.score_docx --corpus tests/ingest/corpus --split dev [--no-numbering] [--forms]
                                         [--controls] [--blank] [--jobs 2]

Officers write their papers in Word; the corpus keeps each paper's text. Each paper is written as a DOCX the way a
template holds it (``docx_drawing``: Word's automatic numbering, Word tables, form fields in a table and, with
--controls, in content controls), read back through the whole pipeline, and scored against the same gold file as
its text. Papers a hosting site flattened onto one line (longer than --max-line characters) are left out, as in
``score_pdf``.
"""

from __future__ import annotations

import argparse

from devtools.ingest.docx_drawing import write_docx
from devtools.ingest.score_pdf import corpus_args, score_written


def run(corpus: str, split: str, max_line: int, jobs: int, numbering: bool = True, forms: bool = False,
        controls: bool = False, blank: bool = False) -> str:
    return score_written(corpus, split, max_line, jobs,
                         lambda text, path: write_docx(text, path, numbering, forms, controls, blank), "docx",
                         "written as Word documents")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpus_args(ap)
    ap.add_argument("--no-numbering", dest="numbering", action="store_false",
                    help="numbers typed into the text, not Word's automatic numbering")
    ap.add_argument("--forms", action="store_true", help="each run of 'Label: value' lines a two-column table")
    ap.add_argument("--controls", action="store_true", help="with --forms, each value in a content control")
    ap.add_argument("--blank", action="store_true", help="blank lines kept as empty paragraphs")
    a = ap.parse_args()
    print(run(a.corpus, a.split, a.max_line, a.jobs, a.numbering, a.forms, a.controls, a.blank))


if __name__ == "__main__":
    main()
