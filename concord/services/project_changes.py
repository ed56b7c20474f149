"""Projects changed: add one, its business case stages and gateway reviews, its
phases, its delivery confidence and its savings.

Each function is one change in the caller's unit of work, checks the
permission it needs on the project's organisation (a project that
belongs to no organisation may be changed by an editor anywhere) and
returns the project as `concord.services.projects.ProjectDetail`. Edits
of an existing row take the version the user saw.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm.attributes import flag_modified

from concord.domain import business_cases as cases
from concord.domain.access import Permission
from concord.domain.business_cases import DeliveryConfidence, Stage
from concord.domain.errors import DomainError
from concord.domain.forces import force as force_ref
from concord.domain.markings import map_legacy
from concord.domain.money import to_money
from concord.domain.projects import RAG, validate_phase
from concord.domain.savings import check_period
from concord.domain.text import check_slug, check_title
from concord.services.context import Context
from concord.services.projects import ProjectDetail, _detail, _find, _owner_of
from concord.store import models as m


def add(ctx: Context, slug: str, name: str, alliance: str | None = None, lead_force: str | None = None,
        senior_responsible_owner: str | None = None, summary: str | None = None,
        organisation: str | None = None, marking: str | None = None) -> ProjectDetail:
    """A new project; `organisation` (a slug) is the office it belongs to."""
    s = ctx.session
    slug = check_slug(slug, "slug", 80)
    owner = None
    if organisation:
        owner = s.scalar(sa.select(m.Organisation).where(m.Organisation.slug == organisation.strip().lower()))
        if owner is None:
            raise DomainError("--organisation", organisation, "is not an organisation in the register")
    ctx.require(Permission.REGISTER_EDIT, organisation=owner.slug if owner else None)
    if _find(ctx, slug) is not None:
        raise DomainError("slug", slug, "is already a project (see `concord project list`)")
    group = None
    if alliance:
        group = s.scalar(sa.select(m.Alliance).where(m.Alliance.slug == alliance.strip().lower()))
        if group is None:
            raise DomainError("--alliance", alliance, "is not an alliance in the register")
    lead = force_ref(lead_force, "--lead-force").id if lead_force else None
    if lead is not None and s.get(m.Force, lead) is None:
        raise DomainError("--lead-force", lead_force, "is not a force in the register")
    marked = map_legacy(marking) if marking and marking.strip() else None
    p = m.Project(slug=slug, name=check_title(name, "--name", 200), alliance_id=group.id if group else None,
                  lead_force_id=lead, owner_id=owner.id if owner else None,
                  senior_responsible_owner=_text(senior_responsible_owner, "--sro", 200),
                  summary=_text(summary, "--summary", None, True))
    if marked is not None:
        p.marking, p.legacy_marking = marked.marking, marked.legacy
    s.add(p)
    s.flush()
    return _detail(ctx, p)


def set_delivery(ctx: Context, slug: str, rag: str, status: str | None = None,
                 expected_version: int | None = None) -> ProjectDetail:
    """Record the project's delivery confidence (RAG) and, optionally, a line on where it stands."""
    p = _editable(ctx, slug, Permission.REGISTER_EDIT)
    ctx.check_version("project", slug, p, expected_version)
    try:
        p.rag = RAG((rag or "").strip().lower())
    except ValueError:
        raise DomainError("--rag", rag, "must be red, amber, green or complete") from None
    if status is not None:
        p.status = _text(status, "--status", 200)
    ctx.session.flush()
    return _detail(ctx, p)


def add_stage(ctx: Context, slug: str, stage: str, approved_on: dt.date | None, forum: str | None = None,
              title: str | None = None, expected_version: int | None = None) -> ProjectDetail:
    """The project's business case reaches `stage` (approved on a day, by a forum). A case
    may begin at any stage, then moves one stage at a time (rule 19). With no case yet,
    one is begun (titled `title`, or after the project)."""
    p = _editable(ctx, slug, Permission.REGISTER_EDIT)
    case = _case(ctx, p, lock=True)
    forum_row = None
    if forum:
        forum_row = ctx.session.scalar(sa.select(m.Forum).where(m.Forum.slug == forum.strip().lower()))
        if forum_row is None:
            raise DomainError("--forum", forum, "is not a forum in the register")
    if case is None:
        new = cases.advance(None, _stage(stage))
        case = m.BusinessCase(project_id=p.id, title=_text(title, "--title", 300) or p.name, stage=new,
                              marking=p.marking, owner_id=p.owner_id)
        ctx.session.add(case)
        ctx.session.flush()
    else:
        ctx.check_version("business case", case.title, case, expected_version)
        try:
            new = cases.advance(Stage(case.stage), _stage(stage))
        except DomainError as exc:
            raise DomainError("--stage", exc.value, exc.reason) from None
        case.stage = new
    ctx.session.add(m.BusinessCaseStage(business_case_id=case.id, stage=new, approved_on=approved_on,
                                        forum_id=forum_row.id if forum_row else None))
    ctx.session.flush()
    ctx.session.expire(case, ["stages"])
    return _detail(ctx, p)


