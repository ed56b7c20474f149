"""Table rows as text gives them back: cells between bars (``| a | b |``), or cells set apart by runs of
spaces or tabs (a PDF table turned into text: ``Title      Parties      Date made``).

A listing's reader finds its header row by the labels of its cells and then reads each row cell by cell. With
bars, every barred line is a row. Without them, a row is a line cut into exactly as many cells as the header:
a line that is not (a wrapped cell, a paragraph) is no row of the table, and two of them in a row end it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from concord.ingest.textutil import squash

_GAP = re.compile(r"[ ]{2,}|\t+")


def cells(line: str, barred: bool) -> list[str]:
    if barred:
        return [squash(c) for c in line.strip().strip("|").split("|")]
    return [squash(c) for c in _GAP.split(line.strip()) if c.strip()]


def rows(text: str, start: int, end: int,
         header: Callable[[list[str]], dict[str, int] | None]) -> Iterator[tuple[int, str, list[str], dict[str, int]]]:
    """``(offset, line, cells, columns)`` for each row of the first table in ``text[start:end]`` whose header
    ``header`` recognises (it returns the column of each field, or None). Without bars, a line whose cells each
    start under a column's head, indented, goes on the row above (a cell wrapped onto a second line)."""
    cols: dict[str, int] | None = None
    barred = False
    width = 0
    misses = 0
    heads: list[int] = []
    pending: tuple[int, str, list[str]] | None = None
    opened: tuple[int, str] | None = None
    for m in re.finditer(r"[^\n]+", text[start:end]):
        line = m.group(0)
        if cols is None:
            for bars in (True, False):
                if bars != ("|" in line):
                    continue
                found = cells(line, bars)
                if len(found) < (2 if bars else 3):
                    continue
                cols = header(found)
                if cols:
                    barred, width = bars, len(found)
                    heads = [] if bars or "\t" in line else [c.start() for c in _CELL.finditer(line)]
                    break
            continue
        if barred:
            if opened is not None:  # a row whose cells hold lines of their own (a web page's cells of paragraphs)
                opened = (opened[0], opened[1] + "\n" + line)
                if opened[1].count("|") >= width + 1 and line.rstrip().endswith("|"):
                    yield opened[0], opened[1], block_cells(opened[1]), cols
                    opened = None
                elif len(opened[1]) > _OPEN_ROW:
                    opened = None
                continue
            if "|" not in line:
                continue
            got = cells(line, True)
            if all(re.fullmatch(r":?-{2,}:?|", c) for c in got):
                continue
            if len(got) < width and line.lstrip().startswith("|") and line.rstrip().endswith("|"):
                opened = (start + m.start(), line)  # "| 000839 |" over its title's lines, the row closed by a bar
                continue
            yield start + m.start(), line, got, cols
            continue
        if line.startswith("\t") and pending and len(line.split("\t")) <= width:
            # a row's cells wrapped onto the next line, each in its column, the first column's left empty (a PDF's
            # table, "\tSuffolk Constabulary\t\tsection"): they go on the row above
            more = [squash(c) for c in line.split("\t")]
            pending = (pending[0], pending[1], [f"{c} {more[k]}".strip() if k < len(more) and more[k] else c
                                                for k, c in enumerate(pending[2])])
            continue
        got = cells(line, False)
        if len(got) != width:
            wrapped = _wrapped(line, heads) if pending else None
            if wrapped and pending:
                pending = (pending[0], pending[1], [f"{c} {wrapped[k]}" if k in wrapped else c
                                                    for k, c in enumerate(pending[2])])
                continue
            misses += 1
            if misses >= 2:
                break
            continue
        misses = 0
        if pending:
            yield pending[0], pending[1], pending[2], cols
        pending = (start + m.start(), line, got)
    if pending and cols:
        yield pending[0], pending[1], pending[2], cols


_CELL = re.compile(r"\S+(?:[ ]\S+)*")
# the most a row broken over lines may run before its closing bar
_OPEN_ROW = 3000


def block_cells(row: str) -> list[str]:
    """The cells of a barred row broken over lines, each cell's lines kept ("000839\nVictoria House refurbishment")."""
    return ["\n".join(squash(ln) for ln in c.split("\n") if ln.strip()) for c in row.strip().strip("|").split("|")]


def _wrapped(line: str, heads: list[int]) -> dict[int, str] | None:
    """The cells of a line that carries on the row above, by column, when each starts within two places of a
    column's head and the line is indented (its first cell is not the first column's). (Between tabs no place says
    the column: a PDF's reader puts such a line's cells in their columns itself, the first left empty.)"""
    if not heads or "\t" in line or not line.startswith("  "):
        return None
    out: dict[int, str] = {}
    for c in _CELL.finditer(line):
        k = next((k for k, h in enumerate(heads) if abs(c.start() - h) <= 2), None)
        if k is None or k == 0 or k in out:
            return None
        out[k] = c.group(0)
    return out or None


def stacked(text: str, start: int, end: int, header: Callable[[list[str]], dict[str, int] | None],
            fits: Callable[[list[str], dict[str, int]], bool],
            head_cell: Callable[[str], object]) -> Iterator[tuple[int, list[str], dict[str, int]]]:
    """``(offset, cells, columns)`` for each row of a table printed one cell a line (a web page's table copied as
    text): a run of three or more header lines (``head_cell`` says which line may be a column's head, ``header``
    names the columns), then each row as that many lines, for as long as ``fits`` takes each row's cells (an empty
    cell prints no line, so a row that does not fit ends the table: the rows after it would be read out of step)."""
    lines = [(start + m.start(), squash(m.group(0))) for m in re.finditer(r"[^\n]+", text[start:end])
             if m.group(0).strip()]
    k = 0
    while k < len(lines):
        n = 0
        while k + n < len(lines) and len(lines[k + n][1]) <= 40 and head_cell(lines[k + n][1]):
            n += 1
        cols = header([c for _, c in lines[k:k + n]]) if n >= 3 else None
        if not cols:
            k += 1
            continue
        k += n
        while k + n <= len(lines):
            cells = [c for _, c in lines[k:k + n]]
            if not fits(cells, cols):
                break
            yield lines[k][0], cells, cols
            k += n
