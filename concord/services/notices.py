"""Decision notices from draft to publication: draft, number, sign, publish (rule 10).

A notice is drafted for a policing body, held until approved and without
a number. Numbering gives it the next number in the body's sequence for
the year; two people numbering at once never get the same number (the
body's row is locked first on PostgreSQL; SQLite lets one writer in at a
time). Only an approver of the body's own organisation signs it; only a
signed notice marked OFFICIAL is published, and publishing is what lets
`concord.services.published` show it to the public (it approves the
held record).

A notice is named by its reference (`CPCC2019-007`), or by its number
in the register while it is a draft. Every function takes the caller's
`Context` first and returns frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa

from concord.domain import notices as rules
from concord.domain.access import Permission
from concord.domain.decisions import NoticeRef, ProblemKind, numbering_problems
from concord.domain.errors import DomainError
from concord.domain.markings import Marking, map_legacy
from concord.domain.notices import NoticeState
from concord.domain.numbering import Signed, out_of_order
from concord.domain.text import check_title
from concord.domain.vocab import DecisionKind
from concord.services.context import Context
from concord.services.visibility import is_public, may_read_marked
from concord.store import models as m


@dataclass(frozen=True)
class Notice:
    id: int
    reference: str | None
    body: str  # the policing body's slug
    body_name: str
    year: int | None
    number: int | None
    subject: str
    decision: str
    decision_maker: str | None
    contact_officer: str | None
    signed_on: dt.date | None
    published_on: dt.date | None
    marking: Marking
    legacy_marking: str | None
    state: NoticeState
    version: int
    #: False when the actor may not read a notice marked above OFFICIAL: only its number is shown
    readable: bool = True
    #: things worth a look that do not stop the change (numbers out of date order)
    flags: tuple[str, ...] = ()
    #: the office of the body (an organisation's slug): its editors draft, number and publish, its approvers sign
    organisation: str | None = None

    @property
    def key(self) -> str:
        """How the notice is named in a URL or on the command line: its reference, or its
        number in the register while it is a draft (or when its reference holds a slash)."""
        return self.reference if self.reference and "/" not in self.reference else str(self.id)


@dataclass(frozen=True)
class NoticeYear:
    """One body's notices of one year, in number order, with what is wrong with the numbering."""

    body: str
    body_name: str
    code: str
    year: int
    notices: tuple[Notice, ...]
    missing: tuple[int, ...]
    duplicated: tuple[int, ...]
    problems: tuple[str, ...]

    @property
    def rows(self) -> list[tuple[int, Notice | None]]:
        """Every number from the lowest to the highest, in order: each notice with its number,
        a number used twice on two rows, a missing number with None."""
        by_number: dict[int, list[Notice]] = defaultdict(list)
        for n in self.notices:
            if n.number is not None:
                by_number[n.number].append(n)
        if not by_number:
            return []
        out: list[tuple[int, Notice | None]] = []
        for number in range(min(by_number), max(by_number) + 1):
            out += [(number, n) for n in by_number[number]] or [(number, None)]
        return out


@dataclass(frozen=True)
class NoticeRegister:
    years: tuple[NoticeYear, ...]  # newest year first, then by body
    drafts: tuple[Notice, ...]


@dataclass(frozen=True)
class Body:
    slug: str
    name: str
    code: str | None


def bodies(ctx: Context) -> list[Body]:
    """Policing bodies whose notices the register can hold, by name."""
    ctx.require(Permission.REGISTER_READ)
    rows = ctx.session.scalars(sa.select(m.PolicingBody).order_by(m.PolicingBody.name))
    return [Body(b.slug, b.name, b.notice_prefix) for b in rows]


