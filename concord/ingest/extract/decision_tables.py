"""A PCC website's listing of decisions printed as a table: rows of cells between bars or set apart by spaces, or
copied one cell a line, under a header naming the reference column and another (Title, Date, Decision, Decision
maker). Used by ``decision_index`` and, for a listing whose column heads read as a record's labels, by the
extractor of decision parts."""

from __future__ import annotations

import re
from typing import Any

from concord.ingest import vocab
from concord.ingest.flat_items import heading_then_sentence
from concord.ingest.cue_patterns import LINK_FILE, LINK_TAIL_RX
from concord.ingest.dates import find_dates
from concord.ingest.extract import columns
from concord.ingest.extract.common import Ctx, completeness
from concord.ingest.extract.decision_notices import maker_value

COLUMNS = vocab.pattern("decision", names=("reference", "subject", "decision", "date", "maker", "summary"),
                         strict=True)


def table_rows(ctx: Ctx) -> list[dict[str, Any]]:
    """Decisions as rows of a table (cells between bars, or set apart by spaces) whose header names the
    reference column and another (Title, Date, Decision, Decision maker): each row one decision, its cells read
    by their columns."""
    a, b = ctx.part.start, ctx.part.end
    out: list[dict[str, Any]] = []
    for pos, line, cells, cols in columns.rows(ctx.text, a, b, _header):
        if len(cells) <= max(cols.values()):
            return []  # rows broken over lines: not a table this reader can read cell by cell
        rec = _row_record(ctx, pos, line, cells, cols)
        if rec:
            out.append(rec)
    return out if len(out) >= 2 else []


# a link to the record's file on a line of its own ("Download PDF", "View decision (PDF, 98KB)")
_LINK_LINE = re.compile(r"(?i)[ \t]*(?:download|view|read|open)(?:[ \t]+(?:the[ \t]+)?(?:pdf|file|document|decision|notice|record|more))*"
                        r"[ \t]*(?:" + LINK_FILE + r")?[ \t]*")
_DECISION_SUMMARY = re.compile(r"(?i)decision\s+summary|summary\s+of\s+(?:the\s+)?decision")
_PLAIN_SUMMARY = re.compile(r"(?i)(?:executive\s+)?summary")


def _row_record(ctx: Ctx, pos: int, line: str, cells: list[str], cols: dict[str, int]) -> dict[str, Any] | None:
    """One decision of a listing's table, read from its row's cells by their columns."""
    get = lambda k: cells[cols[k]] if k in cols and cols[k] < len(cells) else ""  # noqa: E731
    ref = get("reference").replace(" ", "")
    if not ref or not re.search(r"\d", ref) or len(ref) > 30:
        return None
    if "\n" in get("subject"):  # a cell of lines: the reference again, the title, what it is about, its link
        lines = [ln for ln in get("subject").split("\n") if ln.replace(" ", "") != ref and not _LINK_LINE.fullmatch(ln)]
        cells = list(cells)
        cells[cols["subject"]] = lines[0].rstrip(" .") if lines else ""
    dates = find_dates(get("date"))
    maker = maker_value(get("maker")) if get("maker") else None
    rec: dict[str, Any] = {
        "reference": ref, "date": dates[0].value if dates and len(dates[0].value) == 10 else None,
        # a column headed "Summary" says what the decision is about, not what was decided: the subject where no
        # column is headed as the title; only a "Decision Summary" column holds the decision
        # (a title cell that links the record's file, "Fleet replacement (PDF, 98KB)": the link's file is no part of it)
        "subject": LINK_TAIL_RX.sub("", get("subject") or ("" if "subject" in cols else get("summary"))).strip(),
        "decision": get("decision") or get("decision_summary"), "decision_maker": maker,
        "contact_officer": None, "source": ctx.source,
        "_provenance": ctx.provenance({"reference": (pos, pos + len(line))})}
    if not (rec["subject"] or rec["decision"]):
        return None
    split = None if rec["decision"] else heading_then_sentence(rec["subject"])
    if split:  # "New HR Policies The Head of HR presented ...": a title cell run into its summary (a flattened page)
        rec["subject"], rec["decision"] = split
    rec["confidence"] = completeness(rec, (("subject",), ("date",), ("decision",)), 0.8)
    return rec


def stacked_rows(ctx: Ctx) -> list[dict[str, Any]]:
    """Decisions as a table printed one cell a line ("Reference" / "Title" / "Decision maker" / "Date", then each
    decision's cells a line each), for as long as each row's reference cell holds a reference and its date cell a
    date."""
    def fits(cells: list[str], cols: dict[str, int]) -> bool:
        ref = cells[cols["reference"]]
        return bool(re.search(r"\d", ref)) and len(ref) <= 30 and not COLUMNS.fullmatch(ref + ":") and \
            ("date" not in cols or bool(find_dates(cells[cols["date"]])))

    out: list[dict[str, Any]] = []
    for pos, cells, cols in columns.stacked(ctx.text, ctx.part.start, ctx.part.end, _header, fits, _head_cell):
        rec = _row_record(ctx, pos, cells[cols["reference"]], cells, cols)
        if rec:
            out.append(rec)
    return out if len(out) >= 2 else []


def _head_cell(cell: str) -> re.Match[str] | None:
    """The cell read as a column's head ("Reference", "Decision maker:"), or None."""
    return COLUMNS.fullmatch(cell.strip(" :") + ":")


def _header(cells: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for i, c in enumerate(cells):
        hit = _head_cell(c) if c else None
        f = vocab.field_of(hit) if hit else None
        if f == "summary" and _DECISION_SUMMARY.fullmatch(c.strip(" :")):
            f = "decision_summary"
        elif f == "summary" and not _PLAIN_SUMMARY.fullmatch(c.strip(" :")):
            f = None  # "Background", "Reasons", "Financial implications": no column a listing's record reads
        if f and f != "_not" and f not in found:
            found[f] = i
    return found if "reference" in found and len(found) >= 2 else None
