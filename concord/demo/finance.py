"""Demo: Cambridgeshire's month-6 2016/17 revenue and capital monitoring
and the MTFP budget gap table, as printed in the BCB pack of 16 December
2016 (seed 004), in £'000 and stored as exact pounds.

Every printed figure is kept as printed, totals included: where a total
does not cast (the pack warns "figures may not cast due to rounding") it
is not adjusted; `concord check` judges it. Variances and revised capital
budgets are not stored: the domain computes them (rule 9).

`concord check` sums every non-total row of a table against each total
row, so each printed section with its own total is its own table here.
"""

from __future__ import annotations

from concord.domain.vocab import TableKind, Unit
from concord.demo.base import Loader, thousands
from concord.store import models as m

MONTH6 = "Cambridgeshire Constabulary revenue, month 6 2016/17"
CAPITAL = "Cambridgeshire capital programme to 30 September 2016"
_: None = None  # a printed dash

# (table title, [(label, full-year budget, YTD budget, actual, full-year forecast)]); last row = printed total
REVENUE = (
    (f"{MONTH6}: local policing expenditure", [
        ("Police Officer Pay & Allowances", 45101, 22457, 22647, 45180),
        ("Police Officer Overtime", 789, 451, 498, 844),
        ("PCSO Pay & Overtime", 4972, 2474, 2206, 4558),
        ("Police Staff Pay", 14092, 7017, 6716, 14189),
        ("Police Staff Overtime", 165, 75, 86, 34),
        ("Other Employee Expenses", 4, 1, 2, 4),
        ("Premises Costs", 22, 10, 5, 10),
        ("Transport", 366, 179, 138, 300),
        ("Supplies & Services", 2556, 995, 1033, 2481),
        ("Total Local Policing Expenditure", 68066, 33659, 33332, 67601)]),
    (f"{MONTH6}: organisational support expenditure", [
        ("Police Officer Pay & Allowances", 1487, 737, 625, 1196),
        ("Police Officer Overtime", 1109, 393, 349, 1051),
        ("Police Staff Pay", 4095, 1884, 2105, 4179),
        ("Police Staff Overtime", 0, 0, 17, 160),
        ("Other Employee Expenses", 101, 32, 41, 135),
        ("Premises Costs", 3669, 2360, 2328, 3615),
        ("Transport", 703, 85, 74, 691),
        ("Supplies & Services", 4529, 1625, 1642, 4652),
        ("Total Organisational Support Expenditure", 15693, 7114, 7181, 15678)]),
    # the printed subtotal "Gross Revenue Expenditure" (95,968) is left out: one total per table
    (f"{MONTH6}: policing budget delegated to the Chief Constable", [
        ("Total Local Policing Expenditure", 68066, 33659, 33332, 67601),
        ("Total Organisational Support Expenditure", 15693, 7114, 7181, 15678),
        ("Net Cost of Police Pensions", 12209, 6221, 6045, 11910),
        ("Income", -1683, -928, -1162, -2093),
        ("BCH Collaboration", 28521, 14198, 13770, 28336),
        ("Other Collaborations and Partnerships", 4561, 1140, 1349, 4906),
        ("Seconded Officers", 0, 153, 153, 0),
        ("Carry Forwards", -1080, 0, 0, -1080),
        ("Revenue Contribution to Capital Outlay (RCCO)", 1212, 0, 0, 1506),
        ("Policing Budget Delegated to Chief Constable", 127499, 61558, 60669, 126763)]),
    (f"{MONTH6}: police pension costs", [
        ("Pensions - Notional Employer Contributions - Expenditure", 9764, 4882, 4754, 9552),
        ("Injury Pensions", 2295, 1339, 1291, 2208),
        ("Ill-Health Retirement Capital Charge - Expenditure", 150, 0, 0, 150),
        ("Total Police Pension Costs", 12209, 6221, 6045, 11910)]),
    (f"{MONTH6}: premises costs", [
        ("Building Repairs, Alterations & Maintenance", 774, 395, 344, 697),
        ("Utility Costs", 995, 367, 346, 940),
        ("Rent & Rates", 1327, 1329, 1352, 1385),
        ("Other Premises Costs", 72, 25, 27, 61),
        ("Cleaning", 523, 254, 264, 542),
        ("Total Premises Costs", 3691, 2370, 2333, 3625)]),
    (f"{MONTH6}: transport costs", [
        ("Vehicle Running Costs", 1391, 660, 633, 1341),
        ("Hired Transport", 8, 8, 11, 10),
        ("Travel Expenses", 403, 196, 170, 373),
        ("Vehicle Recharges", -733, -601, -601, -733),
        ("Total Transport Costs", 1069, 263, 213, 992)]),
    (f"{MONTH6}: supplies and services", [
        ("Computing Costs", 515, 104, 140, 564),
        ("Communications Costs", 125, 23, 7, 97),
        ("Consultancy, Legal & Audit Costs", 424, 141, 140, 410),
        ("Forensic Science Service Costs", 465, 2, 2, 520),
        ("Insurance and Risk Management", 982, 504, 626, 1198),
        ("Subscriptions & Contributions", 302, 107, 112, 299),
        ("Equipment & Materials", 1139, 298, 197, 907),
        ("Clothing, Uniforms & Laundry", 372, 87, 86, 370),
        ("Other Supplies & Services", 364, 183, 187, 379),
        ("Printing, Stationery & General Office Expenses", 313, 142, 124, 259),
        ("Interpreters", 380, 190, 174, 349),
        ("Informants, Identity Parades", 126, 54, 49, 112),
        ("Catering", 158, 64, 48, 142),
        ("Police National Computer Charges", 665, 364, 364, 665),
        ("Conference & Seminar Costs", 17, 8, 9, 16),
        ("Staff Subsistence Expenses", 100, 44, 48, 107),
        ("Doctors - Medicals and Prisoners", 787, 380, 386, 799),
        ("Mutual Aid", -150, -75, -25, -61),
        ("Total Supplies & Services", 7085, 2620, 2674, 7133)]),
    (f"{MONTH6}: income", [
        ("Sales, Fees & Charges", -561, -197, -228, -639),
        ("Other Grants & Contributions", -656, -441, -522, -821),
        ("Rental Income", -100, -15, -36, -142),
        ("Interest on Balances", -90, -57, -57, -90),
        ("Charges for Police Services", -155, -148, -246, -275),
        ("Other Income", -120, -70, -70, -123),
        ("Costs Recovered", 0, 0, -4, -3),
        ("Total Income", -1683, -928, -1162, -2093)]),
    (f"{MONTH6}: collaboration and partnerships", [
        ("Collaboration Set up costs", 0, 0, 28, 7),
        ("Collaboration - Athena", 270, 211, 204, 253),
        ("Change team", 1178, 494, 461, 1103),
        ("Collaboration - General", -117, 70, 65, 0),
        ("JPS: Armed Policing Unit", 2418, 1130, 1039, 2211),
        ("JPS: Counter Terrorism & Domestic Extremism", 632, 224, 226, 638),
        ("JPS: Counter Terrorism & Domestic Extremism Grants", 0, 221, 221, 0),
        ("JPS: Cameras, Tickets and Collisions", 0, 150, -49, -437),
        ("JPS: Dogs", 755, 360, 363, 760),
        ("JPS: Major Crime Unit", 3141, 1355, 1267, 2919),
        ("JPS: Operational Planning", 297, 175, 194, 333),
        ("JPS: Roads Policing Unit", 4762, 2275, 2155, 4487),
        ("JPS: Scientific Services Unit/Visual Evidence", 2478, 1265, 1235, 2410),
        ("JPS: Protective Services Command", 199, 165, 203, 266),
        ("JPS: Force Resilience", 155, 146, 130, 120),
        ("Cameras, Tickets and Collisions underspend - to reserves", _, _, _, 437),
        ("Revenue Contribution to Capital Outlay for approval", _, _, _, 198),
        ("Organisational Support: HR and L&D", 3721, 1660, 1661, 3721),
        ("Organisational Support: Information Management Department", _, _, _, 25),
        ("Organisational Support: ICT", 6718, 3491, 3509, 6755),
        ("Organisational Support: Procurement", 290, 417, 417, 289),
        ("Organisational Support: Professional Standards Unit", 946, 283, 284, 945),
        ("Organisational Support: Information Assurance", 66, 31, 31, 62),
        ("Operational Support: Firearms Licensing", 122, 75, 102, 173),
        ("Operational Support: Criminal Justice/Custody phase 1", 250, 0, 64, 427),
        ("Operational Support: Public Contact", 117, 0, 3, 120),
        ("Operational Support: LCJB", 123, 0, -15, 120),
        ("Other: Air Support", 489, 117, 117, 489),
        ("Other: ERSOU", 2359, 649, 649, 2359),
        ("Other: Kings Lynn PIC", 913, 326, 326, 913),
        ("Other: Regional Collaboration", 171, 48, 49, 171),
        ("Other: Sexual Assault Referral Centre (SARC)", 629, 0, 181, 967),
        ("Total Collaborated and Partnerships", 33082, 15338, 15119, 33241)]),
)

