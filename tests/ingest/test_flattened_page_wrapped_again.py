"""A page a document host flattened onto one line, then wrapped again at a fixed width by a converter (the text a
PDF of such a page gives), read through the real `concord ingest --json` in a fresh process: its wrapped lines are
joined whatever their first words (a bullet, a person's name and colon), so its attendees read as they do
flattened. The paper is a corpus paper, its gold file the answer."""

from __future__ import annotations

import json
import textwrap

from tests.ingest.ingesting import CORPUS, ingest_text

NAME = "national-policing-board-2021-07-07"


def _wrapped_again() -> tuple[str, dict]:
    source, rest = (CORPUS / "papers" / f"{NAME}.txt").read_text(encoding="utf-8").split("\n", 1)
    wrapped = "\n".join(textwrap.fill(ln, 72, break_long_words=False, break_on_hyphens=False) if len(ln) > 72 else ln
                        for ln in rest.split("\n"))
    return source + "\n" + wrapped, json.loads((CORPUS / "gold" / f"{NAME}.json").read_text(encoding="utf-8"))


def test_a_flattened_page_wrapped_again_reads_its_attendees(concord, tmp_path):
    text, gold = _wrapped_again()
    assert max(len(line) for line in text.split("\n")[1:]) <= 80  # (wrapped: no line holds the page)
    [meeting] = ingest_text(concord, tmp_path, text)["meetings"]
    [expected] = gold["meetings"]
    assert _straight(meeting["members"]) == _straight(expected["members"])
    assert sorted(_straight(meeting["in_attendance"])) == sorted(_straight(expected["in_attendance"]))


def _straight(names: list[str]) -> list[str]:
    return [n.replace("\u2019", "'") for n in names]  # ("O’Reilly" as printed, "O'Reilly" as read: one name)
