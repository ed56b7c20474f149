"""Ingest batches: one bad file never sinks a batch, nothing outside the
folder is read unless asked, OCR keeps to its budget, and several
processes may ingest the same folder at once. Fresh processes throughout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import CONCORD

PAPER = """To: Business Coordination Board
From: Chief Executive
Date: {day} March 2017

{title}

1. Purpose
1.1 This paper sets out the {word} programme.

2. Recommendation
2.1 The Board is asked to note the programme.
"""


def good_papers(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(n):
        name = f"paper-{i:02d}.txt"
        (folder / name).write_text(PAPER.format(day=1 + i % 28, title=f"PROGRAMME NUMBER {i}",
                                                word=f"word{i}"), encoding="utf-8")
        names.append(name)
    return names


def _count(db_url: str, table: str) -> int:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
    finally:
        engine.dispose()


def hostile_folder(tmp_path: Path) -> tuple[Path, Path]:
    """Good papers beside a dangling link, a link loop, a FIFO named .txt, a
    link to a folder outside, a link out of the folder and an unreadable file."""
    folder = tmp_path / "batch"
    good_papers(folder, 3)
    outside = tmp_path / "outside" / "private.txt"
    outside.parent.mkdir()
    outside.write_text(PAPER.format(day=2, title="OUTSIDE THE FOLDER", word="smuggled"), encoding="utf-8")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "elsewhere").symlink_to(outside.parent, target_is_directory=True)
    (folder / "escape.txt").symlink_to(outside)
    (folder / "inside-link.txt").symlink_to(folder / "paper-00.txt")
    locked = folder / "locked.txt"
    locked.write_text(PAPER.format(day=3, title="LOCKED", word="locked"), encoding="utf-8")
    locked.chmod(0)
    return folder, outside


def test_each_bad_file_is_named_and_skipped_and_the_batch_goes_on(concord, db_url: str,
                                                                    tmp_path: Path) -> None:  # noqa: ANN001
    folder, _ = hostile_folder(tmp_path)
    assert concord("init").code == 0
    ran = concord("ingest", folder, timeout=90)  # a FIFO read would hang here
    assert ran.code == 0 and "Traceback" not in ran.err, ran.err
    for name, why in (("dangling.txt", "does not exist"), ("loop-a.txt", "loop"), ("pipe.txt", "regular file"),
                      ("elsewhere", "outside"), ("escape.txt", "outside the folder")):
        assert any(name in line and why in line for line in ran.err.splitlines()), (name, ran.err)
    if os.geteuid() != 0:  # root reads a file whatever its mode
        assert "locked.txt" in ran.err and "permission denied" in ran.err
    assert _count(db_url, "source_document") >= 3
    ran = concord("search", "smuggled")
    assert ran.code == 0 and "Nothing in the register or its stored papers matches" in ran.out  # the linked system file was not read


def test_links_out_of_the_folder_are_read_only_when_asked(concord, db_url: str,
                                                          tmp_path: Path) -> None:  # noqa: ANN001
    folder, _ = hostile_folder(tmp_path)
    concord("init")
    ran = concord("ingest", folder, "--follow-links", timeout=90)
    assert ran.code == 0, ran.err
    assert "escape.txt" not in ran.err
    assert "escape.txt" in concord("search", "smuggled").out


def test_concurrent_ingest_of_the_same_folder_stores_each_paper_once(db_url: str, tmp_path: Path,
                                                                     concord) -> None:  # noqa: ANN001
    folder = tmp_path / "shared"
    names = good_papers(folder, 12)
    assert concord("init").code == 0
    env = {k: v for k, v in os.environ.items() if k not in ("CONCORD_USER", "CONCORD_ACTOR")}
    env["CONCORD_DATABASE_URL"] = db_url
    procs = [subprocess.Popen([str(CONCORD), "ingest", str(folder)], env=env, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    done = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in procs]
    for code, _out, err in done:
        assert code == 0 and "Traceback" not in err, err
    assert _count(db_url, "source_document") == len(names)
    assert _count(db_url, "document_revision") == len(names)
    assert _count(db_url, "review_item") == len(names)  # one report each, queued once


def _image_only_pdf(path: Path, pages: int) -> None:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, pages + 1):
        image = Image.new("L", (1654, 300), 255)
        draw = ImageDraw.Draw(image)
        try:
            font = ImageFont.truetype("DejaVuSans.ttf", 56)
        except OSError:
            font = ImageFont.load_default(size=56)
        draw.text((60, 100), f"Scanned page number {n}", fill=0, font=font)
        c.drawImage(ImageReader(image), 40, 600, width=515, height=94)
        c.showPage()
    c.save()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed (apt-get install tesseract-ocr)")
def test_ocr_keeps_to_its_budget_and_names_the_pages_left_unread(concord, db_url: str,
                                                                 tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "scans"
    folder.mkdir()
    _image_only_pdf(folder / "scanned.pdf", 6)
    concord("init")
    ran = concord("ingest", folder, "--ocr-pages", "2", timeout=120)
    assert ran.code == 0, ran.err
    assert "scanned.pdf" in ran.err and "pages 3-6 were not read" in ran.err and "--ocr-pages" in ran.err, ran.err
    assert _count(db_url, "document_revision") == 1  # stored, with the pages read
    assert "scanned.pdf" in concord("search", "Scanned").out
    ran = concord("ingest", folder, "--ocr-pages", "-1")
    assert ran.code == 2
