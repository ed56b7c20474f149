"""Single papers (`concord paper KIND ...`): each gathers its data through services and returns a document."""

from __future__ import annotations

import datetime as dt

from concord.domain.errors import DomainError
from concord.domain.mtfp import fy
from concord.domain.vocab import TableKind
from concord.papers import finance, model, parts
from concord.services import agreement_pages, directory, notices, paper_finance, paper_packs, projects, published
from concord.services import mtfp as mtfp_service
from concord.services.context import Context

KINDS = ("decision-notice", "minutes", "collaboration", "s22a", "mtfp", "revenue", "capital")


def _doc(name: str, part: model.Part) -> model.Document:
    return model.Document(part.title, (part,), name=name)


def decision_notice(ctx: Context, key: str) -> model.Document:
    n = notices.notice(ctx, key)
    if n is None:
        raise DomainError("NOTICE", key, "is not a decision notice in the register (see `concord notice list`)")
    return _doc(f"decision-notice-{(n.reference or str(n.id)).replace('/', '-')}", parts.notice_part(n, "notice"))


def minutes(ctx: Context, meeting: str) -> model.Document:
    mid = paper_packs.find_meeting(ctx, meeting, "MEETING")
    data = paper_packs.minutes(ctx, mid)
    return _doc(f"minutes-{data.date.isoformat()}-{mid}", parts.minutes(data))


def s22a(ctx: Context, slug: str, as_of: dt.date | None = None) -> model.Document:
    """A section 22A agreement paper: the agreement, its parties and versions, its published summary
    (rule 15) and its decision notice (the latest numbered one the register links to a version)."""
    from concord.services import agreements

    a = agreements.show(ctx, slug, as_of)
    summary = published.agreement(ctx, slug, as_of)
    blocks: list[model.Block] = [
        model.Facts((("Agreement", a.title), ("State", a.state), ("Start", parts._day(a.start_date)),
                     ("Review", parts._day(a.review_date)), ("End", parts._day(a.end_date) or "No end date"))),
        model.Heading("1. Purpose"),
        model.Para(f"The section 22A agreement '{a.title}': its parties, its versions and its summary for publication."),
        model.Heading("2. Parties"),
        model.Table("", ("Party", "Joined", "Signed"), tuple(
            (p.office, parts._day(p.joined_on), parts._day(p.signed_on)) for p in a.parties)),
        model.Heading("3. Versions"),
        model.Table("", ("No.", "Kind", "From", "Summary", "Decision notice"), tuple(
            (str(v.number), v.kind, parts._day(v.effective_from), v.summary, v.decision_notice or "")
            for v in a.versions)),
    ]
    if a.missing_topics:
        blocks += [model.Heading("4. What the agreement does not yet cover (rule 16)"), model.Items(a.missing_topics)]
    from concord.domain.markings import Marking

    marking = Marking(a.marking)
    appendices = []
    if summary is not None:
        appendices.append(parts.published_summary(summary, "summary", "Appendix A", marking))
    ref = next((v.decision_notice for v in reversed(a.versions) if v.decision_notice), None)
    notice = notices.notice(ctx, ref) if ref else None
    if notice is not None:
        appendices.append(parts.notice_part(notice, "notice", kicker=f"Appendix {'AB'[len(appendices)]}"))
    part = model.Part("agreement", f"Section 22A agreement: {a.title}", marking, a.legacy_marking,
                      blocks=tuple(blocks), appendices=tuple(appendices))
    return _doc(f"s22a-{slug}", part)


