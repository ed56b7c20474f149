"""The register of section 22A agreements: the list, one agreement, and the forms
that change one (each POST is one service call a `concord agreement ...` or
`concord mark` command makes too)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]

from concord.domain.access import Permission
from concord.domain.errors import DomainError
from concord.domain.money import to_money
from concord.services import agreement_changes, agreement_pages, agreement_summaries, agreements, markings, users
from concord.services.context import Context
from concord.web.access import route
from concord.web.views import agreement_forms as forms
from concord.web.work import failed_with_conflict, submitted

bp = Blueprint("agreements", __name__)

FILTERS = ("force", "alliance", "status", "q", "as-of")


def _as_of(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DomainError("as-of", text, "is not a date written as YYYY-MM-DD") from None


def _number(text: str | None, field: str) -> int | None:
    if not text:
        return None
    if not text.isdigit() or len(text) > 6:
        raise DomainError(field, text, "is not a whole number")
    return int(text)


@route(bp, "/agreements", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    args = {k: (request.args.get(k) or "").strip() for k in FILTERS}
    status = args["status"] if args["status"] in agreement_pages.STATES else ""
    found = agreement_pages.register(ctx, as_of=_as_of(args["as-of"]), force=args["force"] or None,
                                     alliance=args["alliance"] or None, status=status or None,
                                     words=args["q"] or None, page=_number(request.args.get("page"), "page") or 1)
    force_choices, alliance_choices = agreement_pages.choices(ctx)
    kept = {k: v for k, v in args.items() if v}
    return render_template("agreements/index.html", found=found, args=args, kept=kept, forces=force_choices,
                           alliances=alliance_choices, states=agreement_pages.STATES)


def _page(ctx: Context, slug: str, as_of: dt.date | None = None, year: int | None = None) -> Any:  # noqa: ANN401
    return agreement_pages.page(ctx, slug, as_of, year) or abort(404)


@route(bp, "/agreements/<slug>", permission=Permission.REGISTER_READ, record="agreement")
def show(ctx: Context, slug: str):  # noqa: ANN201
    as_of = _as_of(request.args.get("as-of"))
    year = _number(request.args.get("year"), "year")
    found = _page(ctx, slug, as_of, year)
    marked = markings.marking_of(ctx, "agreement", slug)
    summary = agreement_summaries.show(ctx, slug)
    return render_template("agreements/show.html", p=found, a=found.agreement, marked=marked,
                           as_of_given=bool(request.args.get("as-of")),
                           editable=agreements.may_edit(ctx, slug), summary=summary,
                           # the button is offered only for a summary awaiting approval: ask only then
                           may_approve=bool(summary and not summary.approved
                                            and agreement_summaries.may_approve(ctx, slug)),
                           approve_form=forms.ApproveSummaryForm())


def _organisations(ctx: Context) -> list[Any]:
    mine = [o for o in users.organisations(ctx) if ctx.actor.can(Permission.AGREEMENT_EDIT, o.slug)]
    return [SelectChoice("", "No one organisation"), *(SelectChoice(o.slug, o.name) for o in mine)]


@route(bp, "/agreements/new", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
def add(ctx: Context):  # noqa: ANN201
    form = forms.AgreementForm()
    form.owner.choices = _organisations(ctx)
    if not form.is_submitted() and len(form.owner.choices) == 2:
        form.owner.data = form.owner.choices[1].value
    if submitted(form):
        budget = (form.annual_budget.data or "").strip()
        new = agreements.NewAgreement(
            slug=form.slug.data or "", title=form.title.data or "", parties=forms.lines(form.party.data),
            start=forms.as_date(form.start) or dt.date.today(), end=forms.as_date(form.end_date),
            review=forms.as_date(form.review_date), lead=(form.lead.data or "").strip().lower() or None,
            annual_budget=to_money(budget, "annual_budget", allow_negative=False) if budget else None,
            cost_basis=form.cost_basis.data or None,
            notice_months=int(form.notice_months.data) if form.notice_months.data else None,
            committed_for_duration=bool(form.committed_for_duration.data), marking=form.marking.data or "OFFICIAL",
            owner=form.owner.data or None)
        made = agreements.add(ctx, new)
        flash(f"{made.title} was added to the register.")
        return redirect(url_for("agreements.show", slug=made.slug))
    return render_template("agreements/add.html", form=form)


def _change_form(form: FlaskForm, version: int) -> None:
    if not form.is_submitted() or failed_with_conflict():
        form.version.data = str(version)


def _party_choices(p: Any) -> list[Any]:  # noqa: ANN401
    return [SelectChoice(f"{s.force_id}:{'chief' if s.kind == 'chief_constable' else 'body'}", s.title_on_day)
            for s in p.parties]


def _opened(ctx: Context, slug: str, form_class: type[FlaskForm]) -> tuple[Any, Any]:
    """The agreement (404 if unknown) and its change form, carrying the version the user saw."""
    p = _page(ctx, slug)
    form = form_class()
    if hasattr(form, "party") and form.party.type == "SelectMultipleField":
        form.party.choices = _party_choices(p)
    _change_form(form, p.agreement.version)
    return p, form


def _done(slug: str, message: str):  # noqa: ANN202
    flash(message)
    return redirect(url_for("agreements.show", slug=slug))


@route(bp, "/agreements/<slug>/renew", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
def renew(ctx: Context, slug: str):  # noqa: ANN201
    p, form = _opened(ctx, slug, forms.RenewForm)
    if submitted(form):
        done = agreement_changes.renew(ctx, slug, form.party.data or [], forms.as_date(form.on) or dt.date.today(),
                                       forms.as_date(form.until) or dt.date.today(),
                                       (form.reference.data or "").strip() or None, expected_version=forms.version_of(form))
        extra = f" Every party has renewed in writing: it now ends {done.end_date.isoformat()}." \
            if done.extended and done.end_date else ""
        return _done(slug, f"Renewal recorded for {'; '.join(done.offices)}.{extra}")
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Record a renewal", fields=("party", "on", "until", "reference"))


@route(bp, "/agreements/<slug>/withdraw", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
def withdraw(ctx: Context, slug: str):  # noqa: ANN201
    p, form = _opened(ctx, slug, forms.WithdrawForm)
    if submitted(form):
        done = agreement_changes.withdraw(ctx, slug, form.party.data or [],
                                          forms.as_date(form.given_on) or dt.date.today(),
                                          expected_version=forms.version_of(form))
        return _done(slug, f"Notice to withdraw recorded for {'; '.join(n.office for n in done)}: "
                           f"they leave on {done[0].exit_on.isoformat()}.")
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Record a notice to withdraw", fields=("party", "given_on"))


@route(bp, "/agreements/<slug>/join", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
def join(ctx: Context, slug: str):  # noqa: ANN201
    p, form = _opened(ctx, slug, forms.JoinForm)
    if submitted(form):
        done = agreement_changes.join(ctx, slug, forms.lines(form.party.data),
                                      forms.as_date(form.on) or dt.date.today(),
                                      (form.decision.data or "").strip() or None,
                                      expected_version=forms.version_of(form))
        return _done(slug, f"Version {done.version_number}: {'; '.join(done.offices)} joined.")
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Add a version: members join", fields=("party", "on", "decision"))


@route(bp, "/agreements/<slug>/extend", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
def extend(ctx: Context, slug: str):  # noqa: ANN201
    p, form = _opened(ctx, slug, forms.ExtendForm)
    if submitted(form):
        done = agreement_changes.extend(ctx, slug, forms.as_date(form.until) or dt.date.today(),
                                        forms.as_date(form.effective) or dt.date.today(),
                                        (form.decision.data or "").strip() or None,
                                        expected_version=forms.version_of(form))
        return _done(slug, f"Version {done.version_number}: the term now ends "
                           f"{done.end_date.isoformat() if done.end_date else 'with no end date'}.")
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Add a version: the term is extended", fields=("until", "effective", "decision"))


@route(bp, "/agreements/<slug>/sign", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
def sign(ctx: Context, slug: str):  # noqa: ANN201
    p, form = _opened(ctx, slug, forms.SignForm)
    if submitted(form):
        done = agreement_changes.sign(ctx, slug, form.party.data or [], forms.as_date(form.on) or dt.date.today(),
                                      expected_version=forms.version_of(form))
        return _done(slug, f"Signature recorded for {'; '.join(done.offices)}.")
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Record signatures", fields=("party", "on"))


@route(bp, "/agreements/<slug>/follow-through", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
def follow_through(ctx: Context, slug: str):  # noqa: ANN201
    p, form = _opened(ctx, slug, forms.FollowThroughForm)
    numbers = [v.number for v in p.agreement.versions]
    form.version_number.choices = [SelectChoice(str(n), f"Version {n}") for n in reversed(numbers)]
    if not form.is_submitted() and numbers:
        form.version_number.data = str(numbers[-1])
    if submitted(form):
        done = agreement_changes.follow_through(
            ctx, slug, form.party.data or [], form.kind.data or "", forms.as_date(form.on) or dt.date.today(),
            (form.decision.data or "").strip() or None, int(form.version_number.data),
            expected_version=forms.version_of(form))
        return _done(slug, f"Version {done[0].version_number} followed through by "
                           f"{'; '.join(f.office for f in done)}.")
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Record a party's follow-through",
                           fields=("version_number", "party", "kind", "on", "decision"))


@route(bp, "/agreements/<slug>/provisions/new", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
def add_provision(ctx: Context, slug: str):  # noqa: ANN201
    p, form = _opened(ctx, slug, forms.ProvisionForm)
    if submitted(form):
        done = agreements.add_provision(ctx, slug, form.clause.data or "", form.type.data or "",
                                        (form.summary.data or "").strip() or None,
                                        expected_version=forms.version_of(form))
        return _done(slug, f"Clause {done.clause} recorded as {done.provision_type.replace('_', ' ')} collaboration.")
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Add a clause's provision type", fields=("clause", "type", "summary"))


@route(bp, "/agreements/<slug>/summary", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
def summary(ctx: Context, slug: str):  # noqa: ANN201
    p = _page(ctx, slug)
    found = agreement_summaries.show(ctx, slug)
    form = forms.SummaryForm()
    if found is not None:
        _change_form(form, found.version)
        if not form.is_submitted():
            for name in ("title", "objective", "scope", "term", "termination", "direction_and_control", "governance"):
                form[name].data = getattr(found, name)
    if submitted(form):
        done = agreement_summaries.write(
            ctx, slug, form.title.data or "", form.objective.data or "", form.scope.data or "", form.term.data or "",
            form.termination.data or "", form.direction_and_control.data or "", form.governance.data or "",
            expected_version=forms.version_of(form))
        return _done(slug, "The published summary was saved. It is published once an approver approves it"
                     + (f"; it does not yet say: {', '.join(done.missing)}." if done.missing else "."))
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Write the published summary",
                           fields=("title", "objective", "scope", "term", "termination", "direction_and_control",
                                   "governance"))


@route(bp, "/agreements/<slug>/summary/approve", permission=Permission.RECORD_APPROVE, methods=("GET", "POST"))
def approve_summary(ctx: Context, slug: str):  # noqa: ANN201
    p = _page(ctx, slug)
    found = agreement_summaries.show(ctx, slug) or abort(404)
    form = forms.ApproveSummaryForm()
    _change_form(form, found.version)
    if submitted(form):
        done = agreement_summaries.approve(ctx, slug, expected_version=forms.version_of(form))
        day = done.approved_on.isoformat() if done.approved_on else "today"
        return _done(slug, f"The summary was approved for publication on {day}.")
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Approve the published summary", fields=())


@route(bp, "/agreements/<slug>/marking", permission=Permission.REGISTER_EDIT, methods=("GET", "POST"))
def marking(ctx: Context, slug: str):  # noqa: ANN201
    p = _page(ctx, slug)
    marked = markings.marking_of(ctx, "agreement", slug)
    form = forms.MarkingForm()
    _change_form(form, marked.version)
    if not form.is_submitted():
        form.marking.data = marked.marking.value
    if submitted(form):
        done = markings.change_marking(ctx, "agreement", slug, form.marking.data or "", form.reason.data or "",
                                       expected_version=forms.version_of(form))
        return _done(slug, f"Marking changed from {done.previous.value if done.previous else '?'} "
                           f"to {done.marking.value}.")
    return render_template("agreements/change.html", form=form, p=p, a=p.agreement,
                           heading="Change the protective marking", fields=("marking", "reason"))


def pounds(value: Decimal | None) -> str:
    return f"£{value:,.2f}" if value is not None else ""


@bp.app_template_filter("pounds")
def _pounds_filter(value: Decimal | None) -> str:
    return pounds(value)
