"""Every kind of public record in every marking state, against every public output.

Records of each kind are made in every combination of marking (OFFICIAL,
OFFICIAL-SENSITIVE, SECRET, TOP SECRET; legacy PROTECT, RESTRICTED,
CONFIDENTIAL, and a legacy wording Concord does not know, kept verbatim),
held until approved or not, approved or not; minutes draft and approved;
agreements' published summaries (rule 15) in another state than their agreement;
papers and minutes under marked meetings too. Each carries a unique
canary. The expected answer is written here from the rules themselves
(rules 11, 15, 17, 18), not from the code under test: a canary must be
in the crawl of /public and /api/v1 exactly when its record may be public.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from tests.web.public_crawl import crawl, everything

#: (marking, legacy wording as printed)
MARKINGS = (("OFFICIAL", None), ("OFFICIAL", "PROTECT"), ("OFFICIAL", "NOT PROTECTIVELY MARKED"),
            ("OFFICIAL", "PROTECT - SOMETHING UNHEARD OF"), ("OFFICIAL-SENSITIVE", None),
            ("OFFICIAL-SENSITIVE", "RESTRICTED"), ("SECRET", "CONFIDENTIAL"), ("TOP SECRET", None))
STATES = list(itertools.product(MARKINGS, (False, True), (False, True)))  # marking, held, approved


def _may_be_public(marking: str, held: bool, approved: bool) -> bool:
    """Rules 11 and 18: never above OFFICIAL; never while held until approved."""
    return marking == "OFFICIAL" and (approved or not held)


class Canaries:
    def __init__(self) -> None:
        self.expected: dict[str, bool] = {}
        self.urls: dict[str, bool] = {}
        self._n = itertools.count(1)

    def new(self, public: bool) -> str:
        word = f"canary{next(self._n):04d}x"
        self.expected[word] = public
        return word


@pytest.fixture
def every_state(register):  # noqa: ANN001, ANN201
    from concord.domain.markings import Marking
    from concord.domain.vocab import AgreementStatus, ForumKind, MeetingStatus, MinuteStatus, VersionKind
    from concord.services.context import system_actor, unit_of_work
    from concord.store import models as m

    c = Canaries()
    past = dt.date(2020, 1, 1)

    def marks(row, marking: str, legacy: str | None, held: bool, approved: bool):  # noqa: ANN001, ANN202
        row.marking, row.legacy_marking, row.held_until_approved = Marking(marking), legacy, held
        row.approved_on = past if approved else None
        return row

    with unit_of_work(register, system_actor("test")) as ctx:
        s = ctx.session
        body = s.query(m.PolicingBody).filter_by(slug="cambridgeshire").one()
        forum = m.Forum(slug="test-board", name="Test Board", kind=ForumKind.BOARD, policing_body_id=body.id,
                        public=True)
        s.add(forum)
        s.flush()
        approver = m.Meeting(forum_id=forum.id, date=dt.date(2020, 6, 1), status=MeetingStatus.HELD)
        s.add(approver)
        s.flush()
        day = itertools.count(1)
        for n, ((marking, legacy), held, approved) in enumerate(STATES, start=1):
            public = _may_be_public(marking, held, approved)
            # a decision notice
            word = c.new(public)
            s.add(marks(m.DecisionNotice(policing_body_id=body.id, reference=f"TEST2019-{n:03d}", year=2019,
                                         number=n, subject=f"Notice {word}", decision_text=f"Decided {word}",
                                         signed_on=dt.date(2019, 1, 1)), marking, legacy, held, approved))
            c.urls[f"/decisions/TEST2019-{n:03d}"] = public
            # an agreement
            word = c.new(public)
            s.add(marks(m.Agreement(slug=f"test-agreement-{n}", title=f"Agreement {word}",
                                    status=AgreementStatus.IN_FORCE, start_date=dt.date(2019, 1, 1),
                                    versions=[m.AgreementVersion(number=1, kind=VersionKind.ORIGINAL,
                                                                 effective_from=dt.date(2019, 1, 1),
                                                                 summary="The original.")]),
                        marking, legacy, held, approved))
            # its published summary (rule 15), in another state: shown only in place of an agreement
            # that may not itself be public, and only while the summary itself may be public
            (s_marking, s_legacy), s_held, s_approved = STATES[(n * 5) % len(STATES)]
            summary_public = _may_be_public(s_marking, s_held, s_approved) and not public
            s.flush()
            agreement_id = s.query(m.Agreement.id).filter_by(slug=f"test-agreement-{n}").scalar()
            word = c.new(summary_public)
            s.add(marks(m.AgreementSummary(agreement_id=agreement_id, title=f"Summary {word}",
                                           objective=f"Objective {word}", scope="A scope.", term="A term.",
                                           termination="On notice.", direction_and_control="The host force.",
                                           governance="A board."), s_marking, s_legacy, s_held, s_approved))
            c.urls[f"/agreements/test-agreement-{n}"] = public or summary_public
            # a meeting, its agenda item and an OFFICIAL paper and approved minutes under it
            meeting = marks(m.Meeting(forum_id=forum.id, date=dt.date(2019, 1, 1) + dt.timedelta(days=next(day)),
                                      venue=f"Venue {c.new(public)}", status=MeetingStatus.HELD),
                            marking, legacy, held, approved)
            meeting.items = [m.AgendaItem(position=1, number="1", title=f"Item {c.new(public)}")]
            s.add(meeting)
            s.flush()
            s.add(m.Paper(meeting_id=meeting.id, title=f"Paper under {c.new(public)}", purpose="Under."))
            s.add(m.Minute(meeting_id=meeting.id, status=MinuteStatus.APPROVED, approved_at_meeting_id=approver.id,
                           text=f"Minutes under {c.new(public)}", approved_on=dt.date(2020, 6, 1)))
            # a paper, and minutes (draft and approved), of a public meeting, in this state
            open_meeting = m.Meeting(forum_id=forum.id, date=dt.date(2019, 1, 1) + dt.timedelta(days=next(day)),
                                     status=MeetingStatus.HELD)
            s.add(open_meeting)
            s.flush()
            paper = marks(m.Paper(meeting_id=open_meeting.id, title=f"Paper {c.new(public)}",
                                  purpose=f"Purpose {c.new(public)}"), marking, legacy, held, approved)
            s.add(paper)
            status = MinuteStatus.APPROVED if approved else MinuteStatus.DRAFT
            s.add(marks(m.Minute(meeting_id=open_meeting.id, status=status,
                                 approved_at_meeting_id=approver.id if approved else None,
                                 text=f"Minutes {c.new(public and (approved or not held) and approved)}"),
                        marking, legacy, held, approved))
        # an agreement still in draft, and a notice to be published next month
        s.add(m.Agreement(slug="test-draft", title=f"Agreement {c.new(False)}", status=AgreementStatus.DRAFT))
        s.add(m.DecisionNotice(policing_body_id=body.id, reference="TEST2019-999", year=2019, number=999,
                               subject=f"Notice {c.new(False)}", decision_text="Later.",
                               published_on=dt.date.today() + dt.timedelta(days=30)))
        s.flush()
        paper_ids = {p.title.split()[-1]: p.id for p in s.query(m.Paper)}
    for word, pid in paper_ids.items():
        if word in c.expected:
            c.urls[f"/papers/{pid}"] = c.expected[word]
    return c


def test_every_record_kind_in_every_marking_state(every_state: Canaries, app) -> None:  # noqa: ANN001
    pages = crawl(app.test_client())
    text = everything(pages)
    found = set(re.findall(r"canary\d{4}x", text))
    leaked = sorted(w for w, public in every_state.expected.items() if not public and w in found)
    missing = sorted(w for w, public in every_state.expected.items() if public and w not in found)
    assert not leaked, f"records that may not be public appear: {leaked}"
    assert not missing, f"public records missing from the public outputs: {missing}"
    assert sum(every_state.expected.values()) >= 30
    for url, public in every_state.urls.items():
        shown = re.search(re.escape(url) + r"(?![\w-])", text) is not None
        assert shown == public, f"{url}: {'not ' if public else ''}reachable"


def test_raising_a_marking_removes_a_record_from_every_output_at_once(every_state: Canaries, app,
                                                                       register) -> None:  # noqa: ANN001
    from concord.services import markings
    from concord.services.context import system_actor, unit_of_work

    client = app.test_client()
    outputs = ("/public/decisions/TEST2019-001", "/api/v1/concord/decision-notices/TEST2019-001",
               "/public/data/decision-notices.csv", "/api/v1/concord/decision-notices", "/public/decisions",
               "/public/search?q=canary0001x")
    assert all("canary0001x" in client.get(u).get_data(as_text=True) for u in outputs[:5])
    with unit_of_work(register, system_actor("test")) as ctx:
        markings.change_marking(ctx, "decision_notice", "TEST2019-001", "OFFICIAL-SENSITIVE", "names a person")
    for url in outputs:
        got = client.get(url)
        body = got.get_data(as_text=True).replace('value="canary0001x"', "")
        assert "canary0001x" not in body, url
    assert client.get(outputs[0]).status_code == 404 and client.get(outputs[1]).status_code == 404
