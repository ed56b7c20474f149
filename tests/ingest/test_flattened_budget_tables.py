"""Tables of figures on a page a document host flattened onto one line: a web page's bar table run together, a table
whose bars were lost too (each row a label and as many figures as every other row), and a single column of figures
whose last row is a total that adds them up. Dev corpus papers flattened as a host prints them, and invented pages,
read through the real `concord ingest` in a fresh process and compared with the papers' gold tables."""

from tests.ingest.ingesting import flattened_corpus_paper, ingest_text


def _rows(table: dict) -> list[tuple[str, list]]:
    return [(r["label"], r["values"]) for r in table["rows"]]


def _table(concord, tmp_path, name: str) -> tuple[dict, dict]:  # noqa: ANN001
    text, gold = flattened_corpus_paper(name)
    tables = ingest_text(concord, tmp_path, text)["tables"]
    assert len(tables) == 1, tables
    return tables[0], gold["tables"][0]


def test_a_bar_table_run_onto_the_line(concord, tmp_path):  # noqa: ANN001
    table, gold = _table(concord, tmp_path, "surrey-pcc-decision-30-2023")
    assert _rows(table) == _rows(gold)
    assert table["columns"] == gold["columns"]  # (not the paragraph the first head ran on from)
    assert table["unit"] == "GBP_millions"


def test_a_table_whose_bars_were_lost(concord, tmp_path):  # noqa: ANN001
    table, gold = _table(concord, tmp_path, "mpa-finres-2010-03-18-report05")
    assert _rows(table) == _rows(gold)
    assert table["unit"] == "GBP_thousands"
    assert table["columns"][1:] == gold["columns"][1:]


def test_rows_numbered_by_month_keep_their_number(concord, tmp_path):  # noqa: ANN001
    table, gold = _table(concord, tmp_path, "surrey-pcc-decision-log-007-2022")
    assert _rows(table) == _rows(gold)  # ("Month 7", not "Month" with a figure 7 more than the heads)


def test_one_column_that_adds_up_to_its_total(concord, tmp_path):  # noqa: ANN001
    table, gold = _table(concord, tmp_path, "dorset-jiac-budget-outturn-2013-09-05")
    assert _rows(table) == _rows(gold)
    assert table["columns"] == []  # (a unit over the figures, "£000s", heads no column)


PROSE = ("Source: https://example.org/minutes\n Northshire Police and Crime Panel Minutes of the meeting held on 3 May "
         "2022 Present: Cllr Ann Vale (Chair), Cllr Tom Hart 1. Apologies None. 2. Budget The Treasurer said that "
         "officer numbers rose by 120 in 2021 and 85 in 2022, that staff numbers fell by 40 and that overtime "
         "cost 310 more than planned. Members noted the report. 3. Estates The Panel noted that the sale of 4 sites "
         "raised 2 and that 3 more would follow. Total sites sold 9 since 2019.\n")


def test_figures_in_sentences_are_no_table(concord, tmp_path):  # noqa: ANN001
    """A control: a flattened page's sentences with figures in them, even ending in a total, give no table."""
    assert ingest_text(concord, tmp_path, PROSE)["tables"] == []


UNITS_UNDER_HEADS = """Source: https://example.org/papers/budget-monitoring-q2.pdf
Revenue Budget Monitoring 2011/12 – Quarter 2

Table 1: Revenue budget 2011/12

                                   Annual        Forecast      Variance
                                   Budget        Outturn
                                   £000          £000          £000
Police officer pay                 98,412        97,650        (762)
Police staff pay                   41,230        40,988        (242)
Overtime                            3,100         3,480          380
Total net expenditure             142,742       142,118        (624)
"""


def test_a_units_line_under_two_lines_of_heads_is_no_row(concord, tmp_path):  # noqa: ANN001
    """A space-aligned table whose heads stand on two lines over a line of units: the units are part of the heads,
    not a row of figures, so each column keeps its head."""
    tables = ingest_text(concord, tmp_path, UNITS_UNDER_HEADS)["tables"]
    assert len(tables) == 1, tables
    assert tables[0]["columns"] == ["Annual Budget £000", "Forecast Outturn £000", "Variance £000"]
    assert tables[0]["unit"] == "GBP_thousands"
    assert _rows(tables[0])[0] == ("Police officer pay", [98412, 97650, -762])
