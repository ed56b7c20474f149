import json
import subprocess
import sys
from pathlib import Path

from concord.ingest.pipeline import run

KEYS = ["documents", "decision_notices", "reports", "meetings", "actions", "agreements", "projects", "tables"]

PAPER = """To: Police and Crime Panel
From: Chief Finance Officer
Date: 3rd March 2021

PRECEPT PROPOSAL 2021/22

1. Purpose
1.1 To set out the proposed precept.

2. Recommendation
2.1 The Panel is recommended to support the precept.

3. Background
3.1 Text.

Contact Officer: Sam Patel, Treasurer
"""
NOTICE = """Decision Summary The Commissioner agreed the grant.
OFFICE OF THE POLICE AND CRIME COMMISSIONER DECISION NOTICE PCC/2020/045
Subject Victims' services grant 2020/21
Decision To award the grant of £250,000.
Contact Officer Kim Lee, Head of Commissioning
Date 14 July 2020
Alex Morgan, Police and Crime Commissioner
I confirm that I have reached the above decision.
"""


def _batch(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    (folder / "sub").mkdir(parents=True)
    (folder / "paper.txt").write_text(PAPER, encoding="cp1252")
    (folder / "sub" / "notice.md").write_text(NOTICE, encoding="utf-16")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "junk.bin").write_bytes(b"\x00\x01" * 100)
    return folder


def test_run_folder_with_bad_files(tmp_path):
    seen = []
    res = run([_batch(tmp_path)], on_progress=lambda i, n, name: seen.append((i, n)))
    out = res.as_json()
    assert list(out)[:8] == KEYS
    assert {e.source for e in res.errors} == {"empty.pdf", "junk.bin"}
    assert seen[-1] == (4, 4)
    [rep] = out["reports"]
    assert rep["to"] == "Police and Crime Panel" and rep["date"] == "2021-03-03"
    assert rep["contact_officer"] == "Sam Patel"
    [dn] = out["decision_notices"]
    assert dn["reference"] == "PCC/2020/045" and dn["date"] == "2020-07-14"
    assert dn["decision_maker"] == "Alex Morgan" and dn["contact_officer"] == "Kim Lee"


def test_jobs_two_same_as_one(tmp_path):
    folder = _batch(tmp_path)
    one, two = run([folder]).as_json(), run([folder], jobs=2).as_json()
    assert json.dumps(one, sort_keys=True, default=str) == json.dumps(two, sort_keys=True, default=str)


def test_jobs_two_reads_large_files_alone_in_order(tmp_path, monkeypatch):
    """Large files are read outside the pool, between pools: same records, same order, as one process."""
    from concord.ingest import pipeline

    folder = _batch(tmp_path)
    for n in range(3):
        (folder / f"z{n}.txt").write_text(PAPER.replace("2021/22", f"202{n}/2{n + 1}"), encoding="utf-8")
    monkeypatch.setattr(pipeline, "BIG_FILE", len(NOTICE.encode("utf-16")) - 1)  # the notice and the z papers are "large"
    files, _ = pipeline.expand([folder])
    order = [f.name for f, _, _ in pipeline.each(files, jobs=2)]
    assert order == [f.name for f in files]
    one, two = run([folder]).as_json(), run([folder], jobs=2).as_json()
    assert json.dumps(one, sort_keys=True, default=str) == json.dumps(two, sort_keys=True, default=str)
    assert len(two["reports"]) == 4


def test_module_cli(tmp_path):
    folder = _batch(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "concord.ingest", str(folder), "--json"],
                          capture_output=True, text=True, timeout=60)
    out = json.loads(proc.stdout)
    assert all(k in out for k in KEYS) and "junk.bin" in proc.stderr


def test_missing_path_is_an_error(tmp_path):
    res = run([tmp_path / "nope.pdf"])
    assert res.errors[0].reason == "no such file or folder"


def test_deeply_nested_html_is_named_and_skipped_with_its_reason(tmp_path):
    folder = _batch(tmp_path)
    (folder / "nested.html").write_text("<div>" * 100_000 + "Text" + "</div>" * 100_000, encoding="utf-8")
    ran = subprocess.run([str(Path(sys.executable).with_name("concord")), "ingest", str(folder), "--json"],
                         capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr
    assert "skipped nested.html: its markup is nested too deeply to read" in ran.stderr
    assert "Traceback" not in ran.stderr and "RecursionError" not in ran.stderr
    assert len(json.loads(ran.stdout)["reports"]) == 1
