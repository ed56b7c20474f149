"""Demo: Cambridgeshire's 2016/17 capital programme at month 6, from the BCB pack of 16 December
2016 (seed 004), as a programme of schemes, financing and proposed amendments; the two tables of
in-year RCCO schemes as printed (their totals do not cast: `concord check` finds them); the
savings and collaboration spend the seeds state; shared Seven Force costs and a month of Chiltern
fleet recharges (invented, marked "demo:").

Figures are the paper's £'000 as exact pounds. The "original" of a scheme is the paper's original
programme as amended by amendments authorised earlier in the year; the amendments proposed to the
meeting (paragraphs 5.1 to 5.4) are stored as proposed amendments, each with its financing.
"""

from __future__ import annotations

from decimal import Decimal

from concord.demo.base import LABELS, Loader, d, thousands
from concord.demo.finance import CAPITAL_SECTIONS
from concord.domain.capital import source_of
from concord.domain.vocab import TableKind, Unit
from concord.store import models as m

LABELS.update({
    m.CapitalProgramme: "capital programmes", m.ProgrammeScheme: "programme schemes",
    m.FinancingLine: "financing lines", m.CapitalAmendment: "capital amendments",
    m.AmendmentLine: "amendment lines", m.SavingsLine: "savings lines",
    m.CollaborationSpend: "collaboration spend", m.SharedCost: "shared costs", m.FleetProfile: "fleet profiles",
    m.FleetUsage: "fleet usage", m.ReferendumLimit: "referendum limits", m.Precept: "precepts",
    m.PreceptDate: "precept dates",
})

TITLE = "Cambridgeshire capital programme 2016/17"

# Appendix 1, capital financing: (label, brought forward, original + authorised amendments) in £'000
FINANCING = (
    ("Capital Grants", 0, 597), ("Capital Reserves", 0, 500), ("Budget Assistance Reserve", 0, 1065),
    ("Carry Forward Reserve", 1010, 0), ("Capital Receipts", 0, 1395), ("Vehicle Receipts (RCCO)", 0, 150),
    ("Collaboration Vehicle Recharges (RCCO)", 0, 300), ("RCCO - Original Capital Programme", 0, 1212),
    ("RCCO - Approved In-year from Savings (Chief Constable)", 0, 202),
    ("RCCO - Approved In-year by PCC", 0, 150), ("RCCO - From Force JPS Revenue Budget", 0, 92),
    ("Borrowing", 0, 0),
)
# The amendments proposed to the meeting: (description, [(scheme, £'000)], [(financing, £'000)]).
# The paper prints the financing of the four together (Budget Assistance Reserve 214, RCCO from
# savings 57, RCCO approved by the PCC 464); the SARC split is what is left after the ERP's 56.
PROPOSED = (
    ("Learning Management System for the BCH ERP (para 5.1)", [("CP16/05", 56)],
     [("Budget Assistance Reserve", 56)]),
    ("Replacement SARC site conversion (para 5.2)", [("CP16/18", 622)],
     [("Budget Assistance Reserve", 158), ("RCCO - Approved In-year by PCC", 464)]),
    ("Digital Forensic Unit software licences (para 5.3)", [("CP16/19", 45)],
     [("RCCO - Approved In-year from Savings (Chief Constable)", 45)]),
    ("Digital Forensic Unit kiosks (para 5.4)", [("CP16/20", 12)],
     [("RCCO - Approved In-year from Savings (Chief Constable)", 12)]),
)
# progress at month 6, in brief (our words)
PROGRESS = {
    "CP15/10": "On target; completion expected in September; about £100k more work found.",
    "CP16/05": "Progressing; a fuller update to follow the SRO's meeting with Finance.",
    "CP14/04": "Ordered July 2016; completion likely early 2017.",
    "CP16/03": "Rolling replacement on schedule.",
}
# Appendix 3: in-year RCCO schemes (scheme, title, £ as printed); last row = the printed total
RCCO_TABLES = (
    ("in-year RCCO schemes from savings in the Chief Constable's budget", [
        ("CP16/10", "JPS Equipment Replacement Rolling Programme", "92000"),
        ("CP16/13", "JPS Authorised Firearms Officer (AFO) Uplift", "69284"),
        ("CP16/14", "Uniformed JPS Mobile Technology Roll Out", "20860"),
        ("CP15/06", "Mobilisation (revenue budget savings)", "13000"),
        ("CP15/06", "Mobilisation (ICT Development Reserve)", "75000"),
        ("CP16/09", "Custody Virtual Courts", "22000"),
        ("CP14/04", "Switchboard Resilience", "15000"),
        ("CP16/17", "Special Constabulary Mobile Technology Roll Out", "77000"),
        ("CP16/19", "Digital Forensic Unit Additional Software Licences", "45000"),
        ("CP16/20", "Digital Forensic Unit Kiosk Technology", "12000"),
        (None, "Total", "351000")]),
    ("in-year RCCO schemes approved by the PCC", [
        ("CP16/15", "JPS Scientific Support Transformation Investment", "125160"),
        ("CP16/16", "JPS ANPR", "150000"),
        ("CP16/18", "Conversion Work - Replacement SARC site", "621622"),
        (None, "Total", "771622")]),
)


