"""Who sent apologies, said by a sentence whose verb comes after the names: "Councillor Carol Cole and Eve Ellis also
sent apologies.", "… had sent their apologies." Before, the names after a title-less "and" were lost under an
Apologies label, and such a sentence elsewhere in the minutes gave no one. Those who apologised for coming late or
leaving early sent no apologies for absence. Papers invented; read through the real `concord ingest` in a fresh
process."""

from __future__ import annotations

import pytest

from tests.ingest.ingesting import one_meeting

_MINUTES = """Northshire Police and Crime Panel

Minutes of the meeting held on 12 March 2024 at 10.00 am at County Hall, Northtown

Present: Councillor Ann Able (Chair), Councillor Bob Baker

{business}

2. Declarations of interest
None.
"""


@pytest.mark.parametrize("business, sent", [
    ("1. Apologies for absence\nApologies were received from Councillor Dan Dyer. Councillor Carol Cole and Eve Ellis "
     "also sent apologies.", ["Dan Dyer", "Carol Cole", "Eve Ellis"]),
    ("1. Apologies for absence\nApologies were received from Councillor Dan Dyer and Ms Eve Ellis. Mr Tom Tate also "
     "sent his apologies.", ["Dan Dyer", "Eve Ellis", "Tom Tate"]),
    ("1. Welcome\nThe Chair welcomed everyone. Councillor Dan Dyer and Eve Ellis had sent apologies.",
     ["Dan Dyer", "Eve Ellis"]),
    ("1. Welcome\nThe Chair welcomed everyone. Councillor Dan Dyer sent apologies for lateness.", []),
    ("1. Welcome\nThe Chair welcomed everyone. The Commissioner sent apologies.", []),
])
def test_the_people_before_sent_apologies(concord, tmp_path, business: str, sent: list[str]) -> None:  # noqa: ANN001
    meeting = one_meeting(concord, tmp_path, _MINUTES.format(business=business))
    assert meeting["members"] == ["Ann Able", "Bob Baker"]
    assert meeting["apologies"] == sent
