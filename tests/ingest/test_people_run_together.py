"""A list of people a converter ran together, one person's surname glued to the next one's given name ("Tom
HartSarah Ray"), or a bracket closed onto the next name ("Ann Vale (Chair)Tom Hart"): each person is read apart. Before,
"Tom HartSarah Ray" was read as one person (a wrong name in the register) and the name after the bracket was lost. A
name with a capital inside it ("Mike McNamee", "John MacDonald", "Ann FitzGerald") is one person as before. Bodies and
people invented; read through the real `concord ingest` in a fresh process."""

import pytest

from tests.ingest.ingesting import one_meeting

MINUTES = """Minutes of the Northshire Police and Crime Panel held on 4 March 2026 at 10.00 am at County Hall, Northford

Present: {present}

1. Apologies
None.
2. Minutes of the last meeting
Agreed.
3. Precept
The Panel noted the report.
"""


@pytest.mark.parametrize("present, members", [
    ("Ann Vale (Chair), Tom HartSarah Ray, Mike McNamee", ["Ann Vale", "Tom Hart", "Sarah Ray", "Mike McNamee"]),
    ("Ann Vale (Chair)Tom Hart, Sarah Ray", ["Ann Vale", "Tom Hart", "Sarah Ray"]),
    ("John MacDonald (Chair), Ann FitzGerald, Mike McNamee", ["John MacDonald", "Ann FitzGerald", "Mike McNamee"]),
])
def test_people_run_together_are_read_apart(concord, tmp_path, present, members):  # noqa: ANN001
    assert one_meeting(concord, tmp_path, MINUTES.format(present=present))["members"] == members
