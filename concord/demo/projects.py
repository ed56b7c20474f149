"""Demo: projects with phases, savings, benefits and risks, and business
cases with their stages and gateway reviews, where the seeds give facts
(000: BCH and Seven Force workstreams; 001: ICT business case, Single
Online Home; 004: ERP capital, MTFP collaboration savings). Summaries are
our own words; phases carry only the dates the seeds state.
"""

from __future__ import annotations

from concord.domain.business_cases import Stage
from concord.demo.base import Loader, d, pounds
from concord.store import models as m

# slug: (name, alliance, function, lead force, summary, status)
PROJECTS = {
    "bch-erp": ("BCH finance and HR ERP system", "bch", None, None,
                "One enterprise resource planning system for finance and HR across the three forces, with a "
                "learning management system; Cambridgeshire's capital share £624k plus £56k for the LMS.",
                "Solution design complete for finance; independent review at the end of solution design."),
    "bch-ict": ("BCH single ICT department", "bch", "ICT", None,
                "Converge the three forces' ICT under one head and senior team: infrastructure and "
                "applications converged, contracts renegotiated, data centres cut to two.",
                "Fully operational from late 2016; further phases through continuous improvement."),
    "bch-hr-ld": ("BCH Human Resources and Learning and Development", "bch",
                  "Human Resources and Learning and Development", None,
                  "A collaborated HR department for the three forces; operating model live from 1 December "
                  "2015 and a new Director of HR from April 2016.",
                  "Implementing the target operating model alongside business as usual."),
    "bch-firearms-licensing": ("BCH firearms and explosives licensing", "bch",
                               "Firearms and Explosives Licensing", None,
                               "Collaborated licensing from 1 December 2015.",
                               "Savings above prediction; post-implementation review planned for late 2016."),
    "bch-imd": ("BCH Information Management Department", "bch", "Information Management Department", None,
                "One tri-force structure for information standards, access, DBS, PNC administration, records "
                "management and information assurance.", "Consultation complete; recruitment being planned."),
    "bch-custody": ("BCH custody: common shift pattern", "bch", "Criminal Justice and Custody", None,
                    "A shared custody management structure and one shift pattern across the three forces.",
                    "Consultation closed 24 August 2016; new rota hoped for January 2017."),
    "bch-criminal-justice-2": ("BCH Criminal Justice phase 2", "bch", "Criminal Justice and Custody", None,
                               "A business case for a phase 2 model from April 2017, moving towards digital "
                               "remand files with the CPS.", "Business case to the Alliance Summit, 28 September 2016."),
    "bch-collaboration-savings": ("BCH collaboration savings programme", "bch", None, None,
                                  "Collaboration savings across BCH, including Joint Protective Services and "
                                  "ERSOU, towards the three forces' aim of cutting back-office costs by up to "
                                  "£20m a year from a £120m baseline.", None),
    "seven-force-procurement": ("Seven Force procurement collaboration", "seven-force", None, None,
                                "A single procurement function for the seven forces and aligned contracts.",
                                "OBC broadly supported by all 14 corporations sole; FBC for a permanent head next."),
    "seven-force-vetting": ("Seven Force vetting collaboration", "seven-force", None, None,
                            "Common vetting, with contractor charging standardised and clearance transferable "
                            "between the seven forces.", "OBC circulated; FBC expected in the autumn of 2016."),
    "bch-single-online-home": ("BCH move to the Single Online Home", "single-online-home", None, None,
                               "Replace the BCH force websites with the national Single Online Home, with a "
                               "business change manager for twelve months.",
                               "Statement of intent signed April 2018; signing expected July 2019."),
}

# (project, position, phase, planned start, planned end)
PHASES = (
    ("bch-erp", 1, "Solution design", None, "2016-10-31"),
    ("bch-erp", 2, "Cambridgeshire finance go-live", "2017-01-01", "2017-01-31"),
    ("bch-erp", 3, "Bedfordshire and Hertfordshire finance go-live", "2017-04-01", "2017-04-30"),
    ("bch-erp", 4, "Phased implementation of the remaining systems", "2017-04-01", "2017-10-31"),
    ("bch-custody", 1, "New custody rota", "2017-01-01", "2017-01-31"),
    ("bch-criminal-justice-2", 1, "Phase 2 model", "2017-04-01", None),
    ("bch-single-online-home", 1, "BCH live on the Single Online Home", "2020-02-01", "2020-03-31"),
)

# (project, force or None for all, period, predicted £, delivered £)
SAVINGS = (
    ("bch-ict", None, "2014/15", None, "626000"),
    ("bch-ict", None, "2015/16", "920000", None),
    ("bch-ict", None, "2016/17", "1892000", None),  # £0.385m non-pay plus about £1.507m pay
    ("bch-ict", None, "2017/18", "1000000", None),
)  # the firearms licensing and BCH collaboration savings are in the savings register (`capital.REGISTER`)

