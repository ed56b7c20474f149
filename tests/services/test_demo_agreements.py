"""The demo's agreements obey the register's own rules (s22A(1), rule 5, state on a day)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from concord.domain.provisions import PartyOffice, check_agreement_parties


def test_every_demo_agreement_has_its_parties_an_original_version_and_a_start(concord, store) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    from concord.store import models as m

    with store.reading() as s:
        agreements = s.scalars(sa.select(m.Agreement)).all()
        assert len(agreements) == 6
        for a in agreements:
            offices = [PartyOffice(p.office.kind, p.office.force_id) for p in a.parties]
            assert check_agreement_parties(offices) == [], a.slug
            assert a.start_date is not None and a.versions and a.versions[0].kind.value == "original", a.slug
            assert a.versions[0].effective_from == a.start_date, a.slug
        seven = next(a for a in agreements if a.slug == "seven-force")
        assert seven.committed_for_duration
        assert {p.signed_on for p in seven.parties} == {dt.date(2016, 3, 15)}  # signed after it came into force
        follow = s.scalars(sa.select(m.PartyFollowThrough)).all()
        assert len(follow) == 4 and all(f.decision_notice_id for f in follow)
