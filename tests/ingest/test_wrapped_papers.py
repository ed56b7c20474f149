"""Papers wrapped at a fixed width (a PDF converted to text, a typed paper), read through the real `concord ingest
--json` in a fresh process: a sentence, a list of names or an action's text going on over the next line is read
whole, as from the same paper with each paragraph on a line of its own. Bodies and people invented."""

from __future__ import annotations

import textwrap

from tests.ingest.ingesting import explained, ingest_text, one_meeting, records


def _wrapped(text: str, width: int = 72) -> str:
    """The paper with every line longer than ``width`` wrapped as a converter does, its first line kept."""
    first, _, rest = text.partition("\n")
    return first + "\n" + "\n".join(textwrap.fill(ln, width) if len(ln) > width else ln for ln in rest.split("\n"))



MINUTES = """Source: invented

Northshire Police and Crime Panel

Minutes of the meeting of the Northshire Police and Crime Panel held at the Council Chamber, County Hall, Northtown on Thursday 6 March 2025 at 10.30am

Present: Councillor Amy Hart (Chair), Councillor Ben Irving (Vice-Chair), Councillor Carol Jones, Councillor David Kerr, Councillor Emma Lowe, Councillor Frank Moss, Mr George Nash (Independent Member) and Mrs Helen Owen (Independent Member)

In attendance: Ian Price (Police and Crime Commissioner), Julia Quinn (Chief Executive, Office of the Police and Crime Commissioner) and Kevin Rowe (Chief Finance Officer, Office of the Police and Crime Commissioner)

Apologies for absence were received from Councillor Lucy Shaw and Councillor Martin Todd, who had both sent their regrets to the Chair before the meeting.

1. Minutes of the previous meeting

The minutes of the meeting held on 5 December 2024 were agreed as a correct record and were signed by the Chair after a short discussion of the actions arising from them.

2. Proposed precept for 2025/26

The Commissioner introduced his proposal to increase the policing element of the council tax by fourteen pounds a year for a band D property, explaining that the increase would fund the recruitment of additional neighbourhood officers across the county.

Members asked how the Commissioner would measure the effect of the additional officers on public confidence and on the time taken to answer non-emergency calls, and the Commissioner undertook to report back.

RESOLVED that the Panel supports the proposed precept for 2025/26 without qualification.

3. Police and crime plan performance report

The Chief Executive presented the quarterly performance report against the priorities of the police and crime plan, drawing attention to the fall in the number of burglaries recorded across the county during the quarter.

ACTION: The Chief Executive to circulate the breakdown of burglary figures by district to all members of the Panel before the next meeting.
"""


def test_a_wrapped_paper_reads_as_the_same_paper_unwrapped(concord, tmp_path):
    flowing = ingest_text(concord, tmp_path, MINUTES, "flowing.txt")
    wrapped = ingest_text(concord, tmp_path, _wrapped(MINUTES), "wrapped.txt")
    assert flowing["meetings"] and flowing["actions"]
    assert records(wrapped) == records(flowing)


def test_names_and_an_action_wrapped_over_lines_are_read_whole(concord, tmp_path):
    m = one_meeting(concord, tmp_path, _wrapped(MINUTES, 64))
    assert m["members"] == ["Amy Hart", "Ben Irving", "Carol Jones", "David Kerr", "Emma Lowe", "Frank Moss",
                            "George Nash", "Helen Owen"]
    assert m["in_attendance"] == ["Ian Price", "Julia Quinn", "Kevin Rowe"]
    assert (m["date"], m["time"], m["venue"]) == ("2025-03-06", "10:30", "Council Chamber, County Hall, Northtown")
    out = ingest_text(concord, tmp_path, _wrapped(MINUTES, 64), "again.txt")
    [action] = out["actions"]
    assert action["text"] == ("The Chief Executive to circulate the breakdown of burglary figures by district to all "
                              "members of the Panel before the next meeting.")


def test_a_list_of_short_lines_is_not_joined(concord, tmp_path):
    listed = MINUTES.replace(
        "Present: Councillor Amy Hart (Chair), Councillor Ben Irving (Vice-Chair), Councillor Carol Jones, Councillor "
        "David Kerr, Councillor Emma Lowe, Councillor Frank Moss, Mr George Nash (Independent Member) and Mrs Helen "
        "Owen (Independent Member)",
        "Present:\nCouncillor Amy Hart (Chair)\nCouncillor Ben Irving (Vice-Chair)\nCouncillor Carol Jones")
    m = one_meeting(concord, tmp_path, _wrapped(listed))
    assert m["members"] == ["Amy Hart", "Ben Irving", "Carol Jones"]


def test_explain_says_a_page_was_wrapped(concord, tmp_path):
    assert "layout: page 1 wrapped at a fixed width" in explained(concord, tmp_path, _wrapped(MINUTES))
    assert "wrapped at a fixed width" not in explained(concord, tmp_path, MINUTES)


# a notice wrapped at 72 characters, its last proposal's sentence ending at the page's width, the office's name over
# its approval under it with no blank line between: the office is no part of the sentence and names the maker
OFFICE_UNDER = ("Ref: PCC/D/2024/11\n\n" + textwrap.fill(
    "In seeking to develop the police estate, the former station at Kirkholme was identified as surplus to "
    "requirements and marked for disposal. A local business has made an unconditional cash offer for the property. "
    "The agents appointed after a competitive tender advised that the offer is the best value the market will give. "
    "The building was first a house for police staff, converted into a station in 1989 and extended in 2005 to give "
    "room for a front counter, since closed. Its garage was replaced and its garden made into parking for response "
    "vehicles. It has stood empty since early 2022, when the local team moved to share the fire station, and it was "
    "marketed for sale at the end of that year, with a strip of land beside it bought from the county council.",
    72) + "\n\nIt is proposed that the PCC:\n"
    "  • Approve the disposal of the former Kirkholme police station for cash.\n"
    "  • Approve estimated costs of £2,500 to £3,000 for its conveyance.\n"
    "Eastvale Police and Crime Commissioner\nI hereby approve the above proposal.\n")


def test_an_office_over_its_approval_is_no_part_of_the_sentence_above(concord, tmp_path):
    assert max(len(x) for x in OFFICE_UNDER.split("\n")) <= 73
    [notice] = ingest_text(concord, tmp_path, OFFICE_UNDER)["decision_notices"]
    assert (notice["reference"], notice["decision_maker"]) == ("PCC/D/2024/11", "Eastvale Police and Crime Commissioner")
