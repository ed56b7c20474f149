"""Finance: revenue budget monitoring — the months, a month by group, a group's lines, a month against the
month before, a month as XLSX, and importing a workbook (whole or not at all, every problem listed)."""

from __future__ import annotations

from collections import Counter

from decimal import Decimal

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovFileInput, GovSubmitInput
from wtforms import BooleanField, SubmitField, ValidationError

from concord.domain import monitoring as mon
from concord.domain.access import Permission
from concord.domain.budget import for_display
from concord.domain.errors import DomainError
from concord.domain.vocab import Unit
from concord.services import revenue
from concord.services.context import Context
from concord.services.spreadsheets import book
from concord.web.access import route
from concord.web.work import submitted

bp = Blueprint("revenue", __name__)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UNITS = {"GBP": "£", "GBP_thousands": "£'000", "GBP_millions": "£m"}


class ImportForm(FlaskForm):
    workbook = FileField("Workbook", widget=GovFileInput(),
                         description="An XLSX workbook or a CSV file with the sheets of a Concord finance template.")
    check_only = BooleanField("Check it only: import nothing", widget=GovCheckboxInput())
    submit = SubmitField("Import", widget=GovSubmitInput())

    def validate_workbook(self, field: FileField) -> None:
        if not getattr(field.data, "filename", None):
            raise ValidationError("Select a workbook to import")


def _shown(amount: Decimal | None, unit: str) -> str:
    """A figure in the statement's unit, rounded for display only; a dash for no figure."""
    if amount is None:
        return "–"
    value = for_display(amount, unit if unit in UNITS else "GBP")
    return f"−{abs(value):,}" if value < 0 else f"{value:,}"


def _statement(ctx: Context, body: str, year: int, month: int) -> revenue.Statement:
    try:
        return revenue.statement(ctx, body, year, month)
    except DomainError:
        abort(404)


def _common(st: revenue.Statement) -> dict:
    return {"st": st, "unit": UNITS.get(st.unit, st.unit), "money": lambda a: _shown(a, st.unit),
            "month_name": mon.month_name(st.summary.year, st.summary.month),
            "key": {"body": st.summary.body, "year": st.summary.year, "month": st.summary.month}}


@route(bp, "/finance/revenue", permission=Permission.REGISTER_READ)
def index(ctx: Context):  # noqa: ANN201
    return render_template("revenue/index.html", months=revenue.months(ctx),
                           can_import=ctx.actor.can(Permission.FINANCE_EDIT))


@route(bp, "/finance/revenue/<body>/<int:year>/<int:month>", permission=Permission.REGISTER_READ)
def month(ctx: Context, body: str, year: int, month: int):  # noqa: ANN201
    st = _statement(ctx, body, year, month)
    return render_template("revenue/month.html", chart=_variance_chart(st), **_common(st))


def _variance_chart(st: revenue.Statement) -> dict | None:
    """The forecast variance by group as the revenue paper draws it: an SVG image and its description."""
    if not st.rollup.groups or st.unit not in UNITS:
        return None
    import base64

    from concord.papers.revenue_paper import variance_chart

    drawn = variance_chart(st.rollup, Unit(st.unit))
    said = "; ".join(f"{g.title} {_shown(g.figures.forecast_variance, st.unit)}" for g in st.rollup.groups)
    return {"src": "data:image/svg+xml;base64," + base64.b64encode(drawn.svg.encode("utf-8")).decode("ascii"),
            "title": drawn.title, "description": f"{drawn.title} ({UNITS[st.unit]}, positive is an overspend): {said}"}


@route(bp, "/finance/revenue/<body>/<int:year>/<int:month>/<group>", permission=Permission.REGISTER_READ)
def group(ctx: Context, body: str, year: int, month: int, group: str):  # noqa: ANN201
    st = _statement(ctx, body, year, month)
    chosen = mon.BudgetGroup._value2member_map_.get(group)
    found = next((gt for gt in st.rollup.groups if chosen is not None and gt.group == chosen), None)
    if found is None:
        abort(404)
    views = {(v.line.label, v.line.heading): v for v in st.lines if v.line.group == chosen}
    problems = [p for p in st.rollup.problems if p.group == chosen]
    return render_template("revenue/group.html", g_total=found, views=views, problems=problems, **_common(st))


@route(bp, "/finance/revenue/<body>/<int:year>/<int:month>/compare", permission=Permission.REGISTER_READ)
def compare(ctx: Context, body: str, year: int, month: int):  # noqa: ANN201
    st = _statement(ctx, body, year, month)
    if st.previous is None:
        abort(404)
    found = revenue.compare(ctx, body, year, month)
    return render_template("revenue/compare.html", found=found, c=found.comparison,
                           before_name=mon.month_name(*st.previous), **_common(st))


@route(bp, "/finance/revenue/<body>/<int:year>/<int:month>/download", permission=Permission.REGISTER_READ)
def download(ctx: Context, body: str, year: int, month: int):  # noqa: ANN201
    st = _statement(ctx, body, year, month)
    data = book.export_bytes(ctx, year, month, keys=("revenue",), body=st.summary.body)
    name = f"{st.summary.body}-revenue-{year}-{(year + 1) % 100:02d}-month-{month}.xlsx"
    return Response(data, mimetype=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _by_sheet(done: tuple[str, ...]) -> str:
    """What an import did, a sheet at a time: "Revenue: 2 statements recorded; Capital schemes: 35 rows (3 added)"."""
    sheets: dict[str, Counter] = {}
    for d in done:
        sheet, _, rest = d.partition(": ")
        sheets.setdefault(sheet, Counter())[rest.rsplit(": ", 1)[-1].split(" (")[0]] += 1
    return "; ".join(f"{sheet}: " + ", ".join(f"{n} {what}" for what, n in counts.items())
                     for sheet, counts in sheets.items())


@route(bp, "/finance/import", permission=Permission.FINANCE_EDIT, methods=("GET", "POST"))
def upload(ctx: Context):  # noqa: ANN201
    form = ImportForm()
    if submitted(form):
        f = request.files[form.workbook.name]
        report = book.import_files(ctx, [(f.filename or "upload.xlsx", f.read())], dry_run=form.check_only.data)
        if report.dry_run:
            form.check_only.data = True
            return render_template("revenue/import.html", form=form, report=report, problems=())
        done = report.done
        flash(f"Imported: {('; '.join(done) if len(done) <= 20 else _by_sheet(done)) or 'nothing to import'}.")
        revenue_done = any(d.startswith("Revenue: ") for d in done)
        return redirect(url_for("revenue.index" if revenue_done else "finance.index"))
    failure = g.get("failure")
    problems = failure.report.problems if isinstance(failure, book.ImportRefused) else ()
    if problems:  # listed one by one, each linked to the file input, instead of the one-line failure
        form.form_errors.clear()
        form.workbook.errors = [f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the workbook: "
                                "nothing was imported", *(str(p) for p in problems[:50])]
    return render_template("revenue/import.html", form=form, report=None, problems=problems)