def register(ctx: Context, body: str | None = None) -> NoticeRegister:
    """Every notice by body and year, with gaps and duplicates in each year's numbering."""
    ctx.require(Permission.REGISTER_READ)
    q = (sa.select(m.DecisionNotice, m.PolicingBody)
         .join(m.PolicingBody, m.PolicingBody.id == m.DecisionNotice.policing_body_id)
         .order_by(m.DecisionNotice.year.desc(), m.PolicingBody.name, m.DecisionNotice.number, m.DecisionNotice.id))
    if body:
        q = q.where(m.PolicingBody.slug == _body(ctx, body).slug)
    owners = _owners(ctx)
    groups: dict[tuple[int, str], list[Notice]] = defaultdict(list)
    bodies_seen: dict[str, m.PolicingBody] = {}
    drafts = []
    for n, pb in ctx.session.execute(q):
        shown = _view(ctx, n, pb, owners)
        if n.number is None or n.year is None:
            drafts.append(shown)
        else:
            groups[(n.year, pb.slug)].append(shown)
            bodies_seen[pb.slug] = pb
    years = []
    for (year, slug), notices in groups.items():
        pb = bodies_seen[slug]
        code = _code(pb)
        found = numbering_problems([NoticeRef(code, year, n.number) for n in notices if n.number is not None])
        missing = next((p.numbers for p in found if p.kind is ProblemKind.GAP), ())
        duplicated = next((p.numbers for p in found if p.kind is ProblemKind.DUPLICATE), ())
        years.append(NoticeYear(slug, pb.name, code, year, tuple(notices), missing, duplicated,
                                tuple(p.describe() for p in found)))
    return NoticeRegister(tuple(years), tuple(drafts))


def notice(ctx: Context, key: str) -> Notice | None:
    """One notice by its reference, or by its number in the register; None if there is none."""
    ctx.require(Permission.REGISTER_READ)
    found = _find(ctx, key)
    if found is None:
        return None
    return _view(ctx, found, _policing_body(ctx, found), _owners(ctx))


def draft(ctx: Context, body: str, subject: str, decision: str, decision_maker: str | None = None,
          contact_officer: str | None = None, marking: str | None = None) -> Notice:
    """A draft notice for a policing body: not numbered, not signed, held until it is published."""
    pb = _body(ctx, body)
    organisation = _organisation(ctx, pb)
    ctx.require(Permission.NOTICE_EDIT, organisation=organisation.slug if organisation else None)
    marked = map_legacy(marking) if marking and marking.strip() else None
    row = m.DecisionNotice(policing_body_id=pb.id, subject="", decision_text="", held_until_approved=True,
                           owner_id=organisation.id if organisation else None)
    _fill(row, subject, decision, decision_maker, contact_officer)
    if marked is not None:
        row.marking, row.legacy_marking = marked.marking, marked.legacy
    ctx.session.add(row)
    ctx.session.flush()
    return _view(ctx, row, pb, _owners(ctx))


def edit(ctx: Context, key: str, subject: str, decision: str, decision_maker: str | None = None,
         contact_officer: str | None = None, expected_version: int | None = None) -> Notice:
    """Change a draft's words (a numbered notice keeps the words it was numbered with)."""
    row, pb = _editable(ctx, key, Permission.NOTICE_EDIT, expected_version)
    rules.check_can_edit(_state(row), key)
    _fill(row, subject, decision, decision_maker, contact_officer)
    ctx.session.flush()
    return _view(ctx, row, pb, _owners(ctx))


def number(ctx: Context, key: str, on: dt.date, expected_version: int | None = None) -> Notice:
    """Give a draft the next number in its body's sequence for the year of `on`."""
    row, pb = _editable(ctx, key, Permission.NOTICE_EDIT, expected_version)
    rules.check_can_number(_state(row), key)
    _lock_sequence(ctx, pb)
    used = ctx.session.scalars(sa.select(m.DecisionNotice.number).where(
        m.DecisionNotice.policing_body_id == pb.id, m.DecisionNotice.year == on.year))
    code = _code(pb)
    if pb.notice_prefix is None:
        clash = ctx.session.scalar(sa.select(m.PolicingBody.name).where(m.PolicingBody.notice_prefix == code))
        if clash:
            raise DomainError("body", pb.slug, f"has no notice prefix of its own and {clash} uses {code}")
        pb.notice_prefix = code
    row.year, row.number = on.year, rules.next_number(used)
    row.reference = rules.reference(code, row.year, row.number)
    ctx.session.flush()
    return _view(ctx, row, pb, _owners(ctx))


