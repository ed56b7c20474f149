"""Demo: decision notices CPCC2019-007 to CPCC2019-010 and the decisions
behind them, plus in-principle decisions of forums that the seeds record.

References, subjects' facts, decision makers, contact officers and dates
are from seed 001; the wording is ours. Where the printed signature date
is illegible the notice has no signed_on and the decision date is
inferred (the comment says from what).
"""

from __future__ import annotations

import sqlalchemy as sa

from concord.domain.vocab import DecisionKind
from concord.demo.base import PCC, Loader, d
from concord.store import models as m

MAKER = "Jason Ablewhite, Cambridgeshire Police and Crime Commissioner"
CONTACT = "Dorothy Gregson, Chief Executive"

# (number, agreement slug, subject, decision text, made on, signed on as printed, BCB meeting)
NOTICES = (
    (7, "seven-force", "Extension of the Seven Force Strategic Collaboration Programme agreement",
     "The commissioner extends, with the Constabulary and the other parties in the Eastern Region and Kent, "
     "the section 22A agreement for the Seven Force Strategic Collaboration Programme by two years, to "
     "31 March 2021. The agreement approved at the Board on 25 February 2016 had been due to end on "
     "31 March 2019.",
     # signature date illegible; before the version effective 1 April 2019 (inferred)
     "2019-03-28", None, None),
    (8, "chiltern", "Amended section 22A agreement: Chiltern Transport Consortium",
     "The commissioner signs the amended agreement by which British Transport Police joins the Chiltern "
     "Transport Consortium with Bedfordshire, Cambridgeshire, Hertfordshire and Thames Valley; the "
     "nine corporations sole are the five chief constables and the four commissioners.",
     "2019-05-16", "2019-05-16", "2019-05-16"),
    (9, "investigatory-powers", "Section 22A agreement for the Investigatory Powers Act 2016",
     "The commissioner signs the section 22A agreement so that the forces can discharge their functions "
     "under the Investigatory Powers Act 2016 more effectively.",
     "2019-05-16", "2019-05-16", "2019-05-16"),
    (10, "single-online-home", "Section 22A agreement: Single Online Home national platform",
     "The commissioner signs the section 22A agreement for the Single Online Home, a national platform "
     "for online police services, after the Board sought and on 16 May 2019 received the Chief "
     "Constable's assurance.",
     # no legible date; the record cites the 16 May minutes, approved on 11 June 2019 (inferred)
     "2019-06-11", None, "2019-05-16"),
)


def load(ld: Loader, agreements: dict[str, m.Agreement], forums: dict[str, m.Forum],
         meetings: dict[str, m.Meeting]) -> None:
    body = ld.get(m.PolicingBody, slug="cambridgeshire")
    pcc = ld.office(PCC, "cambridgeshire")
    for number, slug, subject, text, made, signed, meeting_day in NOTICES:
        agreement = agreements[slug]
        meeting = meetings.get(meeting_day) if meeting_day else None
        decision = ld.ensure(m.Decision, {"subject": subject, "made_on": d(made)},
                             kind=DecisionKind.EXECUTIVE, text=text, office_id=pcc.id,
                             agreement_id=agreement.id, meeting_id=meeting.id if meeting else None)
        reference = f"CPCC2019-{number:03d}"
        notice = ld.ensure(m.DecisionNotice, {"reference": reference},
                           policing_body_id=body.id, year=2019, number=number, decision_id=decision.id,
                           subject=subject, decision_text=text, decision_maker=MAKER,
                           contact_officer=CONTACT, signed_on=d(signed) if signed else None)
        _link_version(ld, agreement, notice)
    _in_principle(ld, agreements, forums)


def _link_version(ld: Loader, agreement: m.Agreement, notice: m.DecisionNotice) -> None:
    """The notice approved the agreement's latest version: link it once, never change a link."""
    latest = ld.s.scalar(sa.select(m.AgreementVersion).where(m.AgreementVersion.agreement_id == agreement.id)
                         .order_by(m.AgreementVersion.number.desc()).limit(1))
    if latest is not None:
        ld.fill(latest, decision_notice_id=notice.id)


def _in_principle(ld: Loader, agreements: dict[str, m.Agreement], forums: dict[str, m.Forum]) -> None:
    rows = (
        (forums["chiltern"], agreements["chiltern"], "2018-11-30",
         "British Transport Police to join the Chiltern Transport Consortium",
         "The consortium's governance board agrees in principle that British Transport Police joins from "
         "1 May 2019, cutting the vehicle recharges of the original five members by about £400k in 2019/20."),
        (forums["bch-summit"], agreements["bch-ict"], "2015-10-13",
         "BCH ICT collaboration: full business case",
         "The Summit approves in principle the full business case for one ICT department for the three "
         "forces, with the findings of the independent assurance review."),
        (forums["summit"], agreements["seven-force"], "2016-07-26",
         "Seven Force procurement: next business case",
         "Proceed to a full business case to appoint a permanent head of procurement, who will then develop "
         "a second full business case for collaborating the whole function."),
        # seed 004, item 13: the BCB of 16 December 2016 approved Cambridgeshire's joining the Chiltern
        # consortium by a section 22A agreement, subject to Legal's review (a decision of the board, in principle)
        (forums["bcb"], agreements["chiltern"], "2016-12-16",
         "Cambridgeshire to join the Chiltern Transport Consortium",
         "The Board approves in principle the section 22A agreement by which Cambridgeshire joins the "
         "Chiltern Transport Consortium, subject to Legal's review of the draft; the commissioner to sign "
         "the decision notice."),
    )
    for forum, agreement, made, subject, text in rows:
        meeting = ld.find(m.Meeting, forum_id=forum.id, date=d(made))
        ld.ensure(m.Decision, {"subject": subject, "made_on": d(made)}, kind=DecisionKind.IN_PRINCIPLE,
                  text=text, forum_id=forum.id, agreement_id=agreement.id,
                  meeting_id=meeting.id if meeting else None)
