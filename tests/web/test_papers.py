"""Papers in, through the app: upload papers, watch them read in the background, refuse bad
uploads (storing nothing), and the review queue field by field."""

from __future__ import annotations

import io
import re
import shutil
import time

import pytest
import sqlalchemy as sa

from tests.web.conftest import text_of
from tests.web.papers_files import PNG, encrypted_pdf, seed_doc, seed_docx, seed_html, seed_pdf, zip_bomb_docx

LIMIT = 2 * 1024 * 1024


@pytest.fixture
def app(register, db_url, monkeypatch):  # noqa: ANN001, ANN201
    """The app with its background worker running (the tests' default app has none), polling often."""
    from concord.web import create_app

    monkeypatch.setenv("CONCORD_JOB_POLL_SECONDS", "0.2")
    app = create_app(db_url, secret_key="a test key, not secret",
                     config={"TESTING": True, "CONCORD_INGEST_WORKER": True, "MAX_CONTENT_LENGTH": LIMIT})
    yield app
    app.extensions["concord.ingest_worker"].stop()
    app.extensions["concord.store"].dispose()


def counts(store) -> dict[str, int]:  # noqa: ANN001
    with store.reading() as s:
        return {t: s.scalar(sa.text(f"SELECT count(*) FROM {t}"))
                for t in ("ingest_job", "source_document", "document_revision", "review_item")}


def upload(pages, files: list[tuple[bytes, str]], **extra):  # noqa: ANN001, ANN201
    token = pages.csrf_token("/papers")
    data = {"csrf_token": token, "papers": [(io.BytesIO(b), name) for b, name in files], **extra}
    return pages.post("/papers", data, content_type="multipart/form-data")


def read_through(pages, location: str, seconds: float = 90):  # noqa: ANN001, ANN201
    """Follow a progress page, as its refresh would, until every paper has been read."""
    deadline = time.monotonic() + seconds
    while True:
        page = pages.get(location)
        assert page.status_code == 200
        if page.soup.h1.get_text(strip=True) == "Your papers have been read":
            assert "Refresh" not in page.headers
            return page
        assert page.headers["Refresh"] == "3"  # the page refreshes itself, with no script
        assert page.soup.find("a", string=re.compile("Refresh this page"))
        assert time.monotonic() < deadline, text_of(page)
        time.sleep(0.3)


def test_upload_a_seed_paper_and_see_its_review_items(pages, demo, register, seeds) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    before = counts(register)
    sent = upload(pages, [(seed_docx(seeds), "collaboration-update.docx")])
    assert sent.status_code == 302, text_of(sent)
    location = sent.headers["Location"]
    assert location.startswith("/papers/uploads/")
    after = counts(register)
    assert after["ingest_job"] == before["ingest_job"] + 1  # stored in the request; read later
    done = read_through(pages, location)
    text = text_of(done)
    assert "collaboration-update.docx" in text and "Read" in text
    items = [a["href"] for a in done.soup.select("main li a") if a["href"].startswith("/papers/review/")]
    assert len(items) >= 5, text
    assert counts(register)["review_item"] == before["review_item"] + len(items)
    # the least certain first, as the queue shows them
    queue = pages.get("/papers/review")
    queued = [a["href"] for a in queue.soup.select("tbody a")]
    assert queued[:len(items)] == items or set(items) <= set(queued)
    certainty = [td.get_text(strip=True) for td in queue.soup.select("tbody td.govuk-table__cell--numeric")]
    numbers = [int(c.rstrip("%")) for c in certainty if c.endswith("%")]
    assert numbers == sorted(numbers)
    # the upload is listed on the papers page, linking back to its progress
    index = pages.get("/papers")
    assert index.soup.find("a", href=location).get_text(strip=True) == "collaboration-update.docx"


def test_several_papers_in_one_upload_pdf_and_html(pages, demo, seeds) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    sent = upload(pages, [(seed_pdf(seeds), "update.pdf"), (seed_html(seeds, "001_7ee0042519c720e7.txt"), "notices.html")])
    assert sent.status_code == 302, text_of(sent)
    done = read_through(pages, sent.headers["Location"])
    headings = [h.get_text(strip=True) for h in done.soup.select("main h2")]
    assert headings == ["update.pdf", "notices.html"]
    assert len(done.soup.select("main section")) == 2
    assert "Not read" not in text_of(done)
    assert len(done.soup.select("main section")[1].select("li a")) >= 3  # decision notices and more


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (scripts/ensure-libreoffice.sh)")
def test_a_legacy_word_paper_is_uploaded_and_read(pages, demo, seeds, tmp_path) -> None:  # noqa: ANN001
    pages.sign_in(demo["editor"])
    sent = upload(pages, [(seed_doc(seeds, tmp_path, marking="OFFICIAL-SENSITIVE"), "collaboration-update.doc")])
    assert sent.status_code == 302, text_of(sent)
    done = read_through(pages, sent.headers["Location"])
    text = text_of(done)
    assert "collaboration-update.doc" in text and "Not read" not in text, text
    items = [a["href"] for a in done.soup.select("main li a") if a["href"].startswith("/papers/review/")]
    assert len(items) >= 5, text
    item = pages.get(items[0])
    assert "OFFICIAL-SENSITIVE" in text_of(item)