def add_gateway_review(ctx: Context, slug: str, gate: int, held_on: dt.date, rating: str,
                       expected_version: int | None = None) -> ProjectDetail:
    """A gateway review of the project's business case: the first of any gate, then the same
    gate again or the next, never earlier than the last (rule 19)."""
    p = _editable(ctx, slug, Permission.REGISTER_EDIT)
    case = _case(ctx, p, lock=True)
    if case is None:
        raise DomainError("--gate", gate, "cannot be recorded: the project has no business case yet "
                          "(add its first stage)")
    ctx.check_version("business case", case.title, case, expected_version)
    before = [cases.GatewayReview(cases.Gateway(r.gate), r.held_on or dt.date.min, r.rating or DeliveryConfidence.AMBER)
              for r in sorted(case.reviews, key=lambda r: (r.gate, r.held_on or dt.date.min))]
    try:
        review = cases.record_review(before, gate, held_on, rating)
    except DomainError as exc:  # the domain names its fields plainly; the commands name them as typed
        raise DomainError({"gate": "--gate", "held_on": "--held-on", "confidence": "--rating"}.get(
            exc.field, exc.field), exc.value, exc.reason) from None
    ctx.session.add(m.GatewayReview(business_case_id=case.id, gate=int(review.gate), held_on=review.held_on,
                                    rating=review.confidence))
    flag_modified(case, "title")  # a review changes the case: its version moves on
    ctx.session.flush()
    ctx.session.expire(case, ["reviews"])
    return _detail(ctx, p)


def add_phase(ctx: Context, slug: str, name: str, planned_start: dt.date, planned_end: dt.date,
              actual_start: dt.date | None = None, actual_end: dt.date | None = None) -> ProjectDetail:
    """A phase after the project's last, with planned (and, once known, actual) dates."""
    p = _editable(ctx, slug, Permission.REGISTER_EDIT)
    try:
        validate_phase(planned_start, planned_end, actual_start, actual_end)
    except DomainError as exc:
        raise DomainError("--" + exc.field.replace("_", "-"), exc.value, exc.reason) from None
    last = ctx.session.scalar(sa.select(sa.func.max(m.ProjectPhase.position)).where(m.ProjectPhase.project_id == p.id))
    ctx.session.add(m.ProjectPhase(project_id=p.id, position=(last or 0) + 1, name=check_title(name, "--name", 200),
                                   planned_start=planned_start, planned_end=planned_end,
                                   actual_start=actual_start, actual_end=actual_end))
    ctx.session.flush()
    ctx.session.expire(p, ["phases"])
    return _detail(ctx, p)


def record_saving(ctx: Context, slug: str, period: str, predicted: Decimal | str | None = None,
                  delivered: Decimal | str | None = None, force: str | None = None,
                  expected_version: int | None = None) -> ProjectDetail:
    """Savings predicted and/or delivered in a period (for one force, or for all): the
    period's row is made, or its figures replaced by those given."""
    p = _editable(ctx, slug, Permission.FINANCE_EDIT)
    period = check_period(period)
    amounts = {name: to_money(value, f"--{name}") if isinstance(value, str) else value
               for name, value in (("predicted", predicted), ("delivered", delivered)) if value not in (None, "")}
    if not amounts:
        raise DomainError("--delivered", "", "is required: give the saving delivered, predicted or both")
    for name, value in amounts.items():
        if value < 0:
            raise DomainError(f"--{name}", str(value), "must not be negative")
    force_id = force_ref(force, "--force").id if force else None
    if force_id is not None and ctx.session.get(m.Force, force_id) is None:
        raise DomainError("--force", force, "is not a force in the register")
    line = m.SavingsLine
    row = ctx.session.scalar(sa.select(line).where(line.project_id == p.id, line.period == period,
                                                   line.force_id.is_(None) if force_id is None
                                                   else line.force_id == force_id).order_by(line.id)
                             .limit(1).with_for_update())
    if row is None:  # a new line of the savings register, of the project and its alliance
        row = line(project_id=p.id, alliance_id=p.alliance_id, function_id=p.function_id, period=period,
                   force_id=force_id, description=p.name, cashable=True)
        ctx.session.add(row)
    else:
        ctx.check_version("saving", f"{slug} {period}", row, expected_version)
    for name, value in amounts.items():
        setattr(row, name, value)
    ctx.session.flush()
    ctx.session.expire(p, ["savings"])
    return _detail(ctx, p)


def _editable(ctx: Context, slug: str, permission: Permission) -> m.Project:
    p = _find(ctx, slug)
    if p is None:
        raise DomainError("project", slug, "is not a project in the register (see `concord project list`)")
    ctx.require(permission, organisation=_owner_of(ctx, p))
    if ctx.session.get_bind().dialect.name != "sqlite":
        ctx.session.execute(sa.select(m.Project.id).where(m.Project.id == p.id).with_for_update())
    return p


def _case(ctx: Context, p: m.Project, lock: bool = False) -> m.BusinessCase | None:
    """The project's business case (its latest, when it has had more than one)."""
    q = sa.select(m.BusinessCase).where(m.BusinessCase.project_id == p.id).order_by(m.BusinessCase.id.desc()).limit(1)
    return ctx.session.scalar(q.with_for_update() if lock else q)


def _stage(value: str) -> Stage:
    try:
        return Stage((value or "").strip().upper())
    except ValueError:
        raise DomainError("--stage", value, "must be SOBC, OBC or FBC") from None


def _text(value: str | None, field: str, limit: int | None, newlines: bool = False) -> str | None:
    return check_title(value, field, limit, allow_newlines=newlines) if value and value.strip() else None