# (project or None, alliance or None, description, measure, target £)
BENEFITS = (
    ("bch-ict", None, "Data centres cut from eleven in five locations to at most two (Huntingdon and Welwyn "
     "Garden City).", "Number of data centres", None),
    ("bch-ict", None, "Service measured against service level agreements and customer satisfaction.",
     "SLA and satisfaction", None),
    ("bch-single-online-home", None, "The public report and transact online; in the MPS 70 % of traffic "
     "collisions are reported online and 89 % of reports need no deployment.", "Share reported online", None),
    (None, "chiltern", "Cambridgeshire's saving from joining the Chiltern consortium.", "£ a year", "200000"),
    (None, "chiltern", "Lower vehicle recharges for the original five members once BTP joins (2019/20).",
     "£ in 2019/20", "400000"),
)

# (project, description, owner, mitigation)
RISKS = (
    ("bch-hr-ld", "Greater demand on HR after the Chancellor's statement, with supervisors taking on tasks "
     "left without an owner.", None, None),
    ("bch-hr-ld", "Procurement and implementation of the new HR IT systems is late, delaying the benefits "
     "and savings that depend on it.", None, "Impact assessment and project exception reports in place."),
    ("bch-ict", "Resourcing pressure in ICT against Athena, Public Contact, infrastructure convergence and "
     "HR and finance deliverables.", None, None),
    ("bch-single-online-home", "Integration with Athena is not yet automated, risking double keying.", None,
     "Work with the Athena supplier on an integrated transfer."),
    ("bch-single-online-home", "With the host holding half of every vote, smaller forces have little "
     "influence on national development.", None, "Regional and national steering groups."),
    ("bch-single-online-home", "Only indicative costs so far; the platform costs more than the current "
     "websites.", None, None),
)


def load(ld: Loader, alliances: dict[str, m.Alliance], forums: dict[str, m.Forum]) -> None:
    projects = {}
    for slug, (name, alliance, function, lead, summary, status) in PROJECTS.items():
        a = alliances[alliance]
        fn = ld.find(m.Function, alliance_id=a.id, name=function) if function else None
        projects[slug] = ld.ensure(m.Project, {"slug": slug}, name=name, alliance_id=a.id,
                                   function_id=fn.id if fn else None, lead_force_id=lead,
                                   summary=summary, status=status)
    for slug, pos, name, start, end in PHASES:
        ld.ensure(m.ProjectPhase, {"project_id": projects[slug].id, "position": pos}, name=name,
                  planned_start=d(start) if start else None, planned_end=d(end) if end else None)
    for slug, force, period, predicted, delivered in SAVINGS:
        p = projects[slug]
        ld.ensure(m.SavingsLine, {"project_id": p.id, "force_id": force, "period": period},
                  alliance_id=p.alliance_id, function_id=p.function_id, description=p.name, cashable=True,
                  predicted=pounds(predicted) if predicted else None,
                  delivered=pounds(delivered) if delivered else None)
    for benefit_project, benefit_alliance, description, measure, target in BENEFITS:
        key: dict[str, object] = {
            "description": description,
            "project_id": projects[benefit_project].id if benefit_project else None,
            "alliance_id": alliances[benefit_alliance].id if benefit_alliance else None}
        ld.ensure(m.Benefit, key, measure=measure, target=pounds(target) if target else None)
    for slug, description, owner, mitigation in RISKS:
        ld.ensure(m.Risk, {"project_id": projects[slug].id, "description": description},
                  owner=owner, mitigation=mitigation, open=True)
    _business_cases(ld, projects, forums)


def _business_cases(ld: Loader, projects: dict[str, m.Project], forums: dict[str, m.Forum]) -> None:
    summit = forums["bch-summit"]
    ict = ld.ensure(m.BusinessCase, {"title": "BCH ICT collaboration"},
                    project_id=projects["bch-ict"].id, stage=Stage.FBC)
    for stage, day in ((Stage.OBC, "2014-08-14"), (Stage.FBC, "2015-10-13")):
        decision = ld.find(m.Decision, made_on=d(day), forum_id=summit.id)
        ld.ensure(m.BusinessCaseStage, {"business_case_id": ict.id, "stage": stage}, approved_on=d(day),
                  forum_id=summit.id, decision_id=decision.id if decision else None)
    # the independent assurance review of the FBC (site visits 21-24 September 2015): gate 3,
    # investment decision; its delivery confidence rating is not in the seeds
    ld.ensure(m.GatewayReview, {"business_case_id": ict.id, "gate": 3}, held_on=d("2015-09-24"))
    ld.ensure(m.BusinessCase, {"title": "Seven Force procurement"},
              project_id=projects["seven-force-procurement"].id, stage=Stage.OBC)
    ld.ensure(m.BusinessCase, {"title": "Seven Force vetting"},
              project_id=projects["seven-force-vetting"].id, stage=Stage.OBC)