def collaboration(ctx: Context, alliance: str, as_of: dt.date | None = None) -> model.Document:
    """An alliance's collaboration update: agreements, reviews due, projects and phases, savings."""
    found = directory.alliance(ctx, alliance)
    if found is None:
        raise DomainError("ALLIANCE", alliance, "is not an alliance in the register (see `concord alliance list`)")
    day = as_of or dt.date.today()
    register = agreement_pages.register(ctx, as_of=day, alliance=alliance, per_page=500)
    blocks: list[model.Block] = [
        model.Facts((("Alliance", found.alliance.name), ("As of", parts._day(day)),
                     ("Members", ", ".join(mb.force for mb in found.members if mb.left_on is None)))),
        model.Heading("1. Agreements"),
        model.Table("", ("Agreement", "State", "Start", "Review", "End", "Parties"), tuple(
            (r.title, r.state, parts._day(r.start_date), parts._day(r.review_date), parts._day(r.end_date),
             str(r.parties)) for r in register.rows)),
        model.Heading("2. Reviews due"),
    ]
    due = [r for r in register.rows if r.review_date and r.review_date <= day + dt.timedelta(days=365)]
    blocks.append(model.Items(tuple(f"{r.title}: review by {parts._day(r.review_date)}"
                                    + (" (overdue)" if r.review_date and r.review_date < day else "") for r in due))
                  if due else model.Para("No review falls due in the next twelve months."))
    blocks.append(model.Heading("3. Projects and phases"))
    mine = [p for p in projects.listing(ctx) if p.alliance == found.alliance.name]
    saved: list[tuple[str, object, object]] = []
    for summary in mine:
        detail = projects.show(ctx, summary.slug, day)
        if detail is None:
            continue
        blocks.append(model.Heading(f"{detail.name}" + (f" (RAG {detail.rag.value})" if detail.rag else ""), 3))
        if detail.phases:
            blocks.append(model.Table("", ("Phase", "Planned end", "Actual end", "RAG"), tuple(
                (ph.name, parts._day(ph.planned_end), parts._day(ph.actual_end), ph.rag.value if ph.rag else "")
                for ph in detail.phases)))
        for t in detail.totals:
            saved.append((t.period, t.predicted, t.delivered))
    if not mine:
        blocks.append(model.Para("The register holds no projects for this alliance."))
    blocks.append(model.Heading("4. Savings predicted against delivered"))
    if saved:
        by: dict[str, list] = {}
        for period, pred, got in saved:
            row = by.setdefault(period, [0, 0])
            row[0] += pred or 0
            row[1] += got or 0
        periods = sorted(by)
        blocks.append(model.Table("", ("Year", "Predicted (£)", "Delivered (£)"), tuple(
            (p, f"{by[p][0]:,}", f"{by[p][1]:,}") for p in periods), (False, True, True)))
        from decimal import Decimal

        from concord import charts

        c = charts.spend_against_savings(periods, [None] * len(periods), [Decimal(by[p][0]) for p in periods],
                                         [Decimal(by[p][1]) for p in periods], "£", "Savings predicted against delivered")
        blocks.append(model.Chart(c.title, c.png, c.svg, c.description))
    else:
        blocks.append(model.Para("No savings are recorded."))
    from concord.domain.markings import Marking

    return _doc(f"collaboration-{alliance}-{day.isoformat()}",
                model.Part("update", f"Collaboration update: {found.alliance.name}", Marking.OFFICIAL,
                           blocks=tuple(blocks)))


def _finance_paper(name: str, title: str, tables: tuple[paper_finance.FinanceTable, ...],
                   extra: tuple[model.Block, ...] = ()) -> model.Document:
    marking = max((t.marking for t in tables), key=lambda m: m.level) if tables else None
    from concord.domain.markings import Marking

    blocks: list[model.Block] = [model.Heading("Summary"), model.Items(finance.summary(tables)) if tables else
                                 model.Para("The register holds no figures for this.")]
    blocks += list(finance.charts_for(tables)) + list(extra)
    appendices = tuple(model.Part(f"t{t.id}", t.title, t.marking, kicker=parts._letter(i).replace("Appendix", "Table"),
                                  blocks=(finance.table(t),)) for i, t in enumerate(tables))
    return _doc(name, model.Part("paper", title, marking or Marking.OFFICIAL, blocks=tuple(blocks),
                                 appendices=appendices))


def revenue(ctx: Context, body: str, year: int, month: int) -> model.Document:
    """The month's monitoring statement when the register has one (`concord revenue`), grouped as the
    monitoring groups it and against the month before; otherwise the revenue tables as papers printed them."""
    found = paper_finance.revenue_month(ctx, body, year, month)
    if found is not None:
        from concord.papers import revenue_paper

        return revenue_paper.document(found)
    tables = paper_finance.monitoring(ctx, TableKind.REVENUE, body, year, month)
    return _finance_paper(f"revenue-{body}-{year}-m{month}", f"Revenue budget monitoring: {fy(year)}, month {month}",
                          tables)


def capital(ctx: Context, body: str, year: int, month: int) -> model.Document:
    tables = paper_finance.monitoring(ctx, TableKind.CAPITAL, body, year, month)
    return _finance_paper(f"capital-{body}-{year}-m{month}", f"Capital programme: {fy(year)}, month {month}", tables)


def mtfp(ctx: Context, body: str) -> model.Document:
    """The MTFP and budget update: the printed MTFP tables and each scenario's projection."""
    tables = paper_finance.mtfp(ctx, body)
    extra: list[model.Block] = []
    for sc in mtfp_service.scenarios(ctx, body):
        plan = mtfp_service.scenario(ctx, body, sc.name).plan
        extra += [model.Heading(f"Scenario: {sc.name}"), model.Table("", ("Year", "Net revenue expenditure",
                                                                           "Financing", "Gap"), tuple(
            (fy(y.year), f"{y.net_revenue_expenditure:,.0f}", f"{y.financing:,.0f}", f"{y.gap:,.0f}") for y in plan),
            (False, True, True, True))]
    return _finance_paper(f"mtfp-{body}", f"Medium Term Financial Plan and budget update: {body}", tables, tuple(extra))
