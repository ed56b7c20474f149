"""Second readings of a paper the first reading read poorly: put back onto its lines where its parts begin (a page
flattened onto long lines), or with a flattened page's numbered items on lines of their own (``flat_items``). Each is
taken only when it reads more than the first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from concord.ingest.document import Document
from concord.ingest.flat_items import flattened_whole, item_lines, items_added
from concord.ingest.reline import reline

# how a paper's text is read into records (``extract._extract``)
Extract = Callable[[Document, str], dict[str, list[Any]]]


def relined(doc: Document, text: str, out: dict[str, list[Any]], extract: Extract) -> dict[str, list[Any]]:
    """A paper read poorly (``out``: no record, a meeting with no one or no item named, or only guesses) read again
    put back onto its lines where its parts begin (a page flattened onto long lines), taken when it gives more."""
    rich = _richness(out)
    poor = rich < RELINE_POOR and (not any(out[k] for k in _READ) or any(not (m["members"] and m["items"])
                                                                           for m in out["meetings"]) or
                                   all(r.get("confidence", 1) <= RELINE_GUESS for k in _READ for r in out[k]))
    relined = reline(text) if poor else text  # no record, or a meeting with no one or no item named, or only guesses:
    if relined != text:  # a page flattened onto long lines, put back onto its lines where its parts begin: more?
        again = extract(doc, relined)
        if _richness(again) > rich + RELINE_GAIN or not any(out[k] for k in _READ) and any(
                r.get("confidence", 0) >= RELINE_SURE for k in _READ for r in again[k]):
            again["documents"][0]["_relined"] = True  # (``--explain`` says so; no field of the JSON)
            out = again
    return out


def items_put_back(doc: Document, read: str, out: dict[str, list[Any]], extract: Extract) -> dict[str, list[Any]]:
    """A page flattened whole, read with no items for its meeting (or no meeting, its words saying minutes): read again
    with its numbered items on lines of their own (``flat_items``), taken when it has the same meetings with items."""
    named = not out["meetings"] and out["documents"][0]["kind"] in ("minutes", "agenda")  # (by its words alone)
    if not (named or any(not m["items"] for m in out["meetings"])) or not flattened_whole(doc.text):
        return out
    text = item_lines(doc.text, read)  # (``read``: the text as first read, its labels on their lines)
    relined = bool(out["documents"][0].get("_relined")) or named
    again = extract(doc, reline(text) if relined else text)
    if named and not any(again[k] for k in _READ if k != "meetings") and items_added([], again["meetings"]):
        again["documents"][0].update(_relined=True, _items_lined=True)  # (``--explain`` says so)
        return again
    if items_added(out["meetings"], again["meetings"]):
        out["meetings"] = again["meetings"]
        out["documents"][0]["_items_lined"] = True
    return out


# a flattened page is read put back onto its lines when, as printed, it gave fewer values than this (no record, or a
# meeting with no one or no item named), and put back it gives more than two more
RELINE_POOR, RELINE_GAIN = 12, 2
# ... or, where as printed it gave no record at all, put back it gives one this sure (a record of decision with its
# reference and subject, not a meeting with a forum and a date alone)
RELINE_SURE = 0.5
# ... and a page whose every record is no surer than this (a guess: an agreement named in an agenda's run-on line) is
# read put back onto its lines too
RELINE_GUESS = 0.6


# the records read from the paper's lines (its tables are read from the paper as printed, the same either way)
_READ = ("decision_notices", "reports", "meetings", "actions", "agreements", "projects")


def _richness(out: dict[str, list[Any]]) -> int:
    """How many values an extraction's records read from its lines hold (each name of a list one)."""
    return sum(len(v) if isinstance(v, list) else 1 for k in _READ for rec in out[k] for f, v in rec.items()
               if v and not f.startswith("_") and f not in ("source", "confidence", "kind", "status"))