# (code, name, b/fwd, original, amendments, actual, commitments) in £'000; None = a printed dash
CapitalRow = tuple[str | None, str, int | None, int | None, int | None, int | None, int | None]

# Appendix 2, scheme by scheme: (code, name, b/fwd, original as amended, proposed amendments,
# actual YTD, commitments YTD); last row = printed section total
CAPITAL_SECTIONS: tuple[tuple[str, list[CapitalRow]], ...] = (
    ("land and buildings", [
        ("CP14/07", "HQ Bld 11 Structural Renovation", 2, _, _, _, 7),
        ("CP14/13", "Thorpe Wood Custody Ligature Risk Remedy", _, _, _, _, 6),
        ("CP15/10", "Vehicle Workshop", 264, 1000, _, 1164, 124),
        ("CP16/01", "Major Repairs Planned", 270, 580, _, 206, 210),
        ("CP16/08", "Wisbech Fire Station Ext for Police Purposes", _, 395, _, 159, _),
        ("CP16/18", "Conversion Work - Replacement SARC site", _, _, 622, _, _),
        (None, "Land & Buildings Total", 536, 1975, 622, 1529, 346)]),
    ("ICT and communications", [
        ("CP12/09", "Athena", _, 270, _, 31, _),
        ("CP13/12", "Programme Metis", _, _, _, _, _),
        ("CP13/18", "WiFi", _, _, _, _, 1),
        ("CP14/04", "Switchboard Resilience", 55, 15, _, _, _),
        ("CP15/04", "Child Abuse Images Database - National Programme", 15, _, _, _, _),
        ("CP15/06", "Mobilisation", _, 88, _, 76, 44),
        ("CP15/12", "L&D Classroom IT Refresh", _, _, _, 1, 0),
        ("CP16/04", "Rolling Replacement Mobile Technology", _, 159, _, 4, 83),
        ("CP16/06", "Specialist Equipment Renewal", _, 50, _, 8, _),
        ("CP16/09", "Custody Virtual Courts", _, 22, _, 19, 22),
        ("CP16/17", "Special Constabulary Mobile Technology Roll Out", _, 77, _, _, _),
        ("CP16/19", "Digital Forensic Unit Additional Software Licences", _, _, 45, _, _),
        ("CP16/20", "Digital Forensic Unit Kiosk Technology", _, _, 12, _, _),
        (None, "ICT & Communications Total", 70, 681, 57, 138, 149)]),
    ("fleet", [
        ("CP15/08", "Fleet Management System Replacement", _, _, _, 2, _),
        ("CP16/02", "New Vehicle Equipment", 209, 400, _, 27, 250),
        ("CP16/03", "Vehicle Replacement Programme", 140, 1300, _, 594, 649),
        (None, "Fleet Total", 349, 1700, _, 624, 900)]),
    ("collaboration", [
        ("CP15/07", "JPS CTC Camera Enforcement Vehicle Replacement", 55, _, _, 29, 18),
        ("CP16/05", "Org Support BCH ERP Purchase", _, 624, 56, 444, 419),
        ("CP16/07", "Org Support ICT Infrastructure for BCH - WAN", _, 162, _, _, 183),
        ("CP16/07", "Org Support ICT Infrastructure for BCH - Identity", _, 9, _, 6, 5),
        ("CP16/07", "Org Support ICT Infrastructure for BCH - Email Archiving", _, 57, _, _, _),
        ("CP16/10", "JPS Equipment Replacement Rolling Programme", _, 92, _, _, _),
        ("CP16/13", "JPS Authorised Firearms Officer (AFO) Uplift", _, _, _, _, _),
        ("CP16/14", "Uniformed JPS Mobile Technology Roll Out", _, _, _, _, _),
        ("CP16/15", "JPS Scientific Support Transformation Investment", _, _, _, _, _),
        ("CP16/16", "JPS ANPR", _, 150, _, _, _),
        (None, "Collaboration Total", 55, 1094, 56, 480, 624)]),
)
# The grand total over the printed section totals and the three schemes approved subject to a
# further business case (which have no printed total of their own).
CAPITAL_SUMMARY: list[CapitalRow] = [
    (None, "Land & Buildings Total", 536, 1975, 622, 1529, 346),
    (None, "ICT & Communications Total", 70, 681, 57, 138, 149),
    (None, "Fleet Total", 349, 1700, _, 624, 900),
    (None, "Collaboration Total", 55, 1094, 56, 480, 624),
    ("CP16/07", "ICT Infrastructure for BCH (subject to further business case)", _, 85, _, _, _),
    (None, "IMD DP FOI (subject to further business case)", _, 35, _, _, _),
    (None, "CRM/Contact (subject to further business case)", _, 94, _, _, _),
    (None, "Grand Total", 1010, 5663, 735, 2771, 2020),
]

