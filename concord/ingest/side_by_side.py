"""Attendee lists printed side by side, as a PDF's two columns come out of its text layer:

    Members Present:                    Officers Present:
    Cllr A Rowe (Chair)                 F Moss - Chief Executive, OPCC
    Cllr B Hart                         H King - Treasurer, OPCC
    Cllr C Dunn

Each list is put under its own label, one after the other, within the same stretch of text: the text keeps its
length (the block's end padded with spaces), so offsets after the block are as printed and offsets inside it point
into the block."""

from __future__ import annotations

import re

from concord.ingest import vocab

_LABELS = vocab.pattern("meeting", names=("members", "attendance", "apologies"), strict=True)
_GAP = re.compile(r"[ \t]{3,}")
_SLACK = 6  # how far a row's gap may stand from the column its label starts at


def side_by_side(text: str) -> str:
    """``text`` with each block of attendee lists printed side by side set out one list after another."""
    if "   " not in text:
        return text
    out: list[str] | None = None
    pos = 0
    for m in _HEAD_LINE.finditer(text):
        if m.start() < pos:
            continue
        block = _block(text, m)
        if block is None:
            continue
        end, rewritten = block
        out = out if out is not None else list(text)
        out[m.start():end] = list(rewritten)
        pos = end
    return "".join(out) if out is not None else text


# a line of two labels or more apart ("Members Present:      Officers Present:"), nothing else on it
_HEAD_LINE = re.compile(r"(?m)^[ \t]*\S[^\n]*?\S[ \t]{3,}\S[^\n]*$")


def _block(text: str, head: re.Match[str]) -> tuple[int, str] | None:
    """The block a head line of labels starts: where it ends and its text set out one list after another, or None."""
    line = head.group(0)
    cols = _columns(line)
    if cols is None:
        return None
    rows: list[list[str]] = [[] for _ in cols]
    end = head.end()
    while end < len(text) and text[end] == "\n":
        nl = text.find("\n", end + 1)
        row = text[end + 1:nl if nl >= 0 else len(text)]
        if not row.strip():
            break
        cells = _cells(row, cols)
        if cells is None:
            return None  # a row that does not keep to the columns: no block of lists side by side
        for k, cell in enumerate(cells):
            if cell:
                rows[k].append(cell)
        end = nl if nl >= 0 else len(text)
    if sum(1 for r in rows if r) < 2:
        return None
    labels = [line[a:b].strip() for a, b in zip(cols, [*cols[1:], len(line)])]
    lines: list[str] = []
    for k, (label, cells) in enumerate(zip(labels, rows)):
        if k:
            lines.append("")
        lines += [label, *cells]
    rewritten = "\n".join(lines)
    if len(rewritten) > end - head.start():
        return None
    return end, rewritten.ljust(end - head.start())


def _columns(line: str) -> list[int] | None:
    """Where each label of a head line starts, when the line is labels of attendee lists and nothing else."""
    starts = [len(line) - len(line.lstrip())] + [g.end() for g in _GAP.finditer(line.rstrip())]
    if len(starts) < 2:
        return None
    for a, b in zip(starts, [*starts[1:], len(line)]):
        cell = line[a:b].strip()
        m = _LABELS.match(cell)
        if not m or cell[m.end():].strip(" :-–"):
            return None
    return starts


def _cells(row: str, cols: list[int]) -> list[str] | None:
    """A row cut at each column (at the gap nearest to where its label starts), or None where no gap is there."""
    cuts = [0]
    for col in cols[1:]:
        if len(row.rstrip()) <= col - _SLACK:
            break  # the row ends before this column: its later cells are empty
        gap = next((g for g in _GAP.finditer(row, cuts[-1]) if g.start() <= col + _SLACK and g.end() >= col - _SLACK), None)
        if gap is None:
            if row[:col].strip() and row[col - 1:col] not in (" ", "\t"):
                return None
            gap = re.compile(r"[ \t]*").match(row, max(cuts[-1], min(col, len(row))))
        cuts.append(gap.end())  # type: ignore[union-attr]
    cells = [row[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(row)])]
    return cells + [""] * (len(cols) - len(cells))


# a label and its value printed in a column to the right of a heading's line ("Police and Crime Panel      Date: 5 July
# 2021", "Minutes      Time: 2.00pm"): the gap before the label, a tab or four spaces or more
_RIGHT_GAP = re.compile(r"(?m)(?<=\S)(?:[ ]{4,}|[ ]*\t[ \t]*)(?=[A-Z][A-Za-z /&]{1,30}:[ \t]*\S)")
# (a header's own fields: not a section's heading, "Police and Crime Plan: Progress Report" after an item's number)
_FORM_LABELS = (vocab.pattern("meeting", names=("date", "time", "venue", "chair"), strict=True),
                vocab.pattern("report", names=("to", "from", "date", "subject", "item", "number", "contact"), strict=True),
                vocab.pattern("decision", names=("reference", "date", "maker", "subject", "contact"), strict=True))


def labels_apart(text: str) -> str:
    """``text`` with each label printed in a column to the right of a line's text put at the start of a line of its
    own (the gap's first space made a line break: every offset stays where it was)."""
    if "    " not in text and "\t" not in text:
        return text
    cuts = []
    for m in _RIGHT_GAP.finditer(text):
        left = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if not re.search(r"[A-Za-z]{2}", left):
            continue  # "43<tab>Police and Crime Plan: ...": a list's number before its entry, no column
        rest = text[m.end():text.find("\n", m.end()) % (len(text) + 1)]  # (a label's pattern reads a line's start)
        label = next((hit for rx in _FORM_LABELS if (hit := rx.match(rest)) is not None), None)
        if label is not None and ":" in label.group(0) and vocab.field_of(label) != "_not":
            cuts.append(m.start())
    if not cuts:
        return text
    out = list(text)
    for at in cuts:
        out[at] = "\n"
    return "".join(out)
