"""The register of agreements: add one, read it, record its clauses.

The one way to create an agreement: the CLI, accepted ingestion records
and any later caller all come through `add` (and vary an agreement
through `concord.services.agreement_changes`). Parties are offices, named
by force id: `kent` = both of Kent's offices, `kent:chief` or `kent:pcc`
one; a non-territorial force named alone (`btp`) is its chief constable.

Every function takes the caller's `Context`, checks the permission it
needs and returns frozen dataclasses (`concord.services.agreement_views`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa

from concord.domain import agreements as rules
from concord.domain.access import Permission
from concord.domain.errors import ConflictError, DomainError
from concord.domain.forces import force as force_ref
from concord.domain.markings import Marking, map_legacy
from concord.domain.provisions import PartyOffice, ProvisionType, check_agreement_parties, check_provision_parties, \
    party_offices
from concord.domain.vocab import CostBasis, VersionKind
from concord.services.agreement_views import AgreementSummary, AgreementView, ProvisionView, summary, view
from concord.services.context import Context

__all__ = ["NewAgreement", "add", "add_provision", "listing", "may_edit", "show", "AgreementView", "AgreementSummary"]


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


def _offices_for(ctx: Context, specs: Sequence[str] | str, field_name: str = "party") -> list:  # noqa: ANN401
    """The offices named by each spec, in order, each once; every spec checked before any is used."""
    from concord.services.reference import office

    specs = [specs] if isinstance(specs, str) else list(specs)
    if not specs:
        raise DomainError(field_name, "", "is required: name one or more parties with --party FORCE[:chief|:pcc]")
    wanted: list[PartyOffice] = []
    for spec in specs:
        for p in party_offices(spec, field_name):
            if p not in wanted:
                wanted.append(p)
    return [office(ctx.session, p.kind, p.force_id) for p in wanted]


def owner_of(ctx: Context, a) -> str | None:  # noqa: ANN001
    """The slug of the organisation an agreement belongs to, if it belongs to one."""
    if a.owner_id is None:
        return None
    m = _m()
    return ctx.session.scalar(sa.select(m.Organisation.slug).where(m.Organisation.id == a.owner_id))


def _find(ctx: Context, slug: str, lock: bool = False, readable: bool = False):  # noqa: ANN201
    """The agreement row (for services only). `lock` serialises writers on it:
    a row lock on PostgreSQL, the write lock taken first on SQLite. `readable`: only
    if the actor may read it (one marked above OFFICIAL needs rights over it)."""
    from concord.services.visibility import visible

    m = _m()
    s = ctx.session
    q = sa.select(m.Agreement).where(m.Agreement.slug == slug)
    if readable:
        q = q.where(visible(ctx, m.Agreement))
    if lock:
        if s.get_bind().dialect.name == "sqlite":
            # a write first, so this transaction holds SQLite's write lock before it reads; a
            # writer still waiting when the busy timeout runs out lost a race: it may try again
            try:
                s.execute(sa.update(m.Agreement.__table__).where(m.Agreement.__table__.c.slug == slug)
                          .values(version=m.Agreement.__table__.c.version))
            except sa.exc.OperationalError as exc:
                if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
                    raise ConflictError("agreement", slug) from exc
                raise
        q = q.with_for_update()
    found = s.scalar(q)
    if found is None:
        raise DomainError("agreement", slug, "is not in the register (see `concord agreement list`)")
    return found


def _editable(ctx: Context, slug: str, expected_version: int | None = None):  # noqa: ANN201
    """The agreement locked for a change, after the permission and stale-edit checks."""
    a = _find(ctx, slug, lock=True)
    ctx.require(Permission.AGREEMENT_EDIT, organisation=owner_of(ctx, a))
    ctx.check_version("agreement", slug, a, expected_version)
    return a


@dataclass(frozen=True)
class NewAgreement:
    slug: str
    title: str
    parties: Sequence[str]
    start: dt.date
    end: dt.date | None = None
    review: dt.date | None = None
    lead: str | None = None
    annual_budget: Decimal | None = None
    cost_basis: str | None = None
    notice_months: int | None = None
    notice_to: str | None = None
    marking: str = "OFFICIAL"
    committed_for_duration: bool = False
    succeeds: str | None = None
    summary: str = "Original agreement"
    decision: str | None = None
    objective: str | None = None
    covers: Sequence[str] = field(default_factory=tuple)
    #: the organisation it belongs to (its editors and approvers act on it); None: no one's
    owner: str | None = None


def _cost_basis(value: str | None) -> CostBasis | None:
    if not value:
        return None
    try:
        return CostBasis(value)
    except ValueError:
        raise DomainError("cost_basis", value, "must be one of " + ", ".join(b.value for b in CostBasis)) from None


def add(ctx: Context, new: NewAgreement) -> AgreementView:
    """Add an agreement and its original version; refused whole unless two or
    more policing bodies are parties (s22A(1))."""
    from concord.services.agreement_changes import _notice_row

    m = _m()
    s = ctx.session
    ctx.require(Permission.AGREEMENT_EDIT)
    owner_id = None
    if new.owner:
        owner_id = s.scalar(sa.select(m.Organisation.id).where(m.Organisation.slug == new.owner))
        if owner_id is None:
            raise DomainError("owner", new.owner, "is not an organisation in the register (see `concord user list`)")
        ctx.require(Permission.AGREEMENT_EDIT, organisation=new.owner)
    if not new.slug or not new.slug.strip():
        raise DomainError("slug", new.slug, "is required")
    if not new.title or not new.title.strip():
        raise DomainError("title", new.title, "is required")
    if s.scalar(sa.select(m.Agreement.id).where(m.Agreement.slug == new.slug)):
        raise DomainError("slug", new.slug, "is already used by another agreement")
    if new.notice_months is not None and new.notice_months < 0:
        raise DomainError("--notice-months", str(new.notice_months), "must not be negative")
    rules.validate_term(new.start, new.end, new.review)
    mapped = map_legacy(new.marking) if new.marking else None
    offices = _offices_for(ctx, new.parties)
    problems = check_agreement_parties([PartyOffice(o.kind, o.force_id) for o in offices])
    if problems:
        raise DomainError("party", ", ".join(new.parties), "; ".join(problems))
    before = None
    if new.succeeds:
        before = _find(ctx, new.succeeds)
        if before.start_date and new.start <= before.start_date:
            raise DomainError("succeeds", new.succeeds, f"started on {before.start_date.isoformat()}, "
                              f"not before this agreement's start {new.start.isoformat()}")
    a = m.Agreement(slug=new.slug.strip(), title=new.title.strip(), start_date=new.start, end_date=new.end,
                    review_date=new.review, lead_force_id=force_ref(new.lead, "lead").id if new.lead else None,
                    annual_budget=new.annual_budget, cost_basis=_cost_basis(new.cost_basis),
                    notice_period_months=new.notice_months, notice_to=new.notice_to,
                    marking=mapped.marking if mapped else Marking.OFFICIAL, legacy_marking=mapped.legacy if mapped else None,
                    held_until_approved=bool(mapped and mapped.held_until_approved),
                    committed_for_duration=new.committed_for_duration,
                    succeeds_id=before.id if before else None, objective=new.objective, covers=list(new.covers),
                    owner_id=owner_id)
    for o in offices:
        a.parties.append(m.AgreementParty(office_id=o.id, joined_on=new.start))
    first = rules.next_version([], VersionKind.ORIGINAL, new.start)
    notice = _notice_row(ctx, new.decision)
    a.versions.append(m.AgreementVersion(number=first.number, kind=VersionKind.ORIGINAL, effective_from=new.start,
                                         summary=new.summary, changes={},
                                         decision_notice_id=notice.id if notice else None))
    s.add(a)
    s.flush()
    return view(ctx.session, a, new.start)


def show(ctx: Context, slug: str, as_of: dt.date | None = None) -> AgreementView:
    """One agreement as it stands on `as_of` (today by default)."""
    ctx.require(Permission.REGISTER_READ)
    a = _find(ctx, slug, readable=True)
    return view(ctx.session, a, as_of or dt.date.today())


def may_edit(ctx: Context, slug: str) -> bool:
    """May the actor change this agreement? (for offering the forms; every change checks again)"""
    ctx.require(Permission.REGISTER_READ)
    return ctx.actor.can(Permission.AGREEMENT_EDIT, owner_of(ctx, _find(ctx, slug, readable=True)))


def listing(ctx: Context, as_of: dt.date | None = None) -> list[AgreementSummary]:
    """Every agreement the actor may read, soonest end first, with its state and parties on `as_of`."""
    from concord.services.visibility import visible

    m = _m()
    ctx.require(Permission.REGISTER_READ)
    rows = ctx.session.scalars(sa.select(m.Agreement).where(visible(ctx, m.Agreement)).order_by(m.Agreement.end_date.is_(None), m.Agreement.end_date,
                                                               m.Agreement.title))
    day = as_of or dt.date.today()
    return [summary(a, day) for a in rows]


def add_provision(ctx: Context, slug: str, clause: str, provision_type: str, summary_text: str | None = None,
                  expected_version: int | None = None) -> ProvisionView:
    """Record a clause and its s22A(2) provision type, refused unless the agreement's
    parties are the set that type needs (rule 13, s22A(3)-(5))."""
    m = _m()
    a = _editable(ctx, slug, expected_version)
    try:
        ptype = ProvisionType(provision_type)
    except ValueError:
        raise DomainError("--type", provision_type,
                          "must be " + ", ".join(t.value for t in ProvisionType)) from None
    if not clause or not clause.strip():
        raise DomainError("--clause", clause, "is required")
    parties = [PartyOffice(p.office.kind, p.office.force_id) for p in a.parties if p.left_on is None]
    problems = check_provision_parties(ptype, parties)
    if problems:
        raise DomainError("--type", ptype.value, f"does not fit the parties of '{a.title}': " + "; ".join(problems))
    row = m.AgreementProvision(agreement_id=a.id, clause=clause.strip(), provision_type=ptype, summary=summary_text)
    ctx.session.add(row)
    ctx.session.flush()
    return ProvisionView(row.clause, row.provision_type.value, row.summary)
