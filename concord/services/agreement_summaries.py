"""The published summary of an agreement (rule 15): written by an editor of the
agreement's organisation, approved for publication by an approver of it.

The summary is its own record with its own marking (OFFICIAL by default) and is
held until approved: any change to it withdraws the approval, so what the public
reads is always what an approver approved. `concord.services.published` shows it
in place of an agreement that may not itself be public.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain import summaries as rules
from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.text import check_length, check_title, describe_character, unsafe_character
from concord.services.agreements import _find, owner_of
from concord.services.context import Context

TEXT_LIMIT = 4000


@dataclass(frozen=True)
class SummaryView:
    agreement: str  # the agreement's slug
    title: str
    objective: str | None
    scope: str | None
    term: str | None
    termination: str | None
    direction_and_control: str | None
    governance: str | None
    marking: str
    approved_on: dt.date | None
    version: int
    missing: tuple[str, ...]  # the parts of rule 15 it does not yet say

    @property
    def approved(self) -> bool:
        return self.approved_on is not None


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


def _view(slug: str, row) -> SummaryView:  # noqa: ANN001
    parts = {part: getattr(row, part) for part in rules.PARTS}
    return SummaryView(slug, row.title, row.objective, row.scope, row.term, row.termination,
                       row.direction_and_control, row.governance, row.marking.value, row.approved_on, row.version,
                       tuple(rules.missing(parts)))


def _row(ctx: Context, agreement_id: int):  # noqa: ANN202
    m = _m()
    return ctx.session.scalar(sa.select(m.AgreementSummary).where(m.AgreementSummary.agreement_id == agreement_id))


def show(ctx: Context, slug: str) -> SummaryView | None:
    """The agreement's summary, approved or not, for those who may read the agreement."""
    ctx.require(Permission.REGISTER_READ)
    a = _find(ctx, slug, readable=True)
    row = _row(ctx, a.id)
    return _view(slug, row) if row is not None else None


def may_approve(ctx: Context, slug: str) -> bool:
    """May the actor approve this agreement's summary? (for offering the button; approving checks again)"""
    ctx.require(Permission.REGISTER_READ)
    return ctx.actor.can(Permission.RECORD_APPROVE, owner_of(ctx, _find(ctx, slug, readable=True)))


def _text(value: str | None, field: str) -> str | None:
    if value is None or not value.strip():
        return None
    bad = unsafe_character(value, allow_newlines=True)
    if bad is not None:
        raise DomainError(field, value, f"contains a control character ({describe_character(bad)})")
    return check_length(value.strip(), field, TEXT_LIMIT)


def write(ctx: Context, slug: str, title: str | None = None, objective: str | None = None,
          scope: str | None = None, term: str | None = None, termination: str | None = None,
          direction_and_control: str | None = None, governance: str | None = None,
          expected_version: int | None = None) -> SummaryView:
    """Write the summary, or change the parts given (a part not given is kept). A change
    withdraws any approval: the summary is held until an approver approves it again."""
    a = _find(ctx, slug, lock=True)
    ctx.require(Permission.AGREEMENT_EDIT, organisation=owner_of(ctx, a))
    row = _row(ctx, a.id)
    if row is None:
        if expected_version is not None:
            ctx.check_version("agreement summary", slug, None, expected_version)
        if title is None:
            raise DomainError("--title", "", "is required for a new summary: the title the public reads")
        row = _m().AgreementSummary(agreement_id=a.id, title="", owner_id=a.owner_id, held_until_approved=True)
        ctx.session.add(row)
    else:
        ctx.check_version("agreement summary", slug, row, expected_version)
    given = {"objective": objective, "scope": scope, "term": term, "termination": termination,
             "direction_and_control": direction_and_control, "governance": governance}
    changed = False
    if title is not None:
        new_title = check_title(title, "--title", 300)
        changed |= new_title != row.title
        row.title = new_title
    for part, value in given.items():
        if value is None:
            continue
        text = _text(value, "--" + part.replace("_", "-"))
        changed |= text != getattr(row, part)
        setattr(row, part, text)
    if changed:
        row.held_until_approved, row.approved_on = True, None
    ctx.session.flush()
    return _view(slug, row)


def approve(ctx: Context, slug: str, on: dt.date | None = None, expected_version: int | None = None) -> SummaryView:
    """An approver publishes the summary: refused while it lacks a part of rule 15 or is marked above OFFICIAL."""
    a = _find(ctx, slug, lock=True)
    ctx.require(Permission.RECORD_APPROVE, organisation=owner_of(ctx, a))
    row = _row(ctx, a.id)
    if row is None:
        raise DomainError("agreement", slug, "has no summary to approve (write one with `concord agreement summary`)")
    ctx.check_version("agreement summary", slug, row, expected_version)
    rules.check_publishable({part: getattr(row, part) for part in rules.PARTS}, row.marking)
    row.approved_on = on or dt.date.today()
    ctx.session.flush()
    return _view(slug, row)
