"""A force's collaboration page that states principles, not agreements (fourteenth round of issue 13): each principle
is a sentence with no party and no date, and is no agreement; a police site's quick-exit button ("Leave site") is no
title. Bodies invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

PAGE = """Leave site

Collaboration with other forces

The Commissioner and the Chief Constable are committed to exploring collaboration with other forces to maintain and
improve the service to the public.

The force's approach is summarised by the following agreement between the chief constables and commissioners of the
region:

In order to deliver this, the following guiding principles have been agreed:

  • Intention - We will work together across all areas of policing unless there is a clear reason why we should not do so.
  • Sustainability - We will take a long term view of collaborative programmes and accept that investment is needed to bring benefits.
  • Governance - Commissioners are accountable to their communities for setting the direction of collaboration and for holding chief constables to account.
"""


def test_principles_on_a_collaboration_page_are_no_agreements(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PAGE)
    assert out["agreements"] == []
    assert out["documents"][0]["title"] != "Leave site"