def sign(ctx: Context, key: str, on: dt.date, decision_maker: str | None = None,
         expected_version: int | None = None) -> Notice:
    """An approver of the body's own organisation signs a numbered notice, in the year of its number."""
    row, pb = _editable(ctx, key, Permission.RECORD_APPROVE, expected_version)
    rules.check_can_sign(_state(row), key, row.year, on)
    if decision_maker is not None and decision_maker.strip():
        row.decision_maker = check_title(decision_maker, "--maker", 200)
    others = [Signed(r or "", n or 0, d) for r, n, d in ctx.session.execute(
        sa.select(m.DecisionNotice.reference, m.DecisionNotice.number, m.DecisionNotice.signed_on)
        .where(m.DecisionNotice.policing_body_id == pb.id, m.DecisionNotice.year == row.year,
               m.DecisionNotice.id != row.id, m.DecisionNotice.number.is_not(None)))]
    row.signed_on = on
    decision = _decision(ctx, row, pb)
    decision.made_on = on
    ctx.session.flush()
    assert row.reference is not None and row.number is not None  # numbered: checked above
    flags = tuple(out_of_order(Signed(row.reference, row.number, on), others))
    return _view(ctx, row, pb, _owners(ctx), flags)


def publish(ctx: Context, key: str, on: dt.date, expected_version: int | None = None) -> Notice:
    """Publish a signed notice marked OFFICIAL: from `on` the public register shows it."""
    row, pb = _editable(ctx, key, Permission.NOTICE_EDIT, expected_version)
    rules.check_can_publish(_state(row), key, row.marking, row.signed_on, on)
    row.published_on = on
    if row.held_until_approved and row.approved_on is None:
        row.approved_on = on
    ctx.session.flush()
    return _view(ctx, row, pb, _owners(ctx))


# --- inside the module ---------------------------------------------------------------

def _fill(row: m.DecisionNotice, subject: str, decision: str, maker: str | None, contact: str | None) -> None:
    row.subject = check_title(subject, "--subject", 300)
    row.decision_text = check_title(decision, "--decision", allow_newlines=True)
    row.decision_maker = check_title(maker, "--maker", 200) if maker and maker.strip() else None
    row.contact_officer = check_title(contact, "--contact", 200) if contact and contact.strip() else None


def _state(row: m.DecisionNotice) -> NoticeState:
    """A draft is held until it is published; a notice recorded after the event is not held
    (it was signed), and is published once the public register shows it."""
    numbered = row.number is not None
    recorded = numbered and not row.held_until_approved
    return rules.state_of(numbered, row.signed_on is not None or recorded,
                          row.published_on is not None or (numbered and is_public(row)))


def _code(pb: m.PolicingBody) -> str:
    """The body's prefix, or (until it has one) its name in capitals, as `concord check` reads it."""
    return pb.notice_prefix or pb.slug.upper().replace("-", "")


def _find(ctx: Context, key: str, lock: bool = False) -> m.DecisionNotice | None:
    text = (key or "").strip()
    q = sa.select(m.DecisionNotice)
    if text.isdigit():
        if len(text) > 9:
            return None
        q = q.where(m.DecisionNotice.id == int(text))
    else:
        q = q.where(m.DecisionNotice.reference == text.upper())
    return ctx.session.scalar(q.with_for_update() if lock else q)


