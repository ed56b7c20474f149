"""The parts of generated papers, laid out as blocks from the plain data services return."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence

from concord.domain.markings import Marking
from concord.domain.vocab import AttendanceRole
from concord.papers import finance, model
from concord.papers.templates import long_date
from concord.services.notices import Notice
from concord.services.paper_finance import FinanceTable
from concord.services.paper_packs import MinutesData, PackData, PackPaper
from concord.services.published_types import PublishedAgreementDetail


def _day(day: dt.date | None) -> str:
    return long_date(day) if day else ""


def when(day: dt.date, time: dt.time | None, venue: str | None) -> str:
    return ", ".join(x for x in (_day(day), time.strftime("%H:%M") if time else "", venue or "") if x)


def agenda(data: PackData) -> model.Part:
    rows = []
    for item in data.items:
        papers = "; ".join(p.author or "" for p in item.papers) or (item.presenter or "")
        rows.append((item.number, item.title, papers, "Decision" if item.needs_decision else "Note"))
    return model.Part("agenda", "Agenda", data.marking, kicker=data.forum, blocks=(
        model.Facts((("Meeting", data.forum), ("Date", _day(data.date)),
                     ("Time", data.time.strftime("%H:%M") if data.time else "To be confirmed"),
                     ("Venue", data.venue or "To be confirmed"))),
        model.Table("", ("Item", "Business", "Report from", "For"), tuple(rows), (False, False, False, False)),
    ))


def minutes(data: MinutesData, anchor: str = "minutes", kicker: str = "") -> model.Part:
    present = [a for a in data.attendance if a.role is AttendanceRole.MEMBER]
    attending = [a for a in data.attendance if a.role is AttendanceRole.IN_ATTENDANCE]
    apologies = [a for a in data.attendance if a.role is AttendanceRole.APOLOGIES]
    status = ("Approved" if data.status and data.status.value == "approved" else "Draft") + \
        (f" at the meeting of {_day(data.approved_at)}" if data.approved_at and data.status and
         data.status.value == "approved" else "")
    if data.status is None or data.status.value != "approved":
        status = "Draft, for approval" + (f" at the meeting of {_day(data.approved_at)}" if data.approved_at else "")
    blocks: list[model.Block] = [model.Facts((("Meeting", data.forum), ("Held", when(data.date, data.time, data.venue)),
                                              ("Status", status)))]
    for title, people in (("Present", present), ("In attendance", attending), ("Apologies", apologies)):
        if people:
            blocks += [model.Heading(title), model.Items(tuple(
                f"{a.name}, {a.capacity}" if a.capacity else a.name for a in people))]
    if data.agenda:
        blocks += [model.Heading("Business"), model.Table("", ("Item", "Business"), data.agenda)]
    blocks += [model.Heading("Minutes"), model.Para(data.text or "No minutes are recorded yet.")]
    rows = tuple((a.number or "", a.item or "", a.text, a.owner or "", _day(a.due) or (a.due_rule or ""),
                  a.status.value + (f" {_day(a.completed_on)}" if a.completed_on else "")) for a in data.actions)
    blocks += [model.Heading("Actions"),
               model.Table("", ("No.", "Item", "Action", "Owner", "Due", "Status"), rows) if rows
               else model.Para("No actions.")]
    return model.Part(anchor, f"Minutes of the meeting of {_day(data.date)}", data.marking, data.legacy_marking,
                      kicker or data.forum, tuple(blocks))


def paper(p: PackPaper, anchor: str, agreement: PublishedAgreementDetail | None = None,
          notice: Notice | None = None, body: str = "") -> model.Part:
    """A board paper in the house layout: To, From, Date; Purpose; Recommendations; Background; Contact officer;
    its figures as appendices (with charts), and for a section 22A paper its summary and decision notice."""
    facts = tuple((k, v) for k, v in (("To", p.to or ""), ("From", p.author or ""), ("Date", _day(p.date)),
                                      ("Item", p.item)) if v)
    blocks: list[model.Block] = [model.Facts(facts), model.Heading("1. Purpose"),
                                 model.Para(p.purpose or "Not stated.")]
    blocks += [model.Heading("2. Recommendation" + ("s" if len(p.recommendations) != 1 else ""))]
    blocks += [model.Items(p.recommendations, numbered=True)] if p.recommendations else \
        [model.Para("None: the report is for information.")]
    background: list[model.Block] = [model.Para(p.background)] if p.background else []
    sums = finance.summary(p.tables)
    if sums:
        background += [model.Para("The figures, as the register holds them (details in the appendices):"),
                       model.Items(sums)]
    if background:
        blocks += [model.Heading("3. Background"), *background]
    blocks += list(finance.charts_for(p.tables))
    blocks += [model.Heading("Contact officer"), model.Para(p.contact_officer or "")]
    appendices = [_table_appendix(t, f"{anchor}-{i}", _letter(i)) for i, t in enumerate(p.tables)]
    if agreement is not None:
        appendices.append(published_summary(agreement, f"{anchor}-summary", _letter(len(appendices)), p.marking))
    if notice is not None or (agreement is not None and p.needs_decision):
        appendices.append(notice_part(notice, f"{anchor}-notice", p, body, _letter(len(appendices))))
    return model.Part(anchor, p.title, p.marking, p.legacy_marking, f"Item {p.item}" if p.item else "",
                      tuple(blocks), tuple(appendices))


def _letter(i: int) -> str:
    return f"Appendix {string.ascii_uppercase[i % 26]}"


def _table_appendix(t: FinanceTable, anchor: str, kicker: str) -> model.Part:
    return model.Part(anchor, t.title, t.marking, kicker=kicker, blocks=(finance.table(t),))


def published_summary(a: PublishedAgreementDetail, anchor: str, kicker: str, marking: Marking) -> model.Part:
    """Rule 15: the summary published in place of the full text (title, objective, scope, term,
    termination, direction and control, governance)."""
    g = a.agreement
    term = f"From {_day(g.start_date) or 'a date to be set'}" + (f" to {_day(g.end_date)}" if g.end_date else
                                                                  ", with no end date") + \
        (f"; reviewed by {_day(g.review_date)}" if g.review_date else "")
    termination = (f"A party may withdraw on {a.notice_period_months} months' written notice"
                   + (f" to {a.notice_to}" if a.notice_to else "") + ".") if a.notice_period_months else \
        "As the agreement provides."
    control = (f"{a.host_force} hosts the collaboration; " if a.host_force else "") + \
        "each chief officer keeps direction and control of their own force's officers and staff."
    pairs = (("Title", g.title), ("Objective", g.objective or ""), ("Scope", ", ".join(a.scope) or ""),
             ("Parties", "; ".join(p.office for p in a.parties if p.left_on is None)), ("Term", term),
             ("Termination", termination), ("Direction and control", control),
             ("Governance", ", ".join(name for _, name in a.governance) or "As the agreement provides."))
    return model.Part(anchor, f"Summary for publication: {g.title}", marking, kicker=kicker,
                      blocks=(model.Para("Published under section 23E of the Police Act 1996 in place of the full "
                                         "text of the agreement.", "note"), model.Facts(pairs)))


def notice_part(n: Notice | None, anchor: str, p: PackPaper | None = None, body: str = "", kicker: str = "") -> model.Part:
    """A decision notice with its signature block: the numbered notice, or a draft from the paper."""
    if n is not None:
        pairs = (("Reference", n.reference or "Draft: not yet numbered"), ("Policing body", n.body_name),
                 ("Subject", n.subject), ("Decision maker", n.decision_maker or ""),
                 ("Contact officer", n.contact_officer or ""))
        blocks: tuple[model.Block, ...] = (
            model.Facts(pairs), model.Heading("Decision"), model.Para(n.decision),
            model.Heading("Declaration"),
            model.Para("I confirm that I have considered whether I hold any personal interest in this decision and "
                       "take it in accordance with the law."),
            model.Signature(n.decision_maker or "Police and Crime Commissioner", n.body_name, n.signed_on))
        title = f"Decision notice {n.reference}" if n.reference else f"Decision notice (draft): {n.subject}"
        return model.Part(anchor, title, n.marking, n.legacy_marking, kicker, blocks)
    assert p is not None
    blocks = (model.Facts((("Reference", "Draft: numbered when signed"), ("Policing body", body),
                           ("Subject", p.title), ("Contact officer", p.contact_officer or ""))),
              model.Heading("Decision"), model.Items(p.recommendations, numbered=True),
              model.Signature("Police and Crime Commissioner", body, None))
    return model.Part(anchor, f"Decision notice (draft): {p.title}", p.marking, kicker=kicker, blocks=blocks)


def contents_title(parts: Sequence[model.Part]) -> list[str]:
    return [p.title for p in parts]
