"""A decision record printed as a Word form, a table with borders: a label too long for its cell wraps onto a second
line ("Reasons for the" / "decision") beside the value's own wrapped lines, and each line of the row is read
as the row it belongs to, the label whole and the value whole. A table of figures whose rows run over two pages, its
header row repeated at the top of the second page and no title there, is one table. Bodies, people and figures
invented; read through the real `concord ingest --json` from PDFs drawn with rules."""

import json

from devtools.ingest.pdf_drawing import draw_ruled, draw_text

FORM = [
    "Office of the Police and Crime Commissioner for Bramshire",
    "Record of Decision",
    [["Reference", "PCC 2022-031", "Date", "7 July 2022"]],
    [["Title of the decision", "Purchase of drones for the rural and roads policing teams"],
     ["Reasons for the decision", "The force asks for funding to buy six drones for the rural and roads "
      "policing teams, replacing two older aircraft."],
     ["Decision of the Police and Crime Commissioner", "I approve the purchase of six drones at a cost of £96,000 "
      "from the capital programme, and revenue costs of £12,000 a year for training and licences."],
     ["For further information contact", "Ruth Mendes, Head of Finance"]],
    [["Signature of the Police and Crime Commissioner", "Leonard Hayes"]],
]

HEAD = ["Scheme", "Budget £000", "Forecast £000", "Variance £000"]
SCHEMES = [["Estates", "4,200", "3,900", "(300)"], ["ICT", "3,100", "3,100", "0"], ["Fleet", "1,800", "1,950", "150"],
           ["Custody", "2,400", "2,250", "(150)"]]
TABLE = ["Capital monitoring report", "Table 2: Capital programme 2019/20", [HEAD] + SCHEMES[:3], "\f",
         [HEAD, SCHEMES[3], ["Total", "11,500", "11,200", "(300)"]],
         "The forecast underspend is £300,000."]


def _ingest(concord, path):
    ran = concord("ingest", str(path), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_a_forms_wrapped_labels_and_values_are_read_whole(concord, tmp_path):
    pdf = draw_ruled(tmp_path / "decision.pdf", FORM, widths={2: [0.25, 0.75], 4: [0.2, 0.3, 0.2, 0.3]})
    rec, = _ingest(concord, pdf)["decision_notices"]
    assert rec["reference"] == "PCC2022-031" and rec["date"] == "2022-07-07"
    assert rec["subject"] == "Purchase of drones for the rural and roads policing teams"
    assert rec["decision"] == ("I approve the purchase of six drones at a cost of £96,000 from the capital programme, "
                               "and revenue costs of £12,000 a year for training and licences.")
    assert rec["contact_officer"] == "Ruth Mendes"
    assert rec["decision_maker"] == "Leonard Hayes"
    assert rec["summary"] == ("The force asks for funding to buy six drones for the rural and roads policing teams, "
                              "replacing two older aircraft.")


def test_a_table_whose_header_repeats_on_the_next_page_is_one_table(concord, tmp_path):
    pdf = draw_ruled(tmp_path / "capital.pdf", TABLE, widths={4: [0.4, 0.2, 0.2, 0.2]})
    table, = _ingest(concord, pdf)["tables"]
    assert table["title"] == "Table 2: Capital programme 2019/20"
    assert [r["label"] for r in table["rows"]] == ["Estates", "ICT", "Fleet", "Custody", "Total"]
    assert table["rows"][-1]["values"] == [11500, 11200, -300]
    assert not table.get("_checks")  # the total is the sum of the rows on both pages


MINUTES = ["Eastmoor Joint Audit Committee", "Minutes of the meeting held on 14 March 2023",
           "10.00 am, Police Headquarters", "Present",
           [["Name", "Role"], ["Mrs Helen Ashby", "Independent member (Chair)"], ["Mr Robert Kane", "Independent member"],
            ["Mark Denton", "Chief Executive, Office of the Police and Crime Commissioner for Eastmoor"],
            ["Tom Rigby", "Engagement Lead, Grant Thornton (External Audit)"]],
           "Apologies: Mr Owen Griffiths",
           [["Item", "Minute", "Action"],
            ["1", "Minutes of the last meeting: agreed as a correct record.", ""],
            ["2", "Risk register: the committee asked for the cyber risk to be rescored before the next meeting.",
             "Claire Booth to rescore the cyber risk by 30 April 2023"]]]


def test_minutes_tables_with_wrapped_cells(concord, tmp_path):
    """An attendance table whose Role cells wrap over two lines tells members from officers by the whole role; a
    minutes table's Action cell wrapped over lines is one action, due on the date its words give."""
    pdf = draw_ruled(tmp_path / "minutes.pdf", MINUTES, widths={2: [0.35, 0.65], 3: [0.1, 0.55, 0.35]})
    out = _ingest(concord, pdf)
    meeting, = out["meetings"]
    assert meeting["members"] == ["Helen Ashby", "Robert Kane"]
    assert meeting["in_attendance"] == ["Mark Denton", "Tom Rigby"]
    assert meeting["apologies"] == ["Owen Griffiths"]
    action, = out["actions"]
    assert (action["item"], action["text"], action["due"]) == (
        "2", "Claire Booth to rescore the cyber risk by 30 April 2023", "2023-04-30")


FORECAST = """55/2024 - Month 9 financial performance

Author and job role: Kelvin Mayhew, Treasurer
Protective marking: OFFICIAL

The forecast for the year is an underspend of £1.0m against a budget of £292.8m.

"""
FIGURES = """Revenue forecast (£m)
                          Budget    Outturn    Variance
Pay and overtime           212.4      214.0         1.6
Non-pay                     80.4       76.2        (4.2)
Total                      292.8      290.2        (2.6)
"""


def test_a_table_of_figures_under_a_forms_ruled_fields(concord, tmp_path):
    """A form's ruled fields at the top of the page and a table of figures set out below them without rules: the
    ruled fields are no table of figures, and the figures are still read."""
    pdf = draw_text(FORECAST + FIGURES, tmp_path / "forecast.pdf", forms=True)
    table, = _ingest(concord, pdf)["tables"]
    assert table["unit"] == "GBP_millions"
    assert [(r["label"], r["values"]) for r in table["rows"]] == [
        ("Pay and overtime", [212.4, 214.0, 1.6]), ("Non-pay", [80.4, 76.2, -4.2]), ("Total", [292.8, 290.2, -2.6])]
