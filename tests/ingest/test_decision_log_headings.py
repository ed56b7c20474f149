"""A decision record published under a web site's log heading that prints the record's number in its own way
("Decision Log 012/2024 – Fleet Replacement – May 2024" over the form's "Decision number: 12/2024"): the reference is
the form's labelled one, and the paper's title is that heading, dashes and all. Before, the heading's zero-padded
number was taken, and the title fell back to the record's subject because the heading's en dashes differed from the
subject's hyphens. Where the label has lost a part of the number the heading prints ("22/2024-25" over "22/202425"),
the heading's stands. Body, people and facts invented; read through the real `concord ingest` in a fresh process."""

import pytest

from tests.ingest.ingesting import ingest_text

RECORD = """{heading}

Police and Crime Commissioner for Brackenshire – Decision Making Record

Fleet Replacement – May 2024

Decision number: {label}

Author and Job Role: Ann Vale, Head of Estates and Fleet

Executive Summary:

The force fleet is due for replacement under the vehicle strategy approved in 2022.

Recommendation

The Commissioner approves the purchase of forty replacement vehicles at a cost of £1.2m.

Police and Crime Commissioner Approval

I approve the recommendation(s):

Signature: Tom Hart (wet signature on hard copy)
"""


@pytest.mark.parametrize("heading, label, reference", [
    ("Decision Log 012/2024 – Fleet Replacement – May 2024", "12/2024", "12/2024"),
    ("Decision Log 012-2024 Fleet Replacement – May 2024", "12/2024", "12/2024"),
    ("Decision Log 22/2024-25 – Fleet Replacement – May 2024", "22/202425", "22/2024-25"),
])
def test_the_forms_reference_and_the_sites_heading(concord, tmp_path, heading, label, reference):  # noqa: ANN001
    out = ingest_text(concord, tmp_path, RECORD.format(heading=heading, label=label))
    notice, = out["decision_notices"]
    assert (notice["reference"], notice["subject"], notice["decision_maker"]) == (
        reference, "Fleet Replacement - May 2024", "Tom Hart")
    assert out["documents"][0]["title"] == heading
