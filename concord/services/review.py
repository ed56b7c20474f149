"""Reviewing a proposed record field by field, beside the text it came from.

Each field of a record ingestion proposed is accepted as proposed,
corrected (the value typed is read by the field's own type,
`review_fields`) or rejected (left empty), one `decide_field` call each —
what `concord review field` runs, and the web's review page. The record
is then accepted or rejected whole with `ingestion.decide`, with the
values as decided. A marking is never lowered in review (rule 18).

`source_passage` gives the stretch of the paper's stored text the record
came from, cut into plain and marked pieces (each marked piece names the
field it gave), for a page to show the record beside its source.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.vocab import FieldDecision, ReviewState
from concord.services import ingestion, review_fields
from concord.services.context import Context
from concord.services.visibility import visible_revisions
from concord.store import models as m

#: fields a person does not decide: where the record came from
NOT_DECIDED = frozenset({"source"})
#: the longest stretch of source text shown beside a record, in characters
PASSAGE = 6000
_AROUND = 300


@dataclass(frozen=True)
class FieldView:
    name: str
    label: str
    #: the value as it stands (as decided), and as first proposed
    value: Any
    proposed: Any
    decision: str | None
    required: bool
    #: how to type a correction: "text", "lines" (a list of text, one a line) or "json"
    shape: str
    hint: str
    decided_by: str | None = None


@dataclass(frozen=True)
class Piece:
    text: str
    #: the field this piece of text gave, or None for the text around it
    field: str | None = None


@dataclass(frozen=True)
class Passage:
    page: int | None
    pieces: tuple[Piece, ...]
    cut_before: bool
    cut_after: bool


def label(name: str) -> str:
    words = name.replace("_gbp", " (£)").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _hint(name: str, value: Any, shape: str) -> str:
    if name == "marking":
        return "A protective marking, for example OFFICIAL or OFFICIAL-SENSITIVE. It cannot be lowered here."
    if name == "held_until_approved":
        return "true or false"
    if name in ("date", "due", "meeting_date") or name.endswith("_date"):
        return "A date, for example 2016-09-21"
    if name == "time":
        return "A time of day, for example 10:30"
    if name in ("lead", "policing_body"):
        return "A force id, for example kent"
    if name == "parties":
        return "Force ids, one a line, for example kent"
    if name.endswith("_gbp"):
        return "An amount of money in pounds, for example 1,200,000"
    if name.endswith("_months"):
        return "A whole number of months"
    if shape == "lines":
        return "One entry a line"
    if shape == "json":
        return "As JSON, the shape shown"
    return ""


def _shape(name: str, value: Any) -> str:
    if name == "parties" or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return "lines"
    if isinstance(value, (list, dict)):
        return "json"
    return "text"


def _row(ctx: Context, item_id: int) -> tuple[m.ReviewItem, m.DocumentRevision]:
    if not isinstance(item_id, int) or not 0 < item_id < 2 ** 31:
        raise DomainError("review item", item_id, "is not a review item number")
    row = ctx.session.execute(
        sa.select(m.ReviewItem, m.DocumentRevision)
        .join(m.DocumentRevision, m.DocumentRevision.id == m.ReviewItem.revision_id)
        .where(m.ReviewItem.id == item_id, visible_revisions(ctx))).first()
    if row is None:
        raise DomainError("review item", item_id, "does not exist")
    return row[0], row[1]


def fields(ctx: Context, item_id: int) -> list[FieldView]:
    """Each field of a proposed record: its value, what was proposed, what a person decided."""
    ctx.require(Permission.REGISTER_READ)
    item, _ = _row(ctx, item_id)
    known = review_fields.fields_of(item.record_type)
    decided = item.field_decisions or {}
    names = [k for k in item.payload if k not in NOT_DECIDED and k in known] + \
        [k for k in review_fields.FIELDS[item.record_type] if k not in item.payload]
    out = []
    for name in names:
        value = item.payload.get(name)
        note = decided.get(name) or {}
        proposed = note.get("proposed", value)
        shape = _shape(name, value if value is not None else proposed)
        out.append(FieldView(name, label(name), value, proposed, note.get("decision"), _required(known, name),
                             shape, _hint(name, value, shape), note.get("by")))
    return out


def _required(known: Mapping[str, Any], name: str) -> bool:
    parser = known.get(name)
    if parser is None:
        return False
    try:
        parser(name, None)
    except DomainError:
        return True
    return False


def decide_field(ctx: Context, item_id: int, field: str, decision: str, value: str | None = None,
                 expected_version: int | None = None) -> ingestion.ReviewItemView:
    """Accept one field of a proposed record as proposed, correct it to `value` (read by the
    field's type), or reject it (the record is accepted without it)."""
    item, revision = _row(ctx, item_id)
    owner = ctx.session.scalar(sa.select(m.Organisation.slug).where(m.Organisation.id == revision.owner_id)) \
        if revision.owner_id else None
    ctx.require(Permission.REVIEW_DECIDE, organisation=owner)
    ctx.check_version("review item", item_id, item, expected_version)
    if item.state != ReviewState.PENDING:
        raise DomainError("review item", item_id, f"was already {item.state.value}")
    try:
        chosen = FieldDecision(decision)
    except ValueError:
        raise DomainError("decision", decision, "must be one of accepted, corrected, rejected") from None
    known = review_fields.fields_of(item.record_type)
    if field not in known or field in NOT_DECIDED:
        raise DomainError("field", field, f"names no field of a {item.record_type.replace('_', ' ')}: its fields "
                          "are " + ", ".join(sorted(k for k in known if k not in NOT_DECIDED)))
    decided = dict(item.field_decisions or {})
    proposed = (decided.get(field) or {}).get("proposed", item.payload.get(field))
    if chosen is FieldDecision.CORRECTED:
        if value is None:
            raise DomainError(field, None, "needs the corrected value")
        new = review_fields.parse_sets(item.record_type, {field: value})[field]
        ingestion.no_lowering(item.payload, {field: new})
    elif chosen is FieldDecision.REJECTED:
        try:
            new = known[field](field, None)
        except DomainError:
            raise DomainError(field, None, "is required: correct it rather than reject it, or reject the "
                              "whole record") from None
        ingestion.no_lowering(item.payload, {field: new})
    else:
        new = known[field](field, proposed)
        ingestion.no_lowering(item.payload, {field: new})
    decided[field] = {"decision": chosen.value, "proposed": proposed, "by": ctx.actor.name[:120],
                      "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    item.payload = {**item.payload, field: new}
    item.field_decisions = decided
    ctx.session.flush()
    return ingestion.get(ctx, item_id)


def shown(value: Any, shape: str = "text") -> str:
    """A field's value as a person types it back: one entry a line, JSON, or the text."""
    if value is None:
        return ""
    if shape == "lines" and isinstance(value, list):
        return "\n".join(str(v) for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, indent=1)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def source_passage(ctx: Context, item_id: int) -> Passage | None:
    """The stretch of the stored paper a record came from, its fields' spans marked; None when
    the paper's text or the record's place in it is not known."""
    ctx.require(Permission.REGISTER_READ)
    item, revision = _row(ctx, item_id)
    prov = item.provenance or {}
    text = ctx.session.scalar(sa.select(m.DocumentRevision.text).where(m.DocumentRevision.id == revision.id)) or ""
    spans = sorted(_trimmed(text, int(w["start"]), int(w["end"])) + (name,) for name, w in (prov.get("fields") or {}).items()
                   if isinstance(w, dict) and isinstance(w.get("start"), int) and isinstance(w.get("end"), int)
                   and 0 <= w["start"] < w["end"] <= len(text))
    spans = [(a, b, name) for a, b, name in spans if a < b]
    if not spans and isinstance(prov.get("start"), int) and isinstance(prov.get("end"), int) \
            and 0 <= prov["start"] < prov["end"] <= len(text):
        spans = [(prov["start"], min(prov["end"], prov["start"] + PASSAGE - 2 * _AROUND), "record")]
    if not text or not spans:
        return None
    start = max(0, spans[0][0] - _AROUND)
    end = min(len(text), max(e for _, e, _ in spans) + _AROUND, start + PASSAGE)
    pieces: list[Piece] = []
    at = start
    for s, e, name in spans:
        if s < at or s >= end:  # overlapping another field's span, or past what is shown
            continue
        e = min(e, end)
        if s > at:
            pieces.append(Piece(text[at:s]))
        pieces.append(Piece(text[s:e], name))
        at = e
    if at < end:
        pieces.append(Piece(text[at:end]))
    page = (prov.get("fields") or {}).get(spans[0][2], {}).get("page") if spans[0][2] != "record" else None
    return Passage(page or prov.get("page"), tuple(pieces), start > 0, end < len(text))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the white space at its ends (a highlighted line break helps no one)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
