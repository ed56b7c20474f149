"""Score ingestion on the corpus's papers written as the web pages they were copied from, beside the same papers as
text.

    python -m devtools.ingest.score_html --corpus tests/ingest/corpus --split dev [--chrome] [--jobs 2]

Most corpus papers are the text of a body's web page; an officer who saves the page from a browser brings its HTML.
Each paper is written as a page (``html_drawing``: a block a printed line, labels in bold, headings, lists and tables;
with --chrome the site's menu and footer too), read back through the whole pipeline and scored against the same gold
file as its text. Papers a hosting site flattened onto one line are left out, as in ``score_pdf``.
"""

from __future__ import annotations

import argparse

from devtools.ingest.html_drawing import write_html
from devtools.ingest.score_pdf import corpus_args, score_written


def run(corpus: str, split: str, max_line: int, jobs: int, chrome: bool = False) -> str:
    return score_written(corpus, split, max_line, jobs, lambda text, path: write_html(text, path, chrome), "html",
                         "written as web pages")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    corpus_args(ap)
    ap.add_argument("--chrome", action="store_true", help="the site's menu above each page and its footer below")
    a = ap.parse_args()
    print(run(a.corpus, a.split, a.max_line, a.jobs, a.chrome))


if __name__ == "__main__":
    main()
