"""Legacy Word papers (.doc, Word 97–2003, and Rich Text saved under a .doc name) and OpenDocument text (.odt) are
read, through a DOCX that LibreOffice makes of them: the same records as the paper saved as DOCX, the protective marking in the page header
included (rule 18), the tables as tables. Before, every .doc was refused, and a body's older papers are full of them.
A damaged .doc, or another legacy Office file (.xls), is refused with the reason; without LibreOffice, the refusal
says how to read it.

The .doc files are written by LibreOffice itself from DOCX papers made here (invented bodies and people); everything
is read through the real `concord ingest` in a fresh process.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
import sqlalchemy as sa

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice is not installed (scripts/ensure-libreoffice.sh installs it)")


def _report(path: Path) -> Path:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    for line in ("Report to the Joint Chief Officer Board", "Date: 4 March 2025", "Report of: Chief Finance Officer",
                 "Subject: Revenue budget monitoring, period 6", "Revenue budget (£000)"):
        d.add_paragraph(line)
    table = d.add_table(rows=4, cols=4)
    for i, row in enumerate([["", "Budget", "Forecast", "Variance"], ["Police pay", "1,200", "1,250", "50"],
                             ["Non-pay", "300", "280", "(20)"], ["Total", "1,500", "1,530", "30"]]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    d.add_paragraph("Recommendation")
    d.add_paragraph("The Board is recommended to note the forecast overspend of £30,000.")
    d.save(str(path))
    return path


def _minutes(path: Path) -> Path:
    d = docx.Document()
    for line in ("Northshire Police and Crime Panel", "Minutes of the meeting held on 12 March 2024 at 10.00 am at "
                 "County Hall, Northtown", "Present: Councillor Ann Able (Chair), Councillor Bob Baker, Mr Carl Cole",
                 "Apologies: Councillor Dan Dyer", "In attendance: Fred Fox (Police and Crime Commissioner)",
                 "1. Declarations of interest", "None were made.", "2. Police and crime plan",
                 "The Commissioner presented the plan. The Panel noted the plan."):
        d.add_paragraph(line)
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> Path:  # noqa: ANN001
    """The DOCX papers, and each as LibreOffice saves it in Word 97–2003 (.doc)."""
    folder = tmp_path_factory.mktemp("legacy")
    docxs = [_report(folder / "budget.docx"), _minutes(folder / "panel.docx")]
    profile = (folder / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc:MS Word 97",
                    "--outdir", str(folder / "doc"), *map(str, docxs)], check=True, capture_output=True, timeout=300,
                   cwd=folder)
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "odt",
                    "--outdir", str(folder / "odt"), str(docxs[0])], check=True, capture_output=True, timeout=300,
                   cwd=folder)
    assert sorted(p.name for p in (folder / "doc").iterdir()) == ["budget.doc", "panel.doc"]
    assert all((folder / "doc" / n).read_bytes()[:4] == b"\xd0\xcf\x11\xe0" for n in ("budget.doc", "panel.doc"))
    return folder


def _ingest(concord, path: Path, **env: str) -> dict:  # noqa: ANN001
    ran = concord("ingest", str(path), "--json", env=env or None)
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_a_doc_gives_the_records_of_the_same_paper_saved_as_docx(concord, papers: Path) -> None:  # noqa: ANN001
    as_doc = _ingest(concord, papers / "doc")
    as_docx = _ingest(concord, papers / "budget.docx") | {"meetings": _ingest(concord, papers / "panel.docx")["meetings"]}
    assert as_doc["errors"] == []
    assert {d["source"]: d["media_type"] for d in as_doc["documents"]} == {
        "budget.doc": "application/msword", "panel.doc": "application/msword"}
    for kind in ("reports", "tables", "meetings", "decision_notices"):
        strip = [{k: v for k, v in r.items() if k not in ("_provenance", "source")} for r in as_doc[kind]]
        assert strip == [{k: v for k, v in r.items() if k not in ("_provenance", "source")} for r in as_docx[kind]], kind
    budget = next(d for d in as_doc["documents"] if d["source"] == "budget.doc")
    assert budget["kind"] == "report"
    assert budget["marking"] == "OFFICIAL-SENSITIVE"  # printed only in the page header
    [report] = as_doc["reports"]
    assert report["title"] == "Revenue budget monitoring, period 6"
    [table] = as_doc["tables"]
    assert table["unit"] == "GBP_thousands"
    assert [(r["label"], r["values"]) for r in table["rows"]] == [
        ("Police pay", [1200, 1250, 50]), ("Non-pay", [300, 280, -20]), ("Total", [1500, 1530, 30])]
    [meeting] = as_doc["meetings"]
    assert meeting["date"] == "2024-03-12" and meeting["members"] == ["Ann Able", "Bob Baker", "Carl Cole"]
    assert meeting["apologies"] == ["Dan Dyer"] and meeting["in_attendance"] == ["Fred Fox"]


def test_an_opendocument_text_is_read_as_the_same_paper(concord, papers: Path) -> None:  # noqa: ANN001
    out = _ingest(concord, papers / "odt" / "budget.odt")
    [document] = out["documents"]
    assert document["media_type"] == "application/vnd.oasis.opendocument.text"
    assert document["marking"] == "OFFICIAL-SENSITIVE" and document["kind"] == "report"
    assert [(r["label"], r["values"]) for r in out["tables"][0]["rows"]] == [
        ("Police pay", [1200, 1250, 50]), ("Non-pay", [300, 280, -20]), ("Total", [1500, 1530, 30])]


def test_rich_text_saved_as_doc_is_read(concord, tmp_path: Path) -> None:  # noqa: ANN001
    rtf = tmp_path / "notice.doc"
    rtf.write_text(r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times;}}\f0 OFFICIAL-SENSITIVE\par Decision Notice\par "
                   r"Reference: NPCC 2009/04\par Date: 3 March 2009\par Subject: Replacement of the custody suite\par "
                   r"Decision: To approve the replacement of the custody suite at a cost of \'a32.1m.\par "
                   r"Decision maker: Jane Roe\par}", encoding="ascii")
    out = _ingest(concord, rtf)
    [document] = out["documents"]
    assert document["media_type"] == "application/rtf" and document["marking"] == "OFFICIAL-SENSITIVE"
    [notice] = out["decision_notices"]
    assert notice["subject"] == "Replacement of the custody suite" and notice["decision_maker"] == "Jane Roe"
    assert notice["decision"] == "To approve the replacement of the custody suite at a cost of £2.1m."


def test_a_damaged_doc_or_another_office_file_is_refused_with_the_reason(concord, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "damaged.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"not a word document" * 50)
    (tmp_path / "sheet.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    out = _ingest(concord, tmp_path)
    assert out["documents"] == []
    reasons = {e["source"]: e["reason"] for e in out["errors"]}
    assert "LibreOffice could not read it as a Word document" in reasons["damaged.doc"]
    assert "(.xls)" in reasons["sheet.xls"] and "not a Word document" in reasons["sheet.xls"]


def test_without_libreoffice_a_doc_is_refused_with_how_to_read_it(concord, papers: Path) -> None:  # noqa: ANN001
    out = _ingest(concord, papers / "doc" / "budget.doc", CONCORD_SOFFICE="no-such-program")
    assert out["documents"] == []
    [error] = out["errors"]
    assert error["source"] == "budget.doc"
    assert "needs LibreOffice" in error["reason"] and "libreoffice-writer-nogui" in error["reason"]


def test_an_ingested_doc_is_stored_as_the_original_file_with_its_marking(concord, db_url: str,  # noqa: ANN001
                                                                         papers: Path) -> None:
    assert concord("init").code == 0
    ran = concord("ingest", str(papers / "doc" / "budget.doc"), "--auto-accept")
    assert ran.code == 0, ran.err
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(sa.text("SELECT media_type, marking, content FROM document_revision")).one()
            paper = conn.execute(sa.text("SELECT title, marking FROM paper")).one()
    finally:
        engine.dispose()
    assert stored.media_type == "application/msword" and stored.marking == "OFFICIAL-SENSITIVE"
    assert bytes(stored.content) == (papers / "doc" / "budget.doc").read_bytes()
    assert tuple(paper) == ("Revenue budget monitoring, period 6", "OFFICIAL-SENSITIVE")


def test_a_folder_of_legacy_papers_is_converted_in_one_run_of_libreoffice_a_format(concord, papers: Path,  # noqa: ANN001
                                                                                   tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    for year in range(2005, 2017):  # twelve years of one body's papers, two folders, the same names in each
        sub = folder / ("old" if year < 2011 else "new")
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(papers / "doc" / ("budget.doc" if year % 2 else "panel.doc"), sub / f"{year % 6}.doc")
    (folder / "notes.rtf").write_text(r"{\rtf1\ansi Northshire Police and Crime Panel\par}", encoding="ascii")
    (folder / "damaged.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"not a word document" * 50)
    log = tmp_path / "runs.log"
    wrapper = tmp_path / "soffice-logged"
    wrapper.write_text(f'#!/bin/sh\necho run >> "{log}"\nexec "{shutil.which("soffice")}" "$@"\n', encoding="ascii")
    wrapper.chmod(0o755)
    ran = concord("ingest", str(folder), "--json", "--jobs", "2", env={"CONCORD_SOFFICE": str(wrapper)})
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert len(out["documents"]) == 13 and len(out["reports"]) == 6 and len(out["meetings"]) == 6
    assert {d["marking"] for d in out["documents"] if d["media_type"] == "application/msword"} == {
        "OFFICIAL-SENSITIVE", None}
    assert [e["source"] for e in out["errors"]] == ["damaged.doc"]
    # one run for the Word papers and one for the RTF, then the damaged paper alone with each Word filter
    assert len(log.read_text().split()) == 4