def _editable(ctx: Context, key: str, permission: Permission,
              expected_version: int | None) -> tuple[m.DecisionNotice, m.PolicingBody]:
    row = _find(ctx, key, lock=True)
    if row is None:
        raise DomainError("notice", key, "is not a decision notice in the register (see `concord notice list`)")
    pb = _policing_body(ctx, row)
    organisation = _organisation(ctx, pb)
    ctx.require(permission, organisation=organisation.slug if organisation else None)
    ctx.check_version("decision notice", key, row, expected_version)
    return row, pb


def _lock_sequence(ctx: Context, pb: m.PolicingBody) -> None:
    """Serialise numberers of one body: a row lock on PostgreSQL (SQLite's write
    transaction already holds the database's one write lock)."""
    if ctx.session.get_bind().dialect.name != "sqlite":
        ctx.session.execute(sa.select(m.PolicingBody.id).where(m.PolicingBody.id == pb.id).with_for_update())


def _body(ctx: Context, body: str) -> m.PolicingBody:
    text = (body or "").strip().lower()
    found = ctx.session.scalar(sa.select(m.PolicingBody).where(
        sa.or_(m.PolicingBody.slug == text, m.PolicingBody.force_id == text)))
    if found is None:
        raise DomainError("--body", body, "is not a policing body in the register (see `concord notice bodies`)")
    return found


def _policing_body(ctx: Context, row: m.DecisionNotice) -> m.PolicingBody:
    return ctx.session.get_one(m.PolicingBody, row.policing_body_id)


def _organisation(ctx: Context, pb: m.PolicingBody) -> m.Organisation | None:
    """The office of the policing body: the organisation whose officers keep its notices."""
    return ctx.session.scalar(sa.select(m.Organisation).where(
        m.Organisation.kind == "policing_body", m.Organisation.force_id == pb.force_id))


@dataclass(frozen=True)
class _Names:
    owners: dict[int, str]  # organisation id → slug
    offices: dict[str, str]  # force id → the slug of its policing body's office


def _owners(ctx: Context) -> _Names:
    owners, offices = {}, {}
    for id_, slug, kind, force_id in ctx.session.execute(
            sa.select(m.Organisation.id, m.Organisation.slug, m.Organisation.kind, m.Organisation.force_id)):
        owners[id_] = slug
        if kind == "policing_body" and force_id:
            offices[force_id] = slug
    return _Names(owners, offices)


def _decision(ctx: Context, row: m.DecisionNotice, pb: m.PolicingBody) -> m.Decision:
    """The executive decision the notice records (made when the notice is signed)."""
    if row.decision_id is not None:
        return ctx.session.get_one(m.Decision, row.decision_id)
    office = ctx.session.scalar(sa.select(m.Office).where(m.Office.force_id == pb.force_id,
                                                          m.Office.kind == "policing_body"))
    made = m.Decision(kind=DecisionKind.EXECUTIVE, made_on=row.signed_on, subject=row.subject,
                      text=row.decision_text, office_id=office.id if office else None, marking=row.marking,
                      legacy_marking=row.legacy_marking, owner_id=row.owner_id)
    ctx.session.add(made)
    ctx.session.flush()
    row.decision_id = made.id
    return made


def _view(ctx: Context, n: m.DecisionNotice, pb: m.PolicingBody, names: _Names,
          flags: tuple[str, ...] = ()) -> Notice:
    marking = Marking(n.marking)
    readable = marking is Marking.OFFICIAL or may_read_marked(
        ctx.actor, names.owners.get(n.owner_id) if n.owner_id is not None else None)
    hidden = "(withheld: marked " + marking.value + ")"
    return Notice(n.id, n.reference, pb.slug, pb.name, n.year, n.number,
                  n.subject if readable else hidden, n.decision_text if readable else hidden,
                  n.decision_maker if readable else None, n.contact_officer if readable else None,
                  n.signed_on, n.published_on, marking, n.legacy_marking,
                  _state(n), n.version, readable, flags, names.offices.get(pb.force_id))
