"""Papers whose running text a converter wrapped at a fixed width (concord/ingest/readers/text_wrap.py) and headings a
page's width broke in two: a table's heading line is not joined to its first row of figures, and a dated heading broken
before its forum's last word names the whole forum. Bodies, people and figures invented."""

import textwrap

from tests.ingest.ingesting import ingest_text, one_meeting

_PROSE = ("The financial monitoring report for the first three months of the year shows that the group is predicted "
          "to be over budget by the end of March based on the performance so far this year. This is based on an "
          "approved budget for the year and on the assumptions made about pay awards, inflation and the income that "
          "the force expects from its partners. Financial regulations state that every virement over half a million "
          "pounds must be approved by the Commissioner, and these are included within this decision notice. Most of "
          "the projected overspend is driven by an increase in forensic costs and action is being taken to manage "
          "them and to bring the budget back into line before the end of the year.")

WRAPPED_WITH_TABLE = ("Eastshire Police and Crime Commissioner - Decision Record\n\nDecision number: 31/2025\n\n"
                      "Executive Summary:\n\n" + textwrap.fill(_PROSE, 72) + "\n\nRevenue Forecast\n\n"
                      + textwrap.fill("The total budget for Eastshire is £288.5m for the year, against which the "
                                      "forecast outturn is £287.2m, an estimated underspend of", 72)
                      + "\n\n Total 2025/26 Budget £m Total 2025/26 Outturn £m Variance £m\n"
                      "2025/26 Budget 292.8 290.2 2.6\nFunding (292.8) (291.2) (1.6)\nGrand Total 0.0 (1.0) (1.0)\n\n"
                      + textwrap.fill(_PROSE, 72) + "\n")

WRAPPED_HEADING = """Agenda

Annual Meeting, followed by a Confirmation Hearing, Westshire Police and Crime
Panel - Thursday, 20 June 2024 10.30 am

Venue: County Hall, Westford

Items
No. Item

1.

ELECTION OF CHAIRMAN

2.

APOLOGIES FOR ABSENCE
"""


def test_a_tables_heading_line_on_a_wrapped_page_is_not_joined_to_its_first_row(concord, tmp_path):
    [t] = ingest_text(concord, tmp_path, WRAPPED_WITH_TABLE)["tables"]
    assert [r["label"] for r in t["rows"]][:2] == ["2025/26 Budget", "Funding"]
    assert t["rows"][0]["values"] == [292.8, 290.2, 2.6]


def test_a_dated_heading_broken_before_the_forums_last_word(concord, tmp_path):
    m = one_meeting(concord, tmp_path, WRAPPED_HEADING)
    assert m["forum"] == "Westshire Police and Crime Panel"
    assert m["date"] == "2024-06-20"


def test_a_dated_heading_broken_after_and(concord, tmp_path):
    text = WRAPPED_HEADING.replace("Police and Crime\nPanel", "Police and\nCrime Panel")
    m = one_meeting(concord, tmp_path, text)
    assert m["forum"] == "Westshire Police and Crime Panel"


def test_a_dated_heading_broken_before_and(concord, tmp_path):
    text = WRAPPED_HEADING.replace("Police and Crime\nPanel", "Police\nand Crime Panel")
    m = one_meeting(concord, tmp_path, text)
    assert m["forum"] == "Westshire Police and Crime Panel"


WRAPPED_BULLETS = """Decisions of public interest

Details of the decisions agreed by the Commissioner are published here.

Decisions made in 2025 will be listed here:

  • Agreement to provide an underwriting guarantee to the Northshire ICT Company –
NPCC-000485-2025
  • Section 22A collaboration agreement relating to the Eastern regional
organised crime unit – NPCC-000471-2025
  • Amendment to the scheme of delegation and consent to reflect a change in the
staffing structure – NPCC-000463-2025
"""


def test_bulleted_entries_wrapped_over_two_lines_are_read_whole(concord, tmp_path):
    out = ingest_text(concord, tmp_path, WRAPPED_BULLETS)
    got = {d["reference"]: d["subject"] for d in out["decision_notices"]}
    assert got == {
        "NPCC-000485-2025": "Agreement to provide an underwriting guarantee to the Northshire ICT Company",
        "NPCC-000471-2025": "Section 22A collaboration agreement relating to the Eastern regional organised crime unit",
        "NPCC-000463-2025": "Amendment to the scheme of delegation and consent to reflect a change in the staffing "
                            "structure"}


def test_a_bulleted_line_is_not_joined_to_a_label_a_number_or_a_short_heading():
    from concord.ingest.readers.text_wrap import bullets_joined
    for text in ("• Ann Other, Chief Executive of the Northshire Office of the PCC\nDate: 12 May 2025\n",
                 "• Ann Other, Chief Executive of the Northshire Office of the PCC\n2. Apologies\n",
                 "• Ann Other, Chief Executive.\nBob Hill\n", "• Ann Other\nBob Hill\n"):
        assert bullets_joined(text) == text, text


def test_a_sentence_wrapped_before_its_closing_colon_is_joined_but_a_label_is_not():
    from concord.ingest.readers.text_wrap import unwrapped
    para = textwrap.fill(_PROSE, 72)
    text = (para + "\n\nThe approach is summarised by this agreement between the chiefs and the\n"
            "Commissioners across the Northern region:\n\n" + para + "\n")
    assert "the chiefs and the Commissioners across the Northern region:" in unwrapped(text)
    labelled = text.replace("Commissioners across the Northern region:", "Apologies for absence:")
    assert "and the\nApologies for absence:" in unwrapped(labelled)


def test_a_date_wrapped_onto_the_next_line_is_joined_but_a_row_of_figures_is_not():
    from concord.ingest.readers.text_wrap import _row
    assert not _row("11th May 2015.") and not _row("2015.")
    assert _row("2025/26 Budget 292.8 290.2 2.6") and _row("Budget310.3312.11.8") and _row("PCCML-000485-2019")


def test_bullets_of_another_mark_are_entries_of_their_own():
    from concord.ingest.readers.text_wrap import bullets_joined
    text = "Apologies\n\n* Ann Other, Governance Officer\n• Mr Bob Hill, Head of Procurement and Estates\n* Mr Cat Ray, Deputy\n"
    assert bullets_joined(text) == text


def test_explain_says_wrapped_bulleted_entries_were_joined(concord, tmp_path):
    from tests.ingest.ingesting import explained
    assert "bulleted entries wrapped over the next line, read with each joined" in explained(concord, tmp_path,
                                                                                            WRAPPED_BULLETS)
