"""Demo: section 22A agreements with their parties, versions and renewals.

Facts from seed 001 (the Seven Force agreement text, the Chiltern
amendment, the Investigatory Powers Act, Single Online Home and BCH ICT
papers) and seed 004 (Chiltern report of 16 December 2016). Summaries are
written for the demo; nothing is copied from the agreements' text.
"""

from __future__ import annotations

from concord.domain.agreements import FollowThrough
from concord.domain.checklist import Topic
from concord.domain.markings import Marking
from concord.domain.vocab import AgreementStatus, CostBasis, VersionKind
from concord.demo.base import BCH, CC, PCC, SEVEN, Loader, d, pounds
from concord.store import models as m

SEVEN_FORCE_COVERS = [t.value for t in (
    Topic.PARTIES, Topic.FUNCTIONS, Topic.LEAD_FORCE, Topic.DIRECTION_AND_CONTROL, Topic.GOVERNANCE,
    Topic.TERM_AND_REVIEW, Topic.FUNDING, Topic.ASSETS, Topic.STAFF, Topic.LIABILITIES, Topic.COMPLAINTS,
    Topic.HEALTH_AND_SAFETY, Topic.DATA_PROTECTION_AND_FOI,
)]

# demo: renewals invented. As of 2021-01-15 the Bedfordshire, Cambridgeshire and
# Hertfordshire offices and Essex's commissioner have renewed in writing to
# 31 March 2023; Essex's chief constable, Kent, Norfolk and Suffolk have not.
RENEWED_BEYOND_2021 = (
    (CC, "bedfordshire", "2020-11-30"), (PCC, "bedfordshire", "2020-11-30"),
    (CC, "cambridgeshire", "2020-12-10"), (PCC, "cambridgeshire", "2020-12-10"),
    (CC, "hertfordshire", "2020-12-17"), (PCC, "hertfordshire", "2021-01-08"),
    (PCC, "essex", "2021-01-12"),
)


def load(ld: Loader, alliances: dict[str, m.Alliance]) -> dict[str, m.Agreement]:
    return {
        "seven-force": _seven_force(ld, alliances["seven-force"]),
        "chiltern": _chiltern(ld, alliances["chiltern"]),
        "single-online-home": _soh(ld, alliances["single-online-home"]),
        "bch-ict": _bch_ict(ld, alliances["bch"]),
        "investigatory-powers": _ipa(ld, alliances["bch"]),
        "ersou": _ersou(ld, alliances["seven-force"]),
    }


def _parties(ld: Loader, agreement: m.Agreement, offices: list[m.Office], joined: str | None,
             weights: dict[int, str] | None = None, signed: str | None = None) -> None:
    for o in offices:
        weight = (weights or {}).get(o.id)
        ld.ensure(m.AgreementParty, {"agreement_id": agreement.id, "office_id": o.id},
                  joined_on=d(joined) if joined else None, vote_weight=pounds(weight) if weight else None,
                  signed_on=d(signed) if signed else None)


def _version(ld: Loader, agreement: m.Agreement, number: int, kind: VersionKind, effective: str,
             summary: str, changes: dict | None = None) -> m.AgreementVersion:
    return ld.ensure(m.AgreementVersion, {"agreement_id": agreement.id, "number": number},
                     kind=kind, effective_from=d(effective), summary=summary, changes=changes or {})


