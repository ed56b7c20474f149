"""Demo: alliances and programmes, their members, portfolios, collaborated
functions, and the seven forces' net revenue expenditure.

Facts from the seed papers (000: collaboration update, 21 September
2016; 001: decision records CPCC2019-007..010; 004: BCB pack, 16
December 2016). Where a fact is not in the seeds the comment says so.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from concord.domain.vocab import AllianceKind
from concord.demo.base import BCH, SEVEN, Loader, d
from concord.store import models as m

# (portfolio, lead force) — BCH governance boards exist for each (seed 001)
PORTFOLIOS = (
    ("Joint Protective Services", "bedfordshire"),
    ("Organisational Support", "cambridgeshire"),
    ("Operational Support", "hertfordshire"),
)

# (function, portfolio, lead force where a seed names one, live from where a seed says)
# Portfolio of each function as the month-6 revenue report groups them (seed 004).
FUNCTIONS = (
    ("Armed Policing", "Joint Protective Services", None, None),
    ("Roads Policing", "Joint Protective Services", None, None),
    ("Major Crime", "Joint Protective Services", None, None),
    ("Dogs", "Joint Protective Services", None, None),
    ("Scientific Services and Visual Evidence", "Joint Protective Services", None, None),
    ("Counter Terrorism and Domestic Extremism", "Joint Protective Services", None, None),
    ("Operational Planning", "Joint Protective Services", None, None),
    ("Cameras, Tickets and Collisions", "Joint Protective Services", None, None),
    # seed 004: JPS equipment replacement "managed by Bedfordshire (lead Force)"
    ("JPS Equipment", "Joint Protective Services", "bedfordshire", None),
    ("Human Resources and Learning and Development", "Organisational Support", None, "2015-12-01"),
    # seed 001 names Cambridgeshire's OPCC as the body that holds ICT to account, not a lead force
    ("ICT", "Organisational Support", None, None),
    ("Information Management Department", "Organisational Support", None, None),
    ("Procurement", "Organisational Support", None, None),
    ("Professional Standards", "Organisational Support", None, None),
    ("Information Assurance", "Organisational Support", None, None),
    ("Public Contact", "Operational Support", None, None),
    ("Criminal Justice and Custody", "Operational Support", None, None),
    ("Firearms and Explosives Licensing", "Operational Support", None, "2015-12-01"),
    ("Local Criminal Justice Board Administration", "Operational Support", None, None),
)

# Net revenue expenditure, £m, 2015/16, for apportioning Seven Force costs.
# demo: ESTIMATES, not published figures (is_estimate=True), grown 1.5 % a
# year. Cambridgeshire instead uses its own figures from seed 004: the
# 2016/17 budget of £130.5m (£1.3m more than 2015/16) and the MTFP's
# forecast net revenue expenditure for 2017/18 to 2020/21.
NRE_BASE_2015 = {
    "kent": "280", "essex": "260", "hertfordshire": "180", "norfolk": "150",
    "suffolk": "115", "bedfordshire": "100",
}
CAMBS_NRE = {2015: "129200000", 2016: "130500000", 2017: "135507000", 2018: "138717000",
             2019: "140928000", 2020: "143171000"}
NRE_YEARS = range(2015, 2021)  # 2015/16 .. 2020/21


def load(ld: Loader) -> dict[str, m.Alliance]:
    bch = _bch(ld)
    seven = ld.ensure(m.Alliance, {"slug": "seven-force"},
                      name="Seven Force Strategic Collaboration Programme", kind=AllianceKind.PROGRAMME)
    for force in SEVEN:
        ld.ensure(m.AllianceMember, {"alliance_id": seven.id, "force_id": force}, joined_on=d("2015-10-22"))
    chiltern = _chiltern(ld)
    soh = ld.ensure(m.Alliance, {"slug": "single-online-home"}, name="Single Online Home",
                    kind=AllianceKind.NATIONAL, host_force_id="metropolitan")
    # seed 001: the first forces live on the platform were the MPS, Thames Valley and Hampshire;
    # BCH planned to join in February/March 2020 (date of joining not in the seeds).
    for force in ("metropolitan", "thames-valley", "hampshire", *BCH):
        ld.ensure(m.AllianceMember, {"alliance_id": soh.id, "force_id": force})
    _nres(ld)
    return {"bch": bch, "seven-force": seven, "chiltern": chiltern, "single-online-home": soh}


def _bch(ld: Loader) -> m.Alliance:
    bch = ld.ensure(m.Alliance, {"slug": "bch"},
                    name="Bedfordshire, Cambridgeshire and Hertfordshire Strategic Alliance",
                    kind=AllianceKind.ALLIANCE)
    for force in BCH:
        # the MoU of December 2013 extended collaboration that already existed; no joining date
        ld.ensure(m.AllianceMember, {"alliance_id": bch.id, "force_id": force})
    portfolios = {}
    for name, portfolio_lead in PORTFOLIOS:
        portfolios[name] = ld.ensure(m.Portfolio, {"alliance_id": bch.id, "name": name},
                                     lead_force_id=portfolio_lead)
    for name, portfolio, function_lead, live in FUNCTIONS:
        ld.ensure(m.Function, {"alliance_id": bch.id, "name": name},
                  portfolio_id=portfolios[portfolio].id, lead_force_id=function_lead,
                  live_from=d(live) if live else None)
    return bch


def _chiltern(ld: Loader) -> m.Alliance:
    # seed 004: no lead force is named ("a single lead Force"), so none is recorded.
    chiltern = ld.ensure(m.Alliance, {"slug": "chiltern"}, name="Chiltern Transport Consortium",
                         kind=AllianceKind.CONSORTIUM)
    members = (
        ("bedfordshire", "2004-04-01"),   # formal operation from 1 April 2004 (Bedfordshire and TVP)
        ("thames-valley", "2004-04-01"),
        ("hertfordshire", "2008-04-01"),  # joined April 2008
        # joined April 2008 too, but is not among the corporations sole party to the s22A agreement
        ("civil-nuclear-constabulary", "2008-04-01"),
        # approved December 2016; full financial integration from April 2017 (day inferred)
        ("cambridgeshire", "2017-04-01"),
        ("btp", "2019-05-01"),            # joined 1 May 2019 (seed 001)
    )
    for force, joined in members:
        ld.ensure(m.AllianceMember, {"alliance_id": chiltern.id, "force_id": force}, joined_on=d(joined))
    return chiltern


def _nres(ld: Loader) -> None:
    growth = Decimal("1.015")
    for force, base in NRE_BASE_2015.items():
        for i, year in enumerate(NRE_YEARS):
            # to the nearest £1,000
            amount = (Decimal(base) * 1000 * growth ** i).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 1000
            ld.ensure(m.NetRevenueExpenditure, {"force_id": force, "financial_year": year},
                      amount=amount, is_estimate=True,
                      note="demo estimate (not a published figure), for apportionment examples")
    for year, printed in CAMBS_NRE.items():
        note = ("approved 2016/17 budget (seed 004)" if year == 2016 else
                "2016/17 budget less the £1.3m cash increase (seed 004)" if year == 2015 else
                "MTFP forecast net revenue expenditure, December 2016 (seed 004)")
        ld.ensure(m.NetRevenueExpenditure, {"force_id": "cambridgeshire", "financial_year": year},
                  amount=Decimal(printed), is_estimate=True, note=note)
