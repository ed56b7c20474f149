"""The import page takes every finance sheet: a capital workbook adds a scheme to the programme, which its
page then shows; a scheme number given twice is listed in the error summary and nothing is imported."""

from __future__ import annotations

import io

import openpyxl

HEADER = ("Body", "Year", "Scheme number", "Scheme", "Category", "Brought forward", "Original programme", "Actual",
          "Commitments", "Forecast outturn", "Progress")


def _workbook(*rows: tuple) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capital schemes"
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _upload(pages, data: bytes):  # noqa: ANN001, ANN201
    token = pages.csrf_token("/finance/import")
    return pages.post("/finance/import", {"csrf_token": token, "workbook": (io.BytesIO(data), "capital.xlsx")},
                      content_type="multipart/form-data")


def test_a_capital_workbook_is_imported_from_the_page(pages, demo) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    scheme = ("cambridgeshire", "2016/17", "CP16/30", "Custody CCTV renewal", "buildings", 0, 125000.5, 1000, 0,
              None, "Ordered")
    twice = _upload(pages, _workbook(scheme, scheme))
    assert twice.status_code == 400
    summary = twice.soup.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert "sheet 'Capital schemes', row 3, column C (Scheme number): 'CP16/30' is given twice" in summary
    assert "Custody CCTV renewal" not in pages.get("/capital/cambridgeshire/2016").text
    done = _upload(pages, _workbook(scheme))
    assert done.status_code == 302 and done.headers["Location"].endswith("/finance")
    page = pages.get("/capital/cambridgeshire/2016")
    assert "Custody CCTV renewal" in page.text and "125,000" in page.text