BAD = [
    ("a picture named as a PDF", lambda: (PNG, "minutes.pdf"), "named .pdf but is not a PDF"),
    ("an image", lambda: (PNG, "photo.png"), "unknown format '.png'"),
    ("binary named as a web page", lambda: (PNG + b"\x00" * 100, "page.html"), "holds binary data, not a web page"),
    ("a text file", lambda: (b"Minutes of the Board\n\nPresent: the Commissioner\n", "notes.txt"),
     "is a text file: only papers in these formats are read here"),
    ("a zip bomb", lambda: (zip_bomb_docx(), "bomb.docx"), "refusing a possible zip bomb"),
    ("an encrypted PDF", lambda: (encrypted_pdf(), "locked.pdf"), "encrypted PDF: it needs a password to open"),
    ("an empty file", lambda: (b"", "empty.pdf"), "the file is empty"),
]


@pytest.mark.parametrize("what,make,reason", BAD, ids=[b[0] for b in BAD])
def test_a_bad_upload_is_refused_with_the_reason_and_nothing_is_stored(pages, make_user, register, seeds,  # noqa: ANN001
                                                                       what, make, reason) -> None:  # noqa: ANN001
    pages.sign_in(make_user("editor"))
    before = counts(register)
    data, name = make()
    # beside a good paper: one bad file refuses the upload, and the good one is not stored either
    sent = upload(pages, [(seed_docx(seeds), "good.docx"), (data, name)])
    assert sent.status_code == 400
    summary = sent.soup.select_one(".govuk-error-summary")
    assert summary is not None and sent.soup.title.get_text().startswith("Error: ")
    link = summary.select_one("a")
    assert reason in link.get_text() and name in link.get_text() and "Nothing was stored" in link.get_text()
    assert link["href"] == "#papers"
    assert sent.soup.select_one(f"#{link['href'][1:]}") is not None  # the error links to the file input
    assert reason in sent.soup.select_one(".govuk-error-message").get_text()
    assert counts(register) == before


def test_too_large_an_upload_is_refused_on_a_gov_uk_page(pages, make_user, register) -> None:  # noqa: ANN001
    pages.sign_in(make_user("editor"))
    before = counts(register)
    sent = upload(pages, [(b"%PDF-1.4\n" + b"0" * (LIMIT + 10), "huge.pdf")])
    assert sent.status_code == 413
    assert sent.soup.h1.get_text(strip=True) == "The file is too large"
    assert "at most 2 MB in all" in text_of(sent) and "Nothing was stored" in text_of(sent)
    assert counts(register) == before


def test_no_file_chosen_is_an_error_on_the_field(pages, make_user, register) -> None:  # noqa: ANN001
    pages.sign_in(make_user("editor"))
    sent = pages.submit("/papers", {})
    assert sent.status_code == 200
    link = sent.soup.select_one(".govuk-error-summary a")
    assert link.get_text(strip=True) == "Select one or more papers to upload" and link["href"] == "#papers"
    assert counts(register)["ingest_job"] == 0


def test_an_upload_without_a_csrf_token_is_refused(pages, make_user, register) -> None:  # noqa: ANN001
    pages.sign_in(make_user("editor"))
    sent = pages.post("/papers", {"papers": [(io.BytesIO(PNG), "x.pdf")]}, content_type="multipart/form-data")
    assert sent.status_code == 400 and counts(register)["ingest_job"] == 0


def test_unknown_upload_and_record_are_404(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("editor"))
    assert pages.get("/papers/uploads/0123456789abcdef").status_code == 404
    assert pages.get("/papers/uploads/not-a-batch!").status_code == 404
    assert pages.get("/papers/review/999999").status_code == 404
    assert pages.get("/papers/review/999999/fields/date").status_code == 404


def test_a_viewer_may_not_upload_nor_review(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("viewer"))
    for url in ("/papers", "/papers/review", "/papers/review/1", "/papers/uploads/0123456789abcdef"):
        page = pages.get(url)
        assert page.status_code == 403, url
        assert page.soup.h1.get_text(strip=True) == "You do not have permission to see this page"
    refused = pages.post("/papers", {"csrf_token": pages.csrf_token("/"), "papers": [(io.BytesIO(b"x"), "a.pdf")]},
                         content_type="multipart/form-data")
    assert refused.status_code == 403
    nav = [a.get_text(strip=True) for a in pages.get("/").soup.select(".govuk-service-navigation__link")]
    assert "Papers in" not in nav


def test_an_editor_sees_papers_in_in_the_navigation(pages, make_user) -> None:  # noqa: ANN001
    pages.sign_in(make_user("editor"))
    nav = {a.get_text(strip=True): a["href"] for a in pages.get("/").soup.select("a.govuk-service-navigation__link")}
    assert nav["Papers in"] == "/papers"


def test_the_cli_queues_papers_as_the_upload_does(pages, demo, register, concord, seeds, tmp_path) -> None:  # noqa: ANN001
    paper = tmp_path / "update.docx"
    paper.write_bytes(seed_docx(seeds))
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(zip_bomb_docx())
    before = counts(register)
    refused = concord("ingest", "--background", paper, bomb, user=demo["editor"].email)
    assert refused.code == 2 and "bomb.docx" in refused.err and "zip bomb" in refused.err
    assert counts(register) == before
    queued = concord("ingest", "--background", paper, user=demo["editor"].email)
    assert queued.code == 0, queued.err
    location = re.search(r"/papers/uploads/\w+", queued.out)[0]
    pages.sign_in(demo["editor"])
    done = read_through(pages, location)  # read by this app's worker
    assert [h.get_text(strip=True) for h in done.soup.select("main h2")] == ["update.docx"]
    assert done.soup.select("main li a")
