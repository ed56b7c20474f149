"""Demo: meetings of the Business Coordination Board (and a few others),
with agenda items, attendance, minutes, actions and papers.

Dates, times, venues, names and roles are as printed in seeds 000, 001
and 004; titles, purposes, recommendations and action texts are our own
words. Dispatch dates and action statuses are not in the seeds: they are
invented for the demo and say so.
"""

from __future__ import annotations

import datetime as dt

from concord.domain.markings import Marking
from concord.domain.vocab import ActionStatus, AttendanceRole, MeetingStatus, MinuteStatus
from concord.demo.base import Loader, d
from concord.store import models as m

CE, CC_FROM, CFOS = "Chief Executive", "Chief Constable", \
    "Chief Finance Officer, Constabulary and Chief Finance Officer, PCC"
GOWLER = "Josie Gowler, Chief Finance Officer, Office of the Police and Crime Commissioner"
# demo: the monitoring reports and the estates report print no contact officer in seed 004; the
# demo names the officers the seed names for those roles (Niki Howard, Director of Finance and
# Resources; Colin Luscombe, Director of Estates), so that every paper of the pack has one.
HOWARD = "Niki Howard, Director of Finance and Resources, Cambridgeshire Constabulary"
LUSCOMBE = "Colin Luscombe, Director of Estates, Cambridgeshire Constabulary"

# 10 November 2016: (name, role as printed, attendance)
NOV_ATTENDANCE = (
    ("Andy Coles", "Deputy Cambridgeshire Police and Crime Commissioner", AttendanceRole.MEMBER),
    ("Alan Baldwin", "Deputy Chief Constable, Cambridgeshire Constabulary", AttendanceRole.MEMBER),
    ("Josie Gowler", "Director of Finance, Office of Police and Crime Commissioner", AttendanceRole.MEMBER),
    ("Dorothy Gregson", "Chief Executive, Office of Police and Crime Commissioner", AttendanceRole.MEMBER),
    ("Niki Howard", "Director of Finance and Resources, Cambridgeshire Constabulary", AttendanceRole.MEMBER),
    ("Claire George", "Executive Support Officer, Office of the Police and Crime Commissioner",
     AttendanceRole.IN_ATTENDANCE),
    ("Mark Greenhalgh", "Chief Inspector in Corporate Development, Cambridgeshire Constabulary",
     AttendanceRole.IN_ATTENDANCE),
    ("Cristina Strood", "Head of Policy and Performance, Office of the Police and Crime Commissioner",
     AttendanceRole.IN_ATTENDANCE),
    ("Jason Ablewhite", "Police and Crime Commissioner", AttendanceRole.APOLOGIES),
    ("Alec Wood", "Chief Constable, Cambridgeshire Constabulary", AttendanceRole.APOLOGIES),
    ("Nav Malik", "Assistant Chief Constable, Cambridgeshire Constabulary", AttendanceRole.APOLOGIES),
    ("Nicky Phillipson", "Head of Strategic Partnership and Commissioning, OPCC", AttendanceRole.APOLOGIES),
    ("Natalie Benton", "Temporary Head of Corporate Development, Cambridgeshire Constabulary",
     AttendanceRole.APOLOGIES),
    ("Charles Kitchin", "Director of Public Engagement and Communications, OPCC", AttendanceRole.APOLOGIES),
    ("Colin Luscombe", "Director of Estates, Cambridgeshire Constabulary", AttendanceRole.APOLOGIES),
)

NOV_AGENDA = (
    ("1", "Welcome and apologies"), ("2", "Declarations of interest"),
    ("3", "Minutes of the meeting of 21 September 2016"), ("4", "Matters arising"),
    ("5", "HMIC inspections: verbal update"), ("6", "Quarterly performance report to September 2016"),
    ("7", "Performance framework for the Police and Crime Plan"),
    ("8", "Policing Vision 2025 and the Police Transformation Fund"),
    ("9", "Equality and diversity annual report"), ("10", "Use of force"), ("11", "Privacy compliance"),
    ("12", "Volunteer Police Cadets"), ("13", "Appropriate adults out of hours: pilot"),
    ("14", "Peterborough Prevention and Enforcement Service: CSAS powers"),
    ("15", "Section 22A collaboration agreements: progress"),
)