# MTFP, December 2016: (label, [2017/18, 2018/19, 2019/20, 2020/21])
MTFP = (
    ("Net revenue expenditure", (135507, 138717, 140928, 143171)),
    ("Financing", (131688, 133375, 135148, 136790)),
    # a difference (expenditure less financing), not a sum of rows: not marked as a total
    ("Budget gap (cumulative)", (3819, 5342, 5781, 6381)),
)


def load(ld: Loader, meetings: dict[str, m.Meeting]) -> None:
    body = ld.get(m.PolicingBody, slug="cambridgeshire")
    dec = meetings["2016-12-16"]
    revenue_paper = ld.find(m.Paper, meeting_id=dec.id, title="Revenue budget monitoring, month 6 2016/17")
    capital_paper = ld.find(m.Paper, meeting_id=dec.id, title="Capital monitoring, month 6 2016/17")
    mtfp_paper = ld.find(m.Paper, meeting_id=dec.id, title="Medium Term Financial Plan and 2017/18 budget update")

    for title, rows in REVENUE:
        table = _table(ld, body, TableKind.REVENUE, title, 2016, 6, revenue_paper)
        for pos, (label, fyb, ytd, actual, forecast) in enumerate(rows, 1):
            ld.ensure(m.BudgetLine, {"table_id": table.id, "position": pos}, label=label,
                      is_total=pos == len(rows), full_year_budget=thousands(fyb), ytd_budget=thousands(ytd),
                      actual=thousands(actual), forecast=thousands(forecast))

    sections: list[tuple[str, list[CapitalRow]]] = [
        (f"{CAPITAL}: {name}", rows) for name, rows in CAPITAL_SECTIONS]
    sections.append((f"{CAPITAL}: summary by category", CAPITAL_SUMMARY))
    for title, schemes in sections:
        table = _table(ld, body, TableKind.CAPITAL, title, 2016, 6, capital_paper)
        for pos, (code, name, bfwd, original, amend, actual, commit) in enumerate(schemes, 1):
            ld.ensure(m.CapitalScheme, {"table_id": table.id, "position": pos}, code=code, name=name,
                      is_total=pos == len(schemes), brought_forward=thousands(bfwd), original=thousands(original),
                      amendments=thousands(amend), actual=thousands(actual), commitments=thousands(commit))

    table = _table(ld, body, TableKind.MTFP, "Cambridgeshire MTFP: predicted budget gaps 2017/18 to 2020/21",
                   None, None, mtfp_paper)
    for pos, (label, amounts) in enumerate(MTFP, 1):
        for year, amount in zip(range(2017, 2021), amounts):
            ld.ensure(m.MtfpLine, {"table_id": table.id, "label": label, "financial_year": year},
                      position=pos, amount=thousands(amount), is_total=False)


def _table(ld: Loader, body: m.PolicingBody, kind: TableKind, title: str, year: int | None,
           period: int | None, paper: m.Paper | None) -> m.FinancialTable:
    return ld.ensure(m.FinancialTable, {"title": title, "policing_body_id": body.id}, kind=kind,
                     financial_year=year, period=period, unit=Unit.GBP_THOUSANDS,
                     paper_id=paper.id if paper else None)