def _seven_force(ld: Loader, alliance: m.Alliance) -> m.Agreement:
    a = ld.ensure(
        m.Agreement, {"slug": "seven-force"},
        title="Seven Force Strategic Collaboration Programme", alliance_id=alliance.id,
        status=AgreementStatus.IN_FORCE, start_date=d("2015-10-22"), review_date=d("2016-10-21"),
        end_date=d("2021-03-31"),
        # demo: the review is taken as done when the term was extended (CPCC2019-007, March 2019)
        last_reviewed_on=d("2019-03-28"),
        renewal_terms="The agreement lapses on its end date unless all fourteen parties renew it in writing.",
        # £1.2m a year for the programme; the £150,000 a year allowed for outside consultancy
        # is kept in one_off_budget (the model has one field for a second sum).
        annual_budget=pounds("1200000"), one_off_budget=pounds("150000"),
        cost_basis=CostBasis.NRE_SHARE,
        objective=("A programme in which the seven forces and their commissioners look for joint working "
                   "in criminal justice and custody, shared business support, Athena-related functions and "
                   "operational policing suited to several forces, to make services more efficient while "
                   "keeping or improving their effectiveness. Programme costs are shared by each force's "
                   "net revenue expenditure, to one decimal place."),
        covers=SEVEN_FORCE_COVERS,
        # seed 001 cl. 6.3: the parties are committed for the duration of the agreement
        committed_for_duration=True,
    )
    offices = ld.offices(SEVEN)
    # in force from 22 October 2015, signed in March 2016 (seed 001: "the original agreement made
    # in 2016", approved at the BCB of 25 February 2016); demo: the day in March is invented
    _parties(ld, a, offices, "2015-10-22", signed="2016-03-15")
    _version(ld, a, 1, VersionKind.ORIGINAL, "2015-10-22",
             "Original agreement: in force 22 October 2015, reviewed by 21 October 2016, ending "
             "31 March 2017 unless every party renews it in writing.")
    # Seed 001 (CPCC2019-007) says the agreement was due to expire on 31 March 2019, so it was
    # renewed beyond 31 March 2017; when is not in the seeds (effective date inferred).
    _version(ld, a, 2, VersionKind.TERM_EXTENDED, "2017-04-01",
             "Renewed by the parties until 31 March 2019.",
             {"end_date": ["2017-03-31", "2019-03-31"]})
    _version(ld, a, 3, VersionKind.TERM_EXTENDED, "2019-04-01",
             "Updated and extended for two more years, until 31 March 2021 (Cambridgeshire: CPCC2019-007).",
             {"end_date": ["2019-03-31", "2021-03-31"]})
    # demo: renewals invented — the 2019 round (every party to 31 March 2021; only
    # Cambridgeshire's commissioner's is on record, as CPCC2019-007) ...
    for i, o in enumerate(offices):
        ref = "CPCC2019-007" if (o.kind, o.force_id) == (PCC, "cambridgeshire") else None
        ld.ensure(m.Renewal, {"agreement_id": a.id, "office_id": o.id, "new_end_date": d("2021-03-31")},
                  renewed_on=d("2019-03-11").replace(day=11 + i), in_writing=True, reference=ref)
    # ... and the round under way on 2021-01-15 (see RENEWED_BEYOND_2021)
    for kind, force, on in RENEWED_BEYOND_2021:
        o = ld.office(kind, force)
        ld.ensure(m.Renewal, {"agreement_id": a.id, "office_id": o.id, "new_end_date": d("2023-03-31")},
                  renewed_on=d(on), in_writing=True, reference="demo: invented renewal letter")
    return a


def _chiltern(ld: Loader, alliance: m.Alliance) -> m.Agreement:
    fleet = ld.ensure(m.Function, {"alliance_id": alliance.id, "name": "Fleet management"})
    a = ld.ensure(
        m.Agreement, {"slug": "chiltern"},
        title="Chiltern Transport Consortium", alliance_id=alliance.id, status=AgreementStatus.IN_FORCE,
        # Approved at the BCB on 16 December 2016 and signed that month; full financial
        # integration from April 2017 — the start date is inferred from that.
        start_date=d("2017-04-01"), review_date=d("2022-04-30"),
        cost_basis=CostBasis.USAGE,
        objective=("A police-owned, not-for-profit fleet service for its members: one lead force runs "
                   "vehicle buying, fleet management, fuel, claims and accounts; each member is invoiced "
                   "monthly in arrears for the vehicles it actually has on the fleet, and keeps direction "
                   "and control of its own policing."),
        covers=[Topic.PARTIES.value, Topic.FUNCTIONS.value, Topic.FUNDING.value, Topic.TERM_AND_REVIEW.value,
                Topic.DIRECTION_AND_CONTROL.value, Topic.GOVERNANCE.value],
    )
    ld.ensure(m.AgreementFunction, {"agreement_id": a.id, "function_id": fleet.id})
    # nine corporations sole (seed 001): four chief constables and four commissioners, then BTP's
    # chief constable; the Civil Nuclear Constabulary is a consortium member but not a party.
    # the original eight signed in December 2016 (seed 001; demo: the day is invented)
    _parties(ld, a, ld.offices(("bedfordshire", "cambridgeshire", "hertfordshire", "thames-valley")),
             "2017-04-01", signed="2016-12-20")
    _parties(ld, a, [ld.office(CC, "btp")], "2019-05-01")
    _version(ld, a, 1, VersionKind.ORIGINAL, "2017-04-01",
             "Agreement with Cambridgeshire as a member, approved December 2016; review due March 2019.",
             {"review_date": [None, "2019-03-31"]})
    _version(ld, a, 2, VersionKind.MEMBER_JOINS, "2019-05-01",
             "British Transport Police joins from 1 May 2019 (agreed in principle by the Chiltern "
             "governance board on 30 November 2018); the consortium continues, to be reviewed by "
             "30 April 2022. No other change.",
             {"parties": ["+ The Chief Constable of British Transport Police"],
              "review_date": ["2019-03-31", "2022-04-30"]})
    return a