def load(ld: Loader) -> None:
    body = ld.get(m.PolicingBody, slug="cambridgeshire")
    owner = ld.find(m.Organisation, slug="cambridgeshire-opcc")
    paper = ld.find(m.Paper, title="Capital monitoring, month 6 2016/17")
    programme = ld.ensure(m.CapitalProgramme, {"policing_body_id": body.id, "financial_year": 2016},
                          title=TITLE, unit=Unit.GBP_THOUSANDS,
                          paper_id=paper.id if paper else None, owner_id=owner.id if owner else None)
    schemes: dict[str, m.ProgrammeScheme] = {}
    position = 0
    for category, rows in CAPITAL_SECTIONS:
        for code, name, bfwd, original, _proposed, actual, commit in rows[:-1]:  # the last row is the section total
            position += 1
            schemes[code or name] = ld.ensure(
                m.ProgrammeScheme, {"programme_id": programme.id, "code": code, "name": name}, position=position,
                category=category, brought_forward=_k(bfwd), original=_k(original), actual=_k(actual),
                commitments=_k(commit), progress=PROGRESS.get(code or ""))
    for code, name, original in (("CP16/07", "ICT Infrastructure for BCH (subject to further business case)", 85),
                                 (None, "IMD DP FOI (subject to further business case)", 35),
                                 (None, "CRM/Contact (subject to further business case)", 94)):
        position += 1
        ld.ensure(m.ProgrammeScheme, {"programme_id": programme.id, "code": code, "name": name}, position=position,
                  category="subject to further business case", brought_forward=Decimal(0), original=_k(original),
                  actual=Decimal(0), commitments=Decimal(0))
    financing = {}
    for pos, (label, bfwd, original) in enumerate(FINANCING, 1):
        financing[label] = ld.ensure(m.FinancingLine, {"programme_id": programme.id, "label": label},
                                     position=pos, source=source_of(label), brought_forward=_k(bfwd),
                                     original=_k(original))
    for description, payments, sources in PROPOSED:
        if ld.find(m.CapitalAmendment, programme_id=programme.id, description=description):
            continue
        amendment = ld.ensure(m.CapitalAmendment, {"programme_id": programme.id, "description": description},
                              proposed_on=d("2016-12-16"), approved=False)
        for code, amount in payments:
            ld.ensure(m.AmendmentLine, {"amendment_id": amendment.id, "scheme_id": schemes[code].id},
                      amount=_k(amount))
        for label, amount in sources:
            ld.ensure(m.AmendmentLine, {"amendment_id": amendment.id, "financing_id": financing[label].id},
                      amount=_k(amount))
    _rcco_tables(ld, body, paper)


def _rcco_tables(ld: Loader, body: m.PolicingBody, paper: m.Paper | None) -> None:
    for title, rows in RCCO_TABLES:
        table = ld.ensure(m.FinancialTable, {"title": f"{TITLE}: {title}", "policing_body_id": body.id},
                          kind=TableKind.CAPITAL, financial_year=2016, period=6, unit=Unit.GBP,
                          paper_id=paper.id if paper else None)
        for pos, (code, name, budget) in enumerate(rows, 1):
            ld.ensure(m.CapitalScheme, {"table_id": table.id, "position": pos}, code=code, name=name,
                      is_total=pos == len(rows), original=Decimal(budget))