# demo: statuses and completion dates invented; due dates follow "in N months" from 10 Nov 2016.
# 10.3(i) is left open and overdue on purpose.
NOV_ACTIONS = (
    ("5.5(i)", "5", "Write jointly, Constabulary and OPCC, to the Home Secretary about the HMIC inspection "
     "regime.", "Police and Crime Commissioner and Chief Constable", None, ActionStatus.DONE, "2016-12-09"),
    ("6.5(i)", "6", "Bring the finalised hate crime strategy back to a later meeting, with victim "
     "satisfaction figures.", "Cambridgeshire Constabulary", None, ActionStatus.DONE, "2017-03-14"),
    ("6.5(ii)", "6", "Analyse whether intelligence and incidents about drug misuse have risen in line with "
     "public perception.", "Cambridgeshire Constabulary", None, ActionStatus.OPEN, None),
    ("9.3(i)", "9", "Report in six months on how the Constabulary's actions are making its workforce more "
     "representative.", "Cambridgeshire Constabulary", "2017-05-10", ActionStatus.DONE, "2017-05-09"),
    ("10.3(i)", "10", "Report back on use of force in twelve months.", "Deputy Chief Constable",
     "2017-11-10", ActionStatus.OPEN, None),
    ("14.3(i)", "14", "Report in three months on the governance of the Peterborough joint team.",
     "Deputy Chief Constable", "2017-02-10", ActionStatus.DONE, "2017-02-08"),
    ("15.3(i)", "15", "Sign decision notices for the updated section 22A agreements.",
     "Police and Crime Commissioner", None, ActionStatus.DONE, "2016-11-30"),
)

# 16 December 2016: (number, title, needs decision, paper or None)
# paper: (from, date, purpose, [recommendations], contact officer, dispatched on)
# demo: dispatch dates invented. The BCB's terms set no notice rule (rule 4 applies
# where a forum's terms say so), so the estates report ("to follow"), invented as
# sent on 15 December, is not late.
SENT = "2016-12-09"
DecPaper = tuple[str, str, str, list[str], str | None, str | None]
DEC_AGENDA: tuple[tuple[str, str, bool, DecPaper | None], ...] = (
    ("1", "Welcome and apologies", False, None),
    ("2", "Declarations of interest", False, None),
    ("3", "Minutes of the meeting of 10 November 2016", True, None),
    ("4", "Police and Crime Plan 2017-20", True, (
        CE, "2016-12-16", "Progress on the commissioner's new Police and Crime Plan, built on four themes: "
        "victims, offenders, communities and transformation.", ["Approve the Plan."],
        "Nicky Phillipson, Head of Strategic Partnerships and Commissioning; Charles Kitchin, Director of "
        "Public Engagement and Communications", SENT)),
    ("5", "HMIC PEEL inspection findings 2016: efficiency", False, (
        CC_FROM, "2016-12-16", "What HMIC's 2016 PEEL inspections found, the action taken and how progress "
        "is governed.", ["Note the report."],
        "Chief Inspector Mark Greenhalgh, Corporate Development Department, Cambridgeshire Constabulary", SENT)),
    ("6", "Understanding demand: procurement of software, training and consultancy", True, (
        CC_FROM, "2016-12-16", "Permission to buy software, training and consultancy so that the force "
        "understands current and future demand, for its financial and workforce plans.",
        ["Consider approving the procurement exercise."],
        "Dr Natalie Benton, T/Head of Corporate Development Department, Cambridgeshire Constabulary", SENT)),
    ("7", "Revenue budget monitoring, month 6 2016/17", False, (
        CFOS, "2016-12-16", "The Constabulary's and OPCC's revenue outturn at month 6 and the full-year "
        "forecast.", ["Note the month 6 outturn and the full-year forecast."], HOWARD, SENT)),
    ("8", "Capital monitoring, month 6 2016/17", True, (
        CFOS, "2016-12-16", "Spending and financing of the 2016/17 capital programme to 30 September 2016.",
        ["Note the report.", "Approve the additions (ERP learning system, SARC conversion) to be put to the "
         "commissioner.", "Note the technical additions for the Digital Forensic Unit."], HOWARD, SENT)),
    ("9", "Medium Term Financial Plan and 2017/18 budget update", False, (
        CE, "2016-12-16", "Where the MTFP and the 2017/18 budget stand, with the forecast budget gaps to "
        "2020/21.", ["Note the report."], GOWLER, SENT)),
    ("10", "Crime data integrity", False, (
        CC_FROM, "2016-12-02", "Progress on recording crime to the national standard, ahead of HMIC's 2017 "
        "inspection.", ["Note the report."],
        "Detective Superintendent Martin Brunning, Head of Investigation Standards and Development; "
        "Rachel Badcock, Force Crime Registrar", SENT)),
    ("11", "Complaints: policy review and reforms", True, (
        CE, "2016-12-16", "The commissioner's complaints policy statement and the coming complaints reform.",
        ["Approve the complaints policy statement.", "Note the coming reform."],
        "Aly Flowers, Senior Policy and Performance Officer, Office of the Police and Crime Commissioner",
        SENT)),
    ("12", "Commissioning and grants strategy 2016-20", False, (
        CE, "2016-12-16", "The principles by which the commissioner funds local projects and victim "
        "services.", ["Note the strategy and its principles."],
        "Nicky Phillipson, Head of Strategic Partnerships and Commissioning", SENT)),
    ("13", "Section 22A agreement: Chiltern Transport Consortium", True, (
        CE, "2016-12-16", "Cambridgeshire joining the Chiltern fleet consortium under a section 22A "
        "agreement.", ["Approve the agreement, subject to Legal's review of the draft.",
                       "The commissioner to sign the decision notice."], GOWLER, SENT)),
    ("14", "Estates: strategic scoping report", False, (
        CC_FROM, "2016-12-16", "Scoping of the estate strategy (report to follow).", [], LUSCOMBE, "2016-12-15")),
)


