"""`concord notice draft|number|sign|publish|list|show` in a fresh process, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

APPROVER = "approver@cambridgeshire-opcc.example"
EDITOR = "editor@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"
CONCORD = Path(sys.executable).with_name("concord")


def _draft(concord, subject: str = "Regional fleet", *extra: str) -> str:  # noqa: ANN001
    ran = concord("notice", "draft", "--body", "cambridgeshire", "--subject", subject, "--decision",
                  "The commissioner approves it.", *extra, user=EDITOR)
    assert ran.code == 0, ran.err
    return ran.out.split("decision notice ", 1)[1].split()[0]


def test_a_notice_from_draft_to_publication(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    key = _draft(concord)
    assert concord("notice", "sign", key, "--on", "2019-09-03", user=APPROVER).code == 2  # a draft: number it first
    numbered = concord("notice", "number", key, "--on", "2019-09-02", user=EDITOR)
    assert numbered.code == 0 and numbered.out.strip() == "Numbered CPCC2019-011"
    assert concord("notice", "number", "CPCC2019-011", user=EDITOR).code == 2  # once only
    early = concord("notice", "publish", "CPCC2019-011", "--on", "2019-09-02", user=EDITOR)
    assert early.code == 2 and "only a signed notice is published" in early.err
    assert concord("notice", "sign", "CPCC2019-011", "--on", "2019-09-03", user=EDITOR).code == 4  # an editor
    signed = concord("notice", "sign", "CPCC2019-011", "--on", "2019-09-03", user=APPROVER)
    assert signed.code == 0, signed.err
    published = concord("notice", "publish", "CPCC2019-011", "--on", "2019-09-04", user=EDITOR)
    assert published.code == 0 and "Published CPCC2019-011 on 2019-09-04" in published.out
    shown = concord("notice", "show", "CPCC2019-011")
    assert "State:           published" in shown.out and "Signed:          2019-09-03" in shown.out
    listed = concord("notice", "list", "--body", "cambridgeshire").out
    assert "CPCC2019-011     published 2019-09-04" in listed and "!" not in listed
    assert "CPCC" not in concord("check", "--as-of", "2019-09-05").out  # no gap, no duplicate


def test_only_an_approver_of_the_bodys_own_office_signs(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    added = concord("user", "add", "herts.approver@example.test", "--name", "Herts Approver", "--organisation",
                    "hertfordshire-opcc", "--role", "approver", "--password-from-env",
                    env={"CONCORD_PASSWORD": "a long password here"}, user="admin@cambridgeshire-opcc.example")
    assert added.code == 0, added.err
    key = _draft(concord)
    assert concord("notice", "number", key, "--on", "2019-09-02", user=EDITOR).code == 0
    refused = concord("notice", "sign", "CPCC2019-011", "--on", "2019-09-03", user="herts.approver@example.test")
    assert refused.code == 4 and "cambridgeshire-opcc" in refused.err
    assert concord("notice", "sign", "CPCC2019-011", "--on", "2019-09-03", user=VIEWER).code == 4
    assert "State:           numbered" in concord("notice", "show", "CPCC2019-011").out
    assert concord("notice", "draft", "--body", "cambridgeshire", "--subject", "x", "--decision", "y",
                   user=VIEWER).code == 4


def test_a_notice_above_official_is_never_published(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    key = _draft(concord, "Covert premises", "--marking", "OFFICIAL-SENSITIVE")
    assert concord("notice", "number", key, "--on", "2019-09-02", user=EDITOR).code == 0
    assert concord("notice", "sign", "CPCC2019-011", "--on", "2019-09-03", user=APPROVER).code == 0
    refused = concord("notice", "publish", "CPCC2019-011", "--on", "2019-09-04", user=APPROVER)
    assert refused.code == 2 and "marking: OFFICIAL-SENSITIVE is above OFFICIAL" in refused.err
    wrong_year = _draft(concord)
    assert concord("notice", "number", wrong_year, "--on", "2019-12-31", user=EDITOR).code == 0
    late = concord("notice", "sign", "CPCC2019-012", "--on", "2020-01-02", user=APPROVER)
    assert late.code == 2 and "--on: 2020-01-02 is not in 2019, the year of CPCC2019-012" in late.err


def test_a_stale_version_is_refused(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    key = _draft(concord)
    assert concord("notice", "edit", key, "--subject", "Changed", "--decision", "Changed.", "--version", "1",
                   user=EDITOR).code == 0
    stale = concord("notice", "number", key, "--version", "1", user=EDITOR)
    assert stale.code == 3
    assert concord("notice", "number", key, "--version", "2", "--on", "2019-09-02", user=EDITOR).code == 0
    assert concord("notice", "show", "CPCC2019-099").code == 2


def test_numberers_at_once_never_get_the_same_number(concord, db_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    """Six processes number six drafts together: six numbers, in sequence, none twice."""
    assert concord("demo").code == 0
    keys = [_draft(concord, f"Decision {i}") for i in range(6)]
    env = {k: v for k, v in os.environ.items() if k not in ("CONCORD_USER", "CONCORD_ACTOR")}
    env.update({"CONCORD_DATABASE_URL": db_url, "CONCORD_USER": EDITOR})
    gate = tmp_path / "go"
    script = ("import os, sys, time\n"
              f"while not os.path.exists({str(gate)!r}): time.sleep(0.005)\n"
              "from concord.cli import main\n"
              "main(sys.argv[1:])\n")
    procs = [subprocess.Popen([sys.executable, "-c", script, "notice", "number", key, "--on", "2019-10-01"],
                              env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for key in keys]
    gate.touch()
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]
    assert all(code == 0 for code, _, _ in results), results
    numbers = sorted(out.strip().removeprefix("Numbered ") for _, out, _ in results)
    assert numbers == [f"CPCC2019-{n:03d}" for n in range(11, 17)]
