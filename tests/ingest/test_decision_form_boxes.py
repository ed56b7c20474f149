"""Decision records printed as a Word form whose labels stand in a table's header row over their boxes, as converters
give such a form back (markitdown's pipe tables, the DOCX reader's tab-separated rows), and signature blocks where a
placeholder or the date stands beside the Signature label ("Signature: [signed]", "Signed ....... Date 19 June 2021")
with the office a line away (concord/ingest/extract/form_grids.py, decision_notices.py, decision_makers.py). The
bodies, people and facts are invented; each paper goes through the real `concord ingest --json`."""

import json
from pathlib import Path

import docx

_TITLE = "Contribution to the regional organised crime unit"
_DECISION = "The Commissioner approved a contribution of £150,000 to the regional organised crime unit for 2022/23."

BOXES = f"""Police and Crime Commissioner for Northvale

DECISION RECORD

| Decision reference | Date of decision |
|---|---|
| NV/2022/017 | 9 May 2022 |

| Title |
|---|
| {_TITLE} |

| Summary of decision |
|---|
| {_DECISION} |

| Signature | Decision maker |
|---|---|
| Ian Price | Police and Crime Commissioner |
"""

# a listing's table has rows of several decisions: each row a record, never one form's boxes
LISTING = """Decisions 2022

| Decision reference | Title | Date of decision |
|---|---|---|
| NV/2022/017 | Regional organised crime unit | 9 May 2022 |
| NV/2022/018 | Custody suite refurbishment | 16 May 2022 |
"""

_HEAD = """Office of the Police and Crime Commissioner for Southvale

Decision number: 48/2021

Title: Custody suite refurbishment

Executive summary
The custody suite at Southtown needs new cell doors.

Decision
I approve capital funding of £200,000 for new cell doors.

"""
SIGNATURES = {
    # the office, a blank line, then the Signature label with a placeholder for the signature
    "placeholder": _HEAD + "Police and Crime Commissioner for Southvale\n\nSignature: [signed]\n\nDate: 17 June 2021\n",
    # dots for the signature and its date beside them, the office on the line under them
    "dots_and_date": _HEAD + "Signed ...................................  Date 17 June 2021\n"
                             "Police and Crime Commissioner for Southvale\n",
}


def _docx(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Police and Crime Commissioner for Northvale")
    d.add_paragraph("DECISION RECORD")
    for rows in ([["Decision reference", "Date of decision"], ["NV/2022/017", "9 May 2022"]], [["Title"], [_TITLE]],
                 [["Summary of decision"], [_DECISION]],
                 [["Signature", "Decision maker"], ["Ian Price", "Police and Crime Commissioner"]]):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    d.save(str(path))


def _run(concord, folder: Path) -> dict:
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _by_file(out: dict) -> dict[str, list[tuple]]:
    got: dict[str, list[tuple]] = {}
    for r in out["decision_notices"]:
        got.setdefault(r["source"], []).append(
            (r["reference"], r["date"], r["subject"], r["decision"], r["decision_maker"]))
    return got


def test_a_forms_labels_over_their_boxes_as_pipe_tables_and_as_a_word_document(concord, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "boxes.md").write_text(BOXES, encoding="utf-8")
    (folder / "listing.md").write_text(LISTING, encoding="utf-8")
    _docx(folder / "boxes.docx")
    got = _by_file(_run(concord, folder))
    want = ("NV/2022/017", "2022-05-09", _TITLE, _DECISION, "Police and Crime Commissioner")
    assert got["boxes.md"] == [want]
    assert got["boxes.docx"] == [want]
    assert [r[:3] for r in got["listing.md"]] == [
        ("NV/2022/017", "2022-05-09", "Regional organised crime unit"),
        ("NV/2022/018", "2022-05-16", "Custody suite refurbishment")]


def test_the_office_a_line_from_a_signature_left_as_a_placeholder_or_dots_signs(concord, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in SIGNATURES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    got = _by_file(_run(concord, folder))
    want = ("48/2021", "2021-06-17", "Custody suite refurbishment",
            "I approve capital funding of £200,000 for new cell doors.", "Police and Crime Commissioner for Southvale")
    assert got == {f"{name}.txt": [want] for name in SIGNATURES}