def load(ld: Loader, forums: dict[str, m.Forum]) -> dict[str, m.Meeting]:
    bcb = forums["bcb"]
    feb16 = _meeting(ld, bcb, "2016-02-25", None, None)
    sep = _meeting(ld, bcb, "2016-09-21", None, None)
    nov = _meeting(ld, bcb, "2016-11-10", "14:00", "Conference Room 2, Cambridgeshire Constabulary Headquarters")
    dec = _meeting(ld, bcb, "2016-12-16", "10:00", "HQ, Conference Room 4")
    apr19 = _meeting(ld, bcb, "2019-04-04", None, None)
    may19 = _meeting(ld, bcb, "2019-05-16", None, None)
    _earlier_papers(ld, feb16, sep, apr19, may19)
    _november(ld, nov, sep)
    _december(ld, dec, nov)
    # other forums' meetings the seeds mention
    for day in ("2014-08-14", "2015-10-13", "2016-01-28", "2016-09-28"):
        _meeting(ld, forums["bch-summit"], day, None, None)
    _summit(ld, _meeting(ld, forums["summit"], "2016-07-26", None, None))
    _meeting(ld, forums["chiltern"], "2018-11-30", None, None)
    return {"2016-02-25": feb16, "2016-09-21": sep, "2016-11-10": nov, "2016-12-16": dec,
            "2019-04-04": apr19, "2019-05-16": may19}


def _meeting(ld: Loader, forum: m.Forum, day: str, time: str | None, venue: str | None) -> m.Meeting:
    return ld.ensure(m.Meeting, {"forum_id": forum.id, "date": d(day)},
                     time=dt.time.fromisoformat(time) if time else None, venue=venue,
                     status=MeetingStatus.HELD, public=forum.public)


def _item(ld: Loader, meeting: m.Meeting, position: int, number: str, title: str,
          needs_decision: bool = False) -> m.AgendaItem:
    return ld.ensure(m.AgendaItem, {"meeting_id": meeting.id, "number": number},
                     position=position, title=title, needs_decision=needs_decision)


def _paper(ld: Loader, meeting: m.Meeting, item: m.AgendaItem | None, title: str, author: str, day: str,
           purpose: str, recommendations: list[str], contact: str | None, sent: str | None,
           needs_decision: bool = False, to: str = "Business Coordination Board") -> m.Paper:
    return ld.ensure(m.Paper, {"meeting_id": meeting.id, "title": title},
                     agenda_item_id=item.id if item else None, to=to,
                     author=author, date=d(day), purpose=purpose, recommendations=recommendations,
                     contact_officer=contact, dispatched_on=d(sent) if sent else None,
                     needs_decision=needs_decision)


