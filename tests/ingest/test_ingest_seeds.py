"""Extraction from the three seed papers (and the same text as PDF and DOCX)."""

from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont  # noqa: F401
from reportlab.pdfgen import canvas

from concord.ingest.pipeline import run

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="module")
def seeds():
    if not SEEDS.is_dir():
        pytest.fail(f"seed papers not found at {SEEDS}: the tests expect the shared seeds beside the checkout")
    return run([SEEDS / "000_da7a5188954c7516.txt", SEEDS / "001_7ee0042519c720e7.txt",
                SEEDS / "004_3a47b0fb0bef4358.txt"]).as_json()


def test_shape(seeds):
    for key in ("documents", "decision_notices", "reports", "meetings", "actions", "agreements",
                "projects", "tables"):
        assert isinstance(seeds[key], list)
    assert {d["kind"] for d in seeds["documents"]} == {"report", "pack"}


def test_seed_000_report(seeds):
    [r] = [r for r in seeds["reports"] if r["source"].startswith("000")]
    assert r["to"] == "Business Coordination Board" and r["from"] == "Chief Executive"
    assert r["date"] == "2016-09-21"
    assert r["recommendations"][0] == "The Board is recommended to note the report."
    assert r["contact_officer"] == "Josie Gowler"
    assert r["_provenance"]["fields"]["date"]["page"] == 1


def test_seed_001_decision_notices(seeds):
    dns = {d["reference"]: d for d in seeds["decision_notices"]}
    assert sorted(dns) == ["CPCC2019-007", "CPCC2019-008", "CPCC2019-009", "CPCC2019-010"]
    assert dns["CPCC2019-007"]["subject"].startswith("An extension to the existing S22A Agreement")
    assert "31st March 2021" in dns["CPCC2019-007"]["decision"]
    assert all(d["contact_officer"] == "Dorothy Gregson" for d in dns.values())
    assert all(d["decision_maker"] == "Jason Ablewhite" for d in dns.values())
    assert dns["CPCC2019-007"]["contact_email"] == "dorothy.gregson@cambs.pnn.police.uk"
    assert dns["CPCC2019-009"]["subject"].endswith("Investigatory Powers Act 2016")


def test_seed_001_agreements(seeds):
    sevens = [a for a in seeds["agreements"] if a["source"].startswith("001") and "SEVEN FORCE" in a["title"].upper()]
    seven = next(a for a in sevens if not a.get("version"))
    ext = next(a for a in sevens if a.get("version") == "extension")  # the decision to extend it to 2021
    assert ext["end_date"] == "2021-03-31" and ext["title"] == seven["title"] and ext["parties"] == seven["parties"]
    assert set(seven["parties"]) == {"bedfordshire", "cambridgeshire", "hertfordshire", "norfolk", "suffolk",
                                     "essex", "kent"}
    assert seven["start_date"] == "2015-10-22" and seven["review_date"] == "2016-10-21"
    assert seven["annual_budget_gbp"] == 1200000
    assert seven["cost_basis"] == "net revenue expenditure share"
    soh = next(a for a in seeds["agreements"] if "Single Online Home" in a["title"])
    assert soh["notice_period_months"] == 12 and soh["lead"] == "metropolitan"


def test_seed_004_meetings_and_actions(seeds):
    agenda = next(m for m in seeds["meetings"] if m["date"] == "2016-12-16")
    assert agenda["forum"] == "Business Coordination Board"
    assert agenda["time"] == "10:00" and agenda["venue"] == "HQ, Conference Room 4"
    assert [i["number"] for i in agenda["items"]] == [str(n) for n in range(1, 15)]
    minutes = next(m for m in seeds["meetings"] if m["date"] == "2016-11-10")
    assert "Andy Coles" in minutes["members"] and "Claire George" in minutes["in_attendance"]
    assert "Jason Ablewhite" in minutes["apologies"] and "Colin Luscombe" in minutes["apologies"]
    assert minutes["items"][4] == {"number": "5", "title": "HMIC Update"}
    acts = [a for a in seeds["actions"] if a["meeting_date"] == "2016-11-10"]
    assert len(acts) == 7
    use_of_force = next(a for a in acts if a["item"] == "10")
    assert use_of_force["due"] == "2017-11"  # "in 12 months' time": a month, not a day


def test_seed_004_tables(seeds):
    tabs = [t for t in seeds["tables"] if t["source"].startswith("004")]
    revenue = next(t for t in tabs if t["title"].startswith("Table 2"))
    assert revenue["unit"] == "GBP_thousands"
    row = next(r for r in revenue["rows"] if r["label"] == "PCSO Pay & Overtime")
    assert row["values"] == [4972, 2474, 2206, -267, 4558, -414]
    capital = next(t for t in tabs if t["title"].startswith("Scheme by Scheme"))
    major = next(r for r in capital["rows"] if r["label"] == "Major Repairs Planned")
    assert major["values"][-1] == -434 and major["refs"] == ["CP16/01"]
    assert major["values"][1] is not None and capital["rows"][0]["values"][1] is None  # '-' is empty


def _seed_lines(name: str) -> list[str]:
    from concord.ingest.textutil import unmark
    return unmark((SEEDS / name).read_text()).split("\n")


def test_same_records_from_pdf_and_docx(tmp_path, seeds):
    lines = [ln.rstrip() for ln in _seed_lines("000_da7a5188954c7516.txt")]
    # PDF: one line per text line, wrapped to the page, several pages
    pdfmetrics.getRegisteredFontNames()
    pdf = tmp_path / "paper.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    c.setFont("Helvetica", 8)
    y = 800
    for ln in lines:
        for chunk in [ln[i:i + 150] for i in range(0, max(len(ln), 1), 150)]:
            c.drawString(30, y, chunk.replace("\t", "  ").strip())
            y -= 11
            if y < 40:
                c.showPage()
                c.setFont("Helvetica", 8)
                y = 800
    c.save()
    d = docx.Document()
    for ln in lines:
        d.add_paragraph(ln.strip())
    dx = tmp_path / "paper.docx"
    d.save(dx)
    out = run([pdf, dx]).as_json()
    want = next(r for r in seeds["reports"] if r["source"].startswith("000"))
    for r in out["reports"]:
        for key in ("to", "from", "date", "contact_officer"):
            assert r[key] == want[key], (r["source"], key)
        assert r["recommendations"][0] == want["recommendations"][0]
    assert len(out["reports"]) == 2