def _soh(ld: Loader, alliance: m.Alliance) -> m.Agreement:
    host = ld.office(CC, "metropolitan")
    a = ld.ensure(
        m.Agreement, {"slug": "single-online-home"},
        title="Single Online Home national platform", alliance_id=alliance.id,
        host_force_id="metropolitan", lead_force_id="metropolitan", status=AgreementStatus.IN_FORCE,
        # demo: in force from the day Cambridgeshire's commissioner signed it (CPCC2019-010, inferred)
        start_date=d("2019-06-11"),
        notice_period_months=12, notice_to=host.title,
        objective=("One national digital platform, replacing force websites, through which the public can "
                   "report, transact and help themselves, with each force keeping its local identity. "
                   "The host force holds half of every governance vote while it hosts the platform; the "
                   "other half is shared among the other forces."),
        covers=[Topic.PARTIES.value, Topic.GOVERNANCE.value, Topic.WITHDRAWAL_AND_EXIT.value],
    )
    # The national agreement has many signatories; the demo records the host, the first forces on
    # the platform (Thames Valley, Hampshire) and BCH. Votes: host 50 %, the rest split equally
    # among the other chief officers recorded here. Joining dates are not in the seeds.
    others = ("thames-valley", "hampshire", *BCH)
    share = str(50 / len(others))
    weights = {host.id: "50"} | {ld.office(CC, f).id: share for f in others}
    _parties(ld, a, [host, ld.office(PCC, "metropolitan"), *ld.offices(others)], "2019-06-11", weights)
    _version(ld, a, 1, VersionKind.ORIGINAL, "2019-06-11",
             "The national agreement as Cambridgeshire signed it; the host force holds half of every vote.")
    return a


def _bch_ict(ld: Loader, bch: m.Alliance) -> m.Agreement:
    ict = ld.find(m.Function, alliance_id=bch.id, name="ICT")
    a = ld.ensure(
        m.Agreement, {"slug": "bch-ict"},
        title="BCH Information and Communications Technology collaboration agreement",
        alliance_id=bch.id, status=AgreementStatus.IN_FORCE, start_date=d("2016-01-28"),
        objective=("One ICT department for the three forces under a single head: a converged infrastructure "
                   "and applications, consistent service, better cost and contract control, and savings of "
                   "about £4.6m, with data centres cut from eleven to at most two."),
        covers=[Topic.PARTIES.value, Topic.FUNCTIONS.value, Topic.GOVERNANCE.value],
    )
    if ict is not None:
        ld.ensure(m.AgreementFunction, {"agreement_id": a.id, "function_id": ict.id})
    _parties(ld, a, ld.offices(BCH), "2016-01-28")
    _version(ld, a, 1, VersionKind.ORIGINAL, "2016-01-28",
             "Signed by the six corporations sole at the BCH Alliance Summit of 28 January 2016.")
    return a