def _k(value: int | None) -> Decimal:
    return thousands(value) or Decimal(0)



# demo: INVENTED figures (the seeds print none): the Seven Force programme team's cost and the
# consultancy allowance for 2016/17, and a month of Chiltern fleet usage by profile. Cambridgeshire's
# NRE is the seed's; the other forces' are the demo's estimates (concord.demo.alliances).
SHARED = (("seven-force", 2016, "Programme team", "1200000", False),
          ("seven-force", 2016, "Consultancy allowance", "150000", True))
PROFILES = (("Marked response car", "612.50"), ("Unmarked car", "418.00"), ("Van", "540.25"))
USAGE_MONTH = "2017-04"
USAGE = {"bedfordshire": (310, 140, 95), "thames-valley": (820, 390, 260), "hertfordshire": (360, 170, 110),
         "civil-nuclear-constabulary": (60, 25, 15), "cambridgeshire": (290, 130, 90)}


def load_recharges(ld: Loader) -> None:
    from concord.store.models.recharges import CostKind

    for slug, year, label, amount, allowance in SHARED:
        alliance = ld.get(m.Alliance, slug=slug)
        ld.ensure(m.SharedCost, {"alliance_id": alliance.id, "financial_year": year, "label": label},
                  amount=Decimal(amount), kind=CostKind.CONSULTANCY_ALLOWANCE if allowance else CostKind.PROGRAMME)
    chiltern = ld.get(m.Alliance, slug="chiltern")
    profiles = [ld.ensure(m.FleetProfile, {"alliance_id": chiltern.id, "name": name}, monthly_rate=Decimal(rate))
                for name, rate in PROFILES]
    for force, counts in USAGE.items():
        for profile, vehicles in zip(profiles, counts):
            ld.ensure(m.FleetUsage, {"profile_id": profile.id, "force_id": force, "month": USAGE_MONTH},
                      vehicles=vehicles)


# The savings register, from the seeds (000: BCH collaboration savings 2017/18-2019/20 predicted at £5.0m;
# firearms licensing delivering over £200k against £110k predicted; 004: £2.2m for Cambridgeshire over the
# MTFP period; Cambridgeshire's 2016/17 BCH collaboration budget, £28,521k, as its spend). Owners and
# cashable flags are the demo's.
REGISTER = (
    ("bch", None, "Back-office collaboration savings, including JPS and ERSOU", "2017/18-2019/20",
     "5000000", None, "bch-collaboration-savings", None, True),
    ("bch", None, "Collaborated firearms and explosives licensing", "2015/16-2016/17", "110000", "200000",
     "bch-firearms-licensing", "Firearms and Explosives Licensing", True),
    ("bch", "cambridgeshire", "Cambridgeshire's share of BCH collaboration savings", "2017/18-2020/21",
     "2200000", None, "bch-collaboration-savings", None, True),
)


def load_savings(ld: Loader) -> None:
    for slug, force, description, period, predicted, delivered, project, function, cashable in REGISTER:
        alliance = ld.get(m.Alliance, slug=slug)
        project_row = ld.find(m.Project, slug=project)
        function_row = ld.find(m.Function, alliance_id=alliance.id, name=function) if function else None
        ld.ensure(m.SavingsLine, {"alliance_id": alliance.id, "description": description, "period": period},
                  force_id=force, predicted=Decimal(predicted), delivered=Decimal(delivered) if delivered else None,
                  project_id=project_row.id if project_row else None,
                  function_id=function_row.id if function_row else None, cashable=cashable,
                  owner="BCH Strategic Alliance programme office" if force is None else "Cambridgeshire OPCC CFO",
                  measure="net revenue cost of the functions collaborated")
    bch = ld.get(m.Alliance, slug="bch")
    ld.ensure(m.CollaborationSpend, {"alliance_id": bch.id, "force_id": "cambridgeshire", "financial_year": 2016},
              amount=Decimal("28521000"), note="BCH Collaboration, full-year budget 2016/17 (month 6 monitoring)")
