"""Ingesting a paper written for a test through the real `concord ingest --json`, in a fresh process."""

from __future__ import annotations

import json
import re
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"

#: a report with a line for a protective marking (`{line}`) in its header: its title is "Review of firearms licensing"
MARKED_REPORT = """Report to the Joint Chief Officer Board
{line}
Date: 4 March 2025
Report of: Chief Finance Officer
Subject: Review of firearms licensing

Recommendation
The Board is recommended to note the contents of this report.
"""


def ingest_text(concord, tmp_path: Path, text: str, name: str = "paper.txt") -> dict:  # noqa: ANN001
    """The extraction JSON `concord ingest PAPER --json` prints for `text` saved as `name`."""
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def one_meeting(concord, tmp_path: Path, text: str) -> dict:  # noqa: ANN001
    """The one meeting record `concord ingest --json` makes of `text` (the test fails if it makes none or several)."""
    meetings = ingest_text(concord, tmp_path, text)["meetings"]
    assert len(meetings) == 1, meetings
    return meetings[0]


def explained(concord, tmp_path: Path, text: str, name: str = "paper.txt") -> str:  # noqa: ANN001
    """What `concord ingest PAPER --explain` prints for `text` saved as `name`."""
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    ran = concord("ingest", str(p), "--explain")
    assert ran.code == 0, ran.err
    return ran.out


def records(out: dict) -> dict:
    """The records of an extraction, without where in the file each was read or its file's name (a copy of a paper
    in another layout has other offsets)."""
    return {kind: [{k: v for k, v in r.items() if k not in ("_provenance", "source")} for r in recs]
            for kind, recs in out.items() if kind != "documents"}


def flattened_corpus_paper(name: str) -> tuple[str, dict]:
    """A corpus paper run onto one line after its source line, as a document host prints it, and its gold file."""
    source, rest = (CORPUS / "papers" / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return source + "\n " + re.sub(r"\s+", " ", rest).strip(), gold


def run_together_corpus_paper(name: str) -> tuple[str, dict]:
    """A corpus paper with each paragraph's lines run together (a web page's line breaks inside a paragraph lost, its
    blank lines kept), as some converters print it, and its gold file."""
    source, rest = (CORPUS / "papers" / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return source + "\n" + re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", " ", rest), gold