def _earlier_papers(ld: Loader, feb16: m.Meeting, sep: m.Meeting, apr19: m.Meeting, may19: m.Meeting) -> None:
    seven = _item(ld, feb16, 14, "14.0", "Seven Force Strategic Collaboration Agreement", True)
    _paper(ld, feb16, seven, "Seven Force Strategic Collaboration Agreement", CE, "2016-02-25",
           "The section 22A agreement setting up the Seven Force programme.",
           ["Approve the collaboration agreement.", "The commissioner to sign a decision notice."], None, None, True)
    _paper(ld, feb16, None, "Section 22A agreement: Information and Communications Technology", CE, "2016-02-25",
           "The BCH ICT agreement signed by the six corporations sole on 28 January 2016.",
           ["Note that the business case was considered and the agreement signed."], None, None)
    _paper(ld, sep, None, "Collaboration update: BCH and the Seven Force programme", CE, "2016-09-21",
           "Progress of collaboration in BCH and across the Eastern Region.",
           ["Note the report.", "The commissioner to tell the Police and Crime Panel of decisions to come."],
           "Josie Gowler, Chief Finance Officer and Deputy Chief Executive, OPCC", None)
    soh = _item(ld, apr19, 4, "4", "Single Online Home")
    _paper(ld, apr19, soh, "Single Online Home", CC_FROM, "2019-04-04",
           "Development of the national Single Online Home platform and BCH's move onto it.",
           ["Note the report."], None, None)
    chiltern = _item(ld, may19, 1, "S22A-CTC", "Section 22A agreement: Chiltern Transport Consortium", True)
    _paper(ld, may19, chiltern, "Section 22A agreement: Chiltern Transport Consortium (amended)", CE,
           "2019-05-16", "The amended Chiltern agreement admitting British Transport Police.",
           ["Approve the amended agreement.", "The commissioner to sign the decision notice."],
           "Dorothy Gregson, Chief Executive Officer, Office of Police and Crime Commissioner", None, True)
    _item(ld, may19, 2, "S22A-IPA", "Section 22A agreement: Investigatory Powers Act 2016", True)
    _item(ld, may19, 3, "SOH", "Single Online Home: assurance from the Chief Constable", True)


def _summit(ld: Loader, meeting: m.Meeting) -> None:
    """Seed 000: on 26 July 2016 the Eastern Region meeting was asked to let a procurement
    Full Business Case go ahead (an in-principle decision). demo: the paper's dispatch date
    is invented, as sent the day before: too late for the Summit's two clear working days
    (the latest date was Thursday 21 July)."""
    item = _item(ld, meeting, 1, "1", "Procurement: a Full Business Case for a single function", True)
    _paper(ld, meeting, item, "Procurement: a Full Business Case for a single function", "Seven Force Programme",
           "2016-07-26", "The Outline Business Case for one collaborated procurement function across the seven "
           "forces, and the next step.", ["Agree in principle that a Full Business Case be prepared."],
           None, "2016-07-25", True, to="Eastern Region Alliance Summit")


def _november(ld: Loader, nov: m.Meeting, sep: m.Meeting) -> None:
    for name, role, attendance in NOV_ATTENDANCE:
        person = ld.person(name, role)
        ld.ensure(m.Attendance, {"meeting_id": nov.id, "person_id": person.id}, role=attendance, capacity=role)
    items = {number: _item(ld, nov, pos, number, title) for pos, (number, title) in enumerate(NOV_AGENDA, 1)}
    for number, item, text, owner, due, status, done in NOV_ACTIONS:
        ld.ensure(m.Action, {"meeting_id": nov.id, "number": number},
                  agenda_item_id=items[item].id, item=items[item].title, text=text, owner=owner,
                  due=d(due) if due else None, status=status, completed_on=d(done) if done else None)
    ld.ensure(m.Minute, {"meeting_id": sep.id}, status=MinuteStatus.APPROVED, approved_at_meeting_id=nov.id,
              approved_on=nov.date, text="Minutes of 21 September 2016, approved and signed on 10 November 2016.")


def _december(ld: Loader, dec: m.Meeting, nov: m.Meeting) -> None:
    for pos, (number, title, decide, paper) in enumerate(DEC_AGENDA, 1):
        item = _item(ld, dec, pos, number, title, decide)
        if paper:
            author, day, purpose, recs, contact, sent = paper
            _paper(ld, dec, item, title, author, day, purpose, recs, contact, sent, decide)
    # The draft minutes of 10 November came in the 16 December pack marked "PROTECT until
    # Approved" (around the volunteer cadets item) and were approved at that meeting.
    ld.ensure(m.Minute, {"meeting_id": nov.id}, status=MinuteStatus.APPROVED, approved_at_meeting_id=dec.id,
              marking=Marking.OFFICIAL, legacy_marking="PROTECT until Approved", held_until_approved=True,
              approved_on=dec.date,
              text=("The Board heard an HMIC update and agreed a joint letter to the Home Secretary; discussed "
                    "the quarterly performance report (recorded crime and domestic abuse up, hate crime and "
                    "victim satisfaction to come back); noted reports on the Police and Crime Plan performance "
                    "framework, Policing Vision 2025, equality and diversity, use of force, privacy compliance, "
                    "volunteer cadets (revised agreement approved), an appropriate adults pilot and the "
                    "Peterborough prevention team; and welcomed updated section 22A agreements for Public "
                    "Contact and Criminal Justice."))
