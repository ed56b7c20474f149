"""A person changes a record's protective marking, with its history (rule 18).

Every change records what, when, why and who (the store's write hook
keeps it in `marking_change`). Raising a marking is an edit; lowering
one is never done silently: it needs `Permission.MARKING_CHANGE` (an
approver) on the record's owner, and a reason. The legacy wording a
record was printed with (PROTECT, RESTRICTED...) is kept beside the new
marking.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.markings import Marking, map_legacy, propose_change
from concord.services.context import Context

#: every kind of record that carries a marking → (model name, the column its KEY names)
KINDS: dict[str, tuple[str, str]] = {
    "agreement": ("Agreement", "slug"),
    "decision": ("Decision", "id"),
    "decision_notice": ("DecisionNotice", "reference"),
    "meeting": ("Meeting", "id"),
    "paper": ("Paper", "id"),
    "minute": ("Minute", "id"),
    "project": ("Project", "slug"),
    "business_case": ("BusinessCase", "id"),
    "risk": ("Risk", "id"),
    "financial_table": ("FinancialTable", "id"),
}


@dataclass(frozen=True)
class MarkingEntry:
    """One change of a record's marking: what, when, why and who."""

    from_marking: Marking | None
    to_marking: Marking
    legacy_marking: str | None
    at: dt.datetime
    by: str
    reason: str


@dataclass(frozen=True)
class MarkedRecord:
    kind: str
    key: str
    marking: Marking
    legacy_marking: str | None
    held_until_approved: bool
    version: int
    history: tuple[MarkingEntry, ...]
    #: set by `change_marking`: the marking before the change, and whether it was lowered
    previous: Marking | None = None
    lowered: bool = False


def kind_of(kind: str) -> str:
    """The record kind (agreement, paper, decision-notice...), or a DomainError listing them."""
    name = kind.strip().lower().replace("-", "_")
    if name not in KINDS:
        raise DomainError("KIND", kind, "is not a kind of marked record: " + ", ".join(KINDS))
    return name


def _row(ctx: Context, kind: str, key: str) -> Any:
    from concord.store import models as m

    model_name, column = KINDS[kind]
    model = getattr(m, model_name)
    value: object = key.strip()
    if column == "id":
        if not key.strip().isdigit() or len(key.strip()) > 12:
            raise DomainError("KEY", key, f"must be the {kind.replace('_', ' ')}'s number (its id)")
        value = int(key.strip())
    row = ctx.session.scalar(sa.select(model).where(getattr(model, column) == value))
    if row is None:
        raise DomainError("KEY", key, f"is not a {kind.replace('_', ' ')} in the register")
    return row


def _owner(ctx: Context, row: Any) -> str | None:
    if row.owner_id is None:
        return None
    from concord.store import models as m

    return ctx.session.scalar(sa.select(m.Organisation.slug).where(m.Organisation.id == row.owner_id))


def _view(ctx: Context, kind: str, key: str, row: Any, **extra: Any) -> MarkedRecord:
    from concord.store import models as m

    mc = m.MarkingChange
    rows = ctx.session.scalars(sa.select(mc).where(mc.entity == row.__tablename__, mc.entity_id == str(row.id))
                               .order_by(mc.at, mc.id)).all()
    history = tuple(MarkingEntry(h.from_marking and Marking(h.from_marking), Marking(h.to_marking),
                                 h.legacy_marking, h.at, h.by, h.reason) for h in rows)
    return MarkedRecord(kind, key.strip(), Marking(row.marking), row.legacy_marking, bool(row.held_until_approved),
                        row.version, history, **extra)


def marking_of(ctx: Context, kind: str, key: str) -> MarkedRecord:
    """A record's marking, its legacy wording and the history of its marking."""
    from concord.services.visibility import is_public, may_read_marked

    kind = kind_of(kind)
    row = _row(ctx, kind, key)
    ctx.require(Permission.REGISTER_READ)
    if not is_public(row) and not may_read_marked(ctx.actor, _owner(ctx, row)):
        # a record above the public line is shown only to those with rights over it (rule 18)
        ctx.require(Permission.REGISTER_READ, organisation=_owner(ctx, row))
    return _view(ctx, kind, key, row)


def change_marking(ctx: Context, kind: str, key: str, marking: str, reason: str,
                   expected_version: int | None = None) -> MarkedRecord:
    """Change a record's marking (as a person, with a reason); a lower marking needs an approver."""
    from concord.store.validate import CONFIRM_DOWNGRADE, MARKING_REASON

    kind = kind_of(kind)
    row = _row(ctx, kind, key)
    owner = _owner(ctx, row)
    new = map_legacy(marking).marking
    current = Marking(row.marking)
    lowered = new.level < current.level
    ctx.require(Permission.MARKING_CHANGE if lowered else Permission.REGISTER_EDIT, organisation=owner)
    ctx.check_version(kind, key, row, expected_version)
    if reason is None or not reason.strip():
        raise DomainError("--reason", reason or "", "is required: say why the marking changes")
    propose_change(current, new, reason, ctx.actor.name, automatic=False)
    info = ctx.session.info
    saved = {k: info.get(k) for k in (CONFIRM_DOWNGRADE, MARKING_REASON)}
    info[MARKING_REASON] = reason.strip()
    info[CONFIRM_DOWNGRADE] = lowered  # a person confirms a lower marking; for this change only
    try:
        row.marking = new  # the legacy wording stays as printed
        ctx.session.flush()
    finally:
        for k, v in saved.items():
            if v is None:
                info.pop(k, None)
            else:
                info[k] = v
    return _view(ctx, kind, key, row, previous=current, lowered=lowered)