def _ipa(ld: Loader, bch: m.Alliance) -> m.Agreement:
    # Seed 001 (CPCC2019-009) gives neither the parties nor the dates; the demo assumes the six BCH
    # corporations sole, the usual parties to Cambridgeshire's collaboration agreements.
    a = ld.ensure(
        m.Agreement, {"slug": "investigatory-powers"},
        title="Investigatory Powers Act 2016 collaboration agreement", alliance_id=bch.id,
        # demo: in force from the day Cambridgeshire's commissioner signed it (CPCC2019-009, inferred)
        status=AgreementStatus.IN_FORCE, start_date=d("2019-05-16"),
        objective=("Joint arrangements so that the forces can discharge their functions under the "
                   "Investigatory Powers Act 2016 more effectively; amended in May 2019."),
    )
    _parties(ld, a, ld.offices(BCH), "2019-05-16")
    _version(ld, a, 1, VersionKind.ORIGINAL, "2019-05-16",
             "Joint arrangements under the Investigatory Powers Act 2016, as signed in May 2019.")
    return a


#: Each party's follow-through of a version (rule 5) on record in the seeds: Cambridgeshire's
#: commissioner's executive decisions. (agreement, version, decision notice, date)
FOLLOW_THROUGH = (
    ("seven-force", 3, "CPCC2019-007", "2019-03-28"),
    ("chiltern", 2, "CPCC2019-008", "2019-05-16"),
    ("investigatory-powers", 1, "CPCC2019-009", "2019-05-16"),
    ("single-online-home", 1, "CPCC2019-010", "2019-06-11"),
)


def follow_through(ld: Loader, agreements: dict[str, m.Agreement]) -> None:
    """Load after the decision notices: Cambridgeshire's commissioner's executive decision on each."""
    pcc = ld.office(PCC, "cambridgeshire")
    for slug, version, reference, on in FOLLOW_THROUGH:
        notice = ld.find(m.DecisionNotice, reference=reference)
        if notice is None:
            continue
        ld.ensure(m.PartyFollowThrough, {"agreement_id": agreements[slug].id, "version_number": version,
                                         "office_id": pcc.id},
                  kind=FollowThrough.EXECUTIVE_DECISION, given_on=d(on), decision_notice_id=notice.id)


def _ersou(ld: Loader, alliance: m.Alliance) -> m.Agreement:
    """Rule 15: an agreement whose full text would reveal tactics, so marked OFFICIAL-SENSITIVE
    and published as its approved summary. ERSOU is named in seed 004; the agreement's dates,
    its term and its summary are written for the demo."""
    a = ld.ensure(
        m.Agreement, {"slug": "ersou"},
        title="Eastern Region Special Operations Unit collaboration agreement", alliance_id=alliance.id,
        status=AgreementStatus.IN_FORCE, start_date=d("2016-04-01"), review_date=d("2026-04-01"),
        marking=Marking.OFFICIAL_SENSITIVE,
        objective="A regional unit against serious and organised crime for the seven forces of the region.",
    )
    _parties(ld, a, ld.offices(SEVEN), "2016-04-01")
    _version(ld, a, 1, VersionKind.ORIGINAL, "2016-04-01", "The regional unit's agreement, as made in 2016.")
    ld.ensure(
        m.AgreementSummary, {"agreement_id": a.id},
        title="Eastern Region Special Operations Unit",
        objective="Tackling serious and organised crime across the eastern region with one regional unit.",
        scope="Regional organised crime, intelligence and specialist capabilities for Bedfordshire, "
              "Cambridgeshire, Essex, Hertfordshire, Kent, Norfolk and Suffolk.",
        term="In force from 1 April 2016 until the parties end it; reviewed every year.",
        termination="A party may withdraw on twelve months' notice in writing to the other parties.",
        direction_and_control="Officers and staff are under the direction and control of the chief "
                              "constable of the force that hosts the unit.",
        governance="Overseen by the region's chief constables and commissioners through the Eastern Region "
                   "Alliance Summit.",
        marking=Marking.OFFICIAL, held_until_approved=True, approved_on=d("2016-05-03"),
        owner_id=a.owner_id,
    )
    return a
