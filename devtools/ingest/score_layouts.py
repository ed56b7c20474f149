"""Score ingestion on the corpus's papers rewritten the ways converters and web pages print the same words.

    python -m devtools.ingest.score_layouts --corpus tests/ingest/corpus --split dev [--jobs 2] [--only wrapped,...]

The same paper reaches a governance officer in many shapes: copied from a web page with each line a paragraph of its own
or with no-break spaces between words, saved from a PDF with its lines wrapped at a fixed width, typed with a dash after
each label instead of a colon, dated in figures, with a page's number and marking where each page ended, with the
lines of each paragraph run together (a web page's line breaks inside a paragraph lost, its blank lines kept), or
flattened onto one line by a document-hosting site, with each table row's cells one a line, or as Markdown (labels
in bold, headings marked "##"). Each paper's text (its
first line, the source address, kept) is rewritten one way at a time, read back through the whole pipeline and scored
against the same gold file; a documents' sha256 is that of the paper as printed, so the rewritten text's own hash is not
counted against it. A layout the extractors only read one way shows as a fall from the "as printed" row.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

from devtools.ingest import score_corpus as sc


def _rest(fn: Callable[[str], str]) -> Callable[[str], str]:
    """A rewrite of a paper's text after its first line (the source address)."""
    def rewrite(text: str) -> str:
        first, _, rest = text.partition("\n")
        return first + "\n" + fn(rest)
    return rewrite


def _wrapped(rest: str, width: int = 72) -> str:
    """Lines of running text wrapped at ``width`` (a table's row, cells apart or between bars, kept whole)."""
    return "\n".join(textwrap.fill(ln, width, break_long_words=False, break_on_hyphens=False)
                     if len(ln) > width and "  " not in ln.strip() and "\t" not in ln and "|" not in ln else ln
                     for ln in rest.split("\n"))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December")
_WORD_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({'|'.join(_MONTHS)}),? ((?:19|20)\d\d)\b")


def _in_figures(rest: str) -> str:
    """Each "24th April 2017" written "24/04/2017", as many templates print a date."""
    return _WORD_DATE.sub(lambda m: f"{int(m.group(1)):02d}/{_MONTHS.index(m.group(2)) + 1:02d}/{m.group(3)}", rest)


def _paged(rest: str, every: int = 25) -> str:
    """A page number and a marking between every ``every`` lines, as a PDF converted to text prints where each page
    ended (in the middle of a list or a table as often as not)."""
    lines = rest.split("\n")
    out: list[str] = []
    for k in range(0, len(lines), every):
        out += lines[k:k + every]
        if k + every < len(lines):
            out += ["", f"Page {k // every + 1} of {(len(lines) - 1) // every + 1}", "OFFICIAL", ""]
    return "\n".join(out)


_CELLS = re.compile(r"[ \t]*\|[ \t]*|\t+|[ \t]{2,}")


def _stacked(rest: str) -> str:
    """Each row of a table printed one cell a line, as a web page's table reaches a text converter that knows no
    columns (a bar table's rule row dropped)."""
    out: list[str] = []
    for ln in rest.split("\n"):
        cells = [c for c in _CELLS.split(ln.strip()) if c.strip()]
        if len(cells) > 1 and ("|" in ln or "\t" in ln or re.search(r"\S[ \t]{2,}\S", ln)):
            out += [c for c in cells if not re.fullmatch(r"[:\-\s]+", c)]
        elif not re.fullmatch(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*", ln):
            out.append(ln)
    return "\n".join(out)


_MD_LABEL = re.compile(r"^([ \t]*)([A-Z][A-Za-z/&'’ ()-]{1,40}:)(?=\s|$)")


def _heading_like(line: str) -> bool:
    """A short line of capitalised words with no full stop and no figures of a table: a converter's heading."""
    words = line.split()
    return 0 < len(line.strip()) < 70 and not line.rstrip().endswith((".", ",", ";")) and line.strip()[0].isupper() \
        and sum(w[:1].isupper() for w in words) >= 0.6 * len(words) and not re.search(r"\d{3}|\d[.,)]?\d|\d\D+\d|\S[ \t]{2,}\S|\t|\|", line)


def _markdown(rest: str) -> str:
    """The page as an HTML-to-Markdown converter prints it: each line's label in bold ("**Date:** 12 March"), and a
    short heading standing alone (a blank line above or below it) marked "## "."""
    lines = rest.split("\n")
    out: list[str] = []
    for k, ln in enumerate(lines):
        m = _MD_LABEL.match(ln)
        alone = k > 0 and not lines[k - 1].strip() or k + 1 < len(lines) and not lines[k + 1].strip()
        if m:
            out.append(f"{m.group(1)}**{m.group(2)}**{ln[m.end():]}")
        elif alone and _heading_like(ln):
            out.append("## " + ln.strip())
        else:
            out.append(ln)
    return "\n".join(out)


LAYOUTS: dict[str, Callable[[str], str]] = {
    "as printed": lambda text: text,
    "each line a paragraph": _rest(lambda r: re.sub(r"(?<=[^\n])\n(?=[^\n])", "\n\n", r)),
    "every line break doubled": _rest(lambda r: r.replace("\n", "\n\n")),
    "wrapped at 72": _rest(_wrapped),
    "no-break spaces": _rest(lambda r: re.sub(r"(?<=[\w:,.)]) (?=[\w(])", "\u00a0", r)),
    "labels with a dash": _rest(lambda r: re.sub(r"(?m)^(\s*[A-Z][A-Za-z ]{1,30}):[ \t]*", r"\1 - ", r)),
    "flattened onto one line": _rest(lambda r: re.sub(r"\s+", " ", r)),
    "paragraphs' lines run together": _rest(lambda r: re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", " ", r)),
    "dates in figures": _rest(_in_figures),
    "page furniture between pages": _rest(_paged),
    "table cells one a line": _rest(_stacked),
    "Markdown from a converter": _rest(_markdown),
}


def _printed_sha(pred: dict, items: list[sc.Paper]) -> dict:
    """Each document's sha256 that of its paper as printed (the gold's), not that of the rewritten text."""
    sha = {p.path.name: json.loads(p.gold_path.read_text(encoding="utf-8"))["documents"][0].get("sha256")
           for p in items}
    for doc in pred.get("documents", []):
        doc["sha256"] = sha.get(doc.get("source"), doc.get("sha256"))
    return pred


def run(corpus: str, split: str, jobs: int, only: list[str] | None = None) -> str:
    from concord.ingest import pipeline
    items = sc.select(sc.papers(corpus), split)
    rows: dict[str, sc.Counts] = {}
    for name, rewrite in LAYOUTS.items():
        if only and name not in only and name != "as printed":
            continue
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for p in items:
                out = Path(tmp) / p.path.name
                out.write_text(rewrite(p.path.read_text(encoding="utf-8")), encoding="utf-8")
                paths.append(out)
            pred = _printed_sha(pipeline.run(paths, jobs=jobs).as_json(), items)
        rows[name] = sc.by_genre(items, pred)["overall"]
    return sc.render(f"corpus {Path(corpus).name}, split {split} ({len(items)} papers), each rewritten one way", rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", help="comma-separated layout names (the 'as printed' row is always scored)")
    a = ap.parse_args()
    print(run(a.corpus, a.split, a.jobs, a.only.split(",") if a.only else None))


if __name__ == "__main__":
    main()
