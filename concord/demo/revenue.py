"""Demo: Cambridgeshire's revenue monitoring statements, months 5 and 6 of 2016/17.

Month 6 is Appendix 1 of the revenue monitoring report in the BCB pack of 16 December 2016
(seed 004), line by line in £'000 and stored as exact pounds, in the groups it prints: employee
costs (under the headings police officers, police staff, other employee costs), police pension
costs, premises, transport, supplies and services, income, collaboration and partnerships (under
the portfolios Joint Protective Services, Organisational Support, Operational Support and other
collaboration), holding accounts and hosted services. Each group's printed total is kept, and the
net budget requirement as the statement's total. The printed subtotals across groups (sub-total
police officers, gross revenue expenditure, net revenue expenditure) are left out: a total here
adds up its group, or the whole statement. Collaboration lines are linked to the BCH functions of
the register.

Month 5 is INVENTED (demo: not in the seeds): the month-6 year-to-date figures scaled to five
months and a few forecasts moved, so that a month can be compared with the one before. Its printed
transport total is deliberately wrong (an actual of 190 where its lines add up to 178), so that
`concord check` has a revenue total that does not cast.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from concord.demo.base import Loader, thousands
from concord.domain.vocab import TableKind, Unit
from concord.store import models as m

TITLE = "Cambridgeshire Constabulary revenue monitoring 2016/17 month {month}"
_: None = None  # a printed dash

# (group, heading, label, full-year budget, YTD budget, actual, forecast, BCH function) in £'000
Row = tuple[str, str | None, str, int | None, int | None, int | None, int | None, str | None]
OFFICERS, STAFF, OTHER_EMP = "Police officers", "Police staff", "Other employee costs"
JPS, OS, OPS = "Joint Protective Services", "Organisational Support", "Operational Support"
OTHER_COLLAB = "Other collaboration and partnerships"
MONTH6: tuple[Row, ...] = (
    ("employees", OFFICERS, "Police Officer Pay & Allowances", 46589, 23194, 23273, 46376, _),
    ("employees", OFFICERS, "Police Officer Overtime", 1898, 843, 848, 1894, _),
    ("employees", STAFF, "PCSO Pay & Overtime", 4972, 2474, 2206, 4558, _),
    ("employees", STAFF, "Support Staff Pay", 18187, 8901, 8762, 18281, _),
    ("employees", STAFF, "Support Staff Overtime", 165, 75, 103, 194, _),
    ("employees", STAFF, "Agency Staff", 0, 0, 59, 87, _),
    ("employees", OTHER_EMP, "Training", 0, 0, 3, 15, _),
    ("employees", OTHER_EMP, "Other Employee Allowances", 105, 33, 40, 124, _),
    ("pensions", _, "Pensions - Notional Employer Contributions - Expenditure", 9764, 4882, 4754, 9552, _),
    ("pensions", _, "Injury Pensions", 2295, 1339, 1291, 2208, _),
    ("pensions", _, "Ill-Health Retirement Capital Charge - Expenditure", 150, 0, 0, 150, _),
    ("premises", _, "Building Repairs, Alterations & Maintenance", 774, 395, 344, 697, _),
    ("premises", _, "Utility Costs", 995, 367, 346, 940, _),
    ("premises", _, "Rent & Rates", 1327, 1329, 1352, 1385, _),
    ("premises", _, "Other Premises Costs", 72, 25, 27, 61, _),
    ("premises", _, "Cleaning", 523, 254, 264, 542, _),
    ("transport", _, "Vehicle Running Costs", 1391, 660, 633, 1341, _),
    ("transport", _, "Hired Transport", 8, 8, 11, 10, _),
    ("transport", _, "Travel Expenses", 403, 196, 170, 373, _),
    ("transport", _, "Vehicle Recharges", -733, -601, -601, -733, _),
    ("supplies", _, "Computing Costs", 515, 104, 140, 564, _),
    ("supplies", _, "Communications Costs", 125, 23, 7, 97, _),
    ("supplies", _, "Consultancy, Legal & Audit Costs", 424, 141, 140, 410, _),
    ("supplies", _, "Forensic Science Service Costs", 465, 2, 2, 520, _),
    ("supplies", _, "Insurance and Risk Management", 982, 504, 626, 1198, _),
    ("supplies", _, "Subscriptions & Contributions", 302, 107, 112, 299, _),
    ("supplies", _, "Equipment & Materials", 1139, 298, 197, 907, _),
    ("supplies", _, "Clothing, Uniforms & Laundry", 372, 87, 86, 370, _),
    ("supplies", _, "Other Supplies & Services", 364, 183, 187, 379, _),
    ("supplies", _, "Printing, Stationery & General Office Expenses", 313, 142, 124, 259, _),
    ("supplies", _, "Interpreters", 380, 190, 174, 349, _),
    ("supplies", _, "Informants, Identity Parades", 126, 54, 49, 112, _),
    ("supplies", _, "Catering", 158, 64, 48, 142, _),
    ("supplies", _, "Police National Computer Charges", 665, 364, 364, 665, _),
    ("supplies", _, "Conference & Seminar Costs", 17, 8, 9, 16, _),
    ("supplies", _, "Staff Subsistence Expenses", 100, 44, 48, 107, _),
    ("supplies", _, "Doctors - Medicals and Prisoners", 787, 380, 386, 799, _),
    ("supplies", _, "Mutual Aid", -150, -75, -25, -61, _),
    ("income", _, "Sales, Fees & Charges", -561, -197, -228, -639, _),
    ("income", _, "Other Grants & Contributions", -656, -441, -522, -821, _),
    ("income", _, "Rental Income", -100, -15, -36, -142, _),
    ("income", _, "Interest on Balances", -90, -57, -57, -90, _),
    ("income", _, "Charges for Police Services", -155, -148, -246, -275, _),
    ("income", _, "Other Income", -120, -70, -70, -123, _),
    ("income", _, "Costs Recovered", 0, 0, -4, -3, _),
    ("collaboration", _, "Collaboration Set up costs", 0, 0, 28, 7, _),
    ("collaboration", _, "Collaboration - Athena", 270, 211, 204, 253, _),
    ("collaboration", _, "Change team", 1178, 494, 461, 1103, _),
    ("collaboration", _, "Collaboration - General", -117, 70, 65, 0, _),
    ("collaboration", JPS, "Armed Policing Unit", 2418, 1130, 1039, 2211, "Armed Policing"),
    ("collaboration", JPS, "Counter Terrorism & Domestic Extremism", 632, 224, 226, 638,
     "Counter Terrorism and Domestic Extremism"),
    ("collaboration", JPS, "Counter Terrorism & Domestic Extremism Grants", 0, 221, 221, 0,
     "Counter Terrorism and Domestic Extremism"),
    ("collaboration", JPS, "Cameras, Tickets and Collisions", 0, 150, -49, -437, "Cameras, Tickets and Collisions"),
    ("collaboration", JPS, "Dogs", 755, 360, 363, 760, "Dogs"),
    ("collaboration", JPS, "Major Crime Unit", 3141, 1355, 1267, 2919, "Major Crime"),
    ("collaboration", JPS, "Operational Planning", 297, 175, 194, 333, "Operational Planning"),
    ("collaboration", JPS, "Roads Policing Unit", 4762, 2275, 2155, 4487, "Roads Policing"),
    ("collaboration", JPS, "Scientific Services Unit/Visual Evidence", 2478, 1265, 1235, 2410,
     "Scientific Services and Visual Evidence"),
    ("collaboration", JPS, "Protective Services Command", 199, 165, 203, 266, _),
    ("collaboration", JPS, "Force Resilience", 155, 146, 130, 120, _),
    ("collaboration", JPS, "Cameras, Tickets and Collisions underspend - to reserves", _, _, _, 437, _),
    ("collaboration", JPS, "Revenue Contribution to Capital Outlay for approval", _, _, _, 198, _),
    ("collaboration", OS, "HR and L&D", 3721, 1660, 1661, 3721, "Human Resources and Learning and Development"),
    ("collaboration", OS, "Information Management Department", _, _, _, 25, "Information Management Department"),
    ("collaboration", OS, "ICT", 6718, 3491, 3509, 6755, "ICT"),
    ("collaboration", OS, "Procurement", 290, 417, 417, 289, "Procurement"),
    ("collaboration", OS, "Professional Standards Unit", 946, 283, 284, 945, "Professional Standards"),
    ("collaboration", OS, "Information Assurance", 66, 31, 31, 62, "Information Assurance"),
    ("collaboration", OPS, "Firearms Licensing", 122, 75, 102, 173, "Firearms and Explosives Licensing"),
    ("collaboration", OPS, "Criminal Justice/Custody phase 1", 250, 0, 64, 427, "Criminal Justice and Custody"),
    ("collaboration", OPS, "Public Contact", 117, 0, 3, 120, "Public Contact"),
    ("collaboration", OPS, "LCJB", 123, 0, -15, 120, "Local Criminal Justice Board Administration"),
    ("collaboration", OTHER_COLLAB, "Air Support", 489, 117, 117, 489, _),
    ("collaboration", OTHER_COLLAB, "ERSOU", 2359, 649, 649, 2359, _),
    ("collaboration", OTHER_COLLAB, "Kings Lynn PIC", 913, 326, 326, 913, _),
    ("collaboration", OTHER_COLLAB, "Regional Collaboration", 171, 48, 49, 171, _),
    ("collaboration", OTHER_COLLAB, "Sexual Assault Referral Centre (SARC)", 629, 0, 181, 967, _),
    ("holding", _, "Seconded Officers Net Recharge", 0, 153, 153, 0, _),
    ("holding", _, "Carry Forwards", -1080, 0, 0, -1080, _),
    ("holding", _, "Revenue Contribution to Capital Outlay", 1212, 0, 0, 1506, _),
)
# (group or None for the statement's total, label, full-year budget, YTD budget, actual, forecast), as printed
TOTALS6 = (
    ("employees", "Total Employee Costs", 71916, 35520, 35294, 71529),
    ("pensions", "Total Police Pension Costs", 12209, 6221, 6045, 11910),
    ("premises", "Total Premises Costs", 3691, 2370, 2333, 3625),
    ("transport", "Total Transport Costs", 1069, 263, 213, 992),
    ("supplies", "Total Supplies & Services", 7085, 2620, 2674, 7133),
    ("income", "Total Income", -1683, -928, -1162, -2093),
    ("collaboration", "Total Collaborated and Partnerships", 33082, 15338, 15119, 33241),
    (None, "Net Budget Requirement", 127499, 61558, 60669, 126763),
)
# month 5 (INVENTED): forecasts that moved between months 5 and 6, by label (£'000 at month 5)
MOVED5 = {"Police Officer Pay & Allowances": 46450, "PCSO Pay & Overtime": 4700,
          "Insurance and Risk Management": 1050, "Sexual Assault Referral Centre (SARC)": 800}
WRONG5 = ("transport", "actual", 190)  # the printed transport actual that does not cast


def month5() -> tuple[tuple[Row, ...], tuple]:
    """Month 5, INVENTED from month 6: year-to-date figures × 5/6 to whole £'000, some forecasts moved."""
    def five(v: int | None) -> int | None:
        return None if v is None else int((Decimal(v) * 5 / 6).to_integral_value(ROUND_HALF_UP))

    rows = tuple((g, h, label, fyb, five(ytd), five(act), MOVED5.get(label, fc), fn)
                 for g, h, label, fyb, ytd, act, fc, fn in MONTH6)
    totals = []
    for group, label, *_printed in TOTALS6:
        mine = [r for r in rows if group is None or r[0] == group]
        sums = [sum(int(r[i] or 0) for r in mine) for i in (3, 4, 5, 6)]
        if group == WRONG5[0]:
            sums[2] = WRONG5[2]
        totals.append((group, label, *sums))
    return rows, tuple(totals)


