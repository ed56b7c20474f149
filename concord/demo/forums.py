"""Demo: forums, their terms of reference and seats.

The Eastern Region Alliance Summit and the Oversight Group are the Seven
Force agreement's governance bodies (seed 001, its schedules A and B);
the Business Coordination Board is the Cambridgeshire commissioner's
board (seeds 000 and 004). Terms are summarised in our own words.

Notice (rule 4): only the Summit's terms (the Seven Force agreement)
ask for business needing an in-principle decision to reach every party
in writing with at least two clear working days' notice; the seeds set
no such rule for the other forums, so they have none here.
"""

from __future__ import annotations

import sqlalchemy as sa

from concord.domain.vocab import ForumKind
from concord.domain.votes import Basis
from concord.demo.base import BCH, CC, SEVEN, Loader, d, pounds
from concord.store import models as m

NO_VOTES = ("No votes and no quorum: the forum decides only in principle and refers each decision to "
            "every member for a formal decision of its own. An in-principle decision with a material "
            "impact on a party needs that party's consent; one needed between meetings needs the "
            "written agreement (letter, memo or email) of all parties.")


def load(ld: Loader, alliances: dict[str, m.Alliance], agreements: dict[str, m.Agreement]) -> dict[str, m.Forum]:
    cambs_pcc = ld.get(m.PolicingBody, slug="cambridgeshire")
    ld.fill(cambs_pcc, notice_prefix="CPCC")
    seven, seven_agreement = alliances["seven-force"], agreements["seven-force"]

    bcb = ld.ensure(m.Forum, {"slug": "cambridgeshire-bcb"}, name="Business Coordination Board",
                    kind=ForumKind.BOARD, policing_body_id=cambs_pcc.id, public=False,
                    in_principle_only=False, notice_clear_days=None)

    summit = ld.ensure(m.Forum, {"slug": "eastern-region-alliance-summit"},
                       name="Eastern Region Alliance Summit", kind=ForumKind.SUMMIT, alliance_id=seven.id,
                       agreement_id=seven_agreement.id, public=False, in_principle_only=True,
                       notice_clear_days=2)  # seed 001: the agreement, cl. 3.8 and Schedule A
    ld.ensure(m.TermsOfReference, {"forum_id": summit.id, "adopted_on": d("2015-10-22")},
              purpose=("Overall responsibility for the Seven Force programme: gives strategic direction, "
                       "settles financial questions and the financial limits of the programme and its "
                       "projects, considers each project's business case, and holds lead forces and "
                       "commissioners to account for collaborated functions, with a performance report "
                       "on regional functions every six months. A private business meeting, minuted."),
              frequency="Quarterly, or when the members think it needed",
              chair="A commissioner", chair_rotation="Rotates among the commissioners at every meeting, in turn",
              quorum="None (no formal decision-making function)", voting=NO_VOTES,
              secretariat="A nominated OPCC")
    _seats(ld, summit, SEVEN, voting=False)

    oversight = ld.ensure(m.Forum, {"slug": "seven-force-oversight-group"},
                          name="Seven Force Strategic Collaboration Oversight Group", kind=ForumKind.OVERSIGHT,
                          alliance_id=seven.id, agreement_id=seven_agreement.id, public=False,
                          in_principle_only=True, notice_clear_days=None)
    ld.ensure(m.TermsOfReference, {"forum_id": oversight.id, "adopted_on": d("2015-10-22")},
              purpose=("Advice, support and oversight for the programme's senior responsible owner between "
                       "Summit meetings: strategic fit, stakeholder support, programme and risk management, "
                       "resourcing, independent gateway reviews, Police Innovation Fund bids and the choice "
                       "of outside consultants. Recommends to the Summit; keeps action notes."),
              frequency="Fortnightly, by teleconference", chair="A commissioner chosen by the group",
              quorum="None (no formal decision-making function)",
              voting="No votes: the group recommends to the Eastern Region Alliance Summit.",
              secretariat="A nominated OPCC")
    _seats(ld, oversight, SEVEN, voting=False)

    bch_summit = ld.ensure(m.Forum, {"slug": "bch-alliance-summit"}, name="BCH Strategic Alliance Summit",
                           kind=ForumKind.SUMMIT, alliance_id=alliances["bch"].id, public=False,
                           in_principle_only=True, notice_clear_days=None)
    _seats(ld, bch_summit, BCH, voting=False)

    chiltern = ld.ensure(m.Forum, {"slug": "chiltern-governance-board"},
                         name="Chiltern Transport Consortium Joint Governance Board", kind=ForumKind.BOARD,
                         alliance_id=alliances["chiltern"].id, agreement_id=agreements["chiltern"].id,
                         public=False, in_principle_only=True, notice_clear_days=None)

    soh = _soh_steering_group(ld, alliances["single-online-home"], agreements["single-online-home"])
    return {"bcb": bcb, "summit": summit, "oversight": oversight, "bch-summit": bch_summit,
            "chiltern": chiltern, "soh": soh}


def _seats(ld: Loader, forum: m.Forum, forces: tuple[str, ...], voting: bool) -> None:
    for o in ld.offices(forces):
        role = "Chief Constable" if o.kind == CC else "Police and Crime Commissioner"
        ld.ensure(m.ForumMembership, {"forum_id": forum.id, "office_id": o.id, "role": role}, voting=voting)


def _soh_steering_group(ld: Loader, alliance: m.Alliance, agreement: m.Agreement) -> m.Forum:
    forum = ld.ensure(m.Forum, {"slug": "soh-national-steering-group"},
                      name="Single Online Home National Steering Group", kind=ForumKind.BOARD,
                      alliance_id=alliance.id, agreement_id=agreement.id, public=False,
                      vote_basis=Basis.ALL)
    ld.ensure(m.TermsOfReference, {"forum_id": forum.id, "adopted_on": None},
              purpose=("Oversees and prioritises development of the national platform; reports to the "
                       "Digital Public Contact programme board. Forces take part as stakeholders, first "
                       "nationally and then through regional groups as more forces join."),
              voting=("The host force holds 50 % of every decision on strategy, design or operation while "
                      "it hosts the platform; the other 50 % is divided among the other forces."))
    # vote weights as on the agreement's parties: host 50, the five other forces 10 each
    parties = ld.s.scalars(sa.select(m.AgreementParty).where(m.AgreementParty.agreement_id == agreement.id)
                           .order_by(m.AgreementParty.id)).all()
    for party in parties:
        if party.vote_weight is None:
            continue
        o = ld.get(m.Office, id=party.office_id)
        role = "Host force" if o.force_id == "metropolitan" else "Participating force"
        ld.ensure(m.ForumMembership, {"forum_id": forum.id, "office_id": o.id, "role": role},
                  voting=True, vote_weight=pounds(str(party.vote_weight)))
    return forum