def load(ld: Loader) -> None:
    body = ld.get(m.PolicingBody, slug="cambridgeshire")
    bch = ld.get(m.Alliance, slug="bch")
    for month, (rows, totals) in ((5, month5()), (6, (MONTH6, TOTALS6))):
        table = ld.ensure(m.FinancialTable, {"title": TITLE.format(month=month), "policing_body_id": body.id},
                          kind=TableKind.REVENUE, financial_year=2016, period=month, unit=Unit.GBP_THOUSANDS,
                          monitoring=True)
        pos = 0
        for group, heading, label, fyb, ytd, actual, forecast, function in rows:
            pos += 1
            fn = ld.get(m.Function, alliance_id=bch.id, name=function) if function else None
            ld.ensure(m.BudgetLine, {"table_id": table.id, "position": pos}, label=label, section=group,
                      heading=heading, is_total=False, full_year_budget=thousands(fyb), ytd_budget=thousands(ytd),
                      actual=thousands(actual), forecast=thousands(forecast), function_id=fn.id if fn else None)
        for group, label, fyb, ytd, actual, forecast in totals:
            pos += 1
            ld.ensure(m.BudgetLine, {"table_id": table.id, "position": pos}, label=label, section=group,
                      is_total=True, full_year_budget=thousands(fyb), ytd_budget=thousands(ytd),
                      actual=thousands(actual), forecast=thousands(forecast))
