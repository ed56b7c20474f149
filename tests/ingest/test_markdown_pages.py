"""Papers as an HTML-to-Markdown converter prints them: each label in bold ("**Decision number:** 36/202425") and
headings marked "##". A dev corpus paper so rewritten (devtools.ingest.score_layouts), read through the real
`concord ingest` in a fresh process and compared with its gold file."""

import json

from devtools.ingest.score_layouts import LAYOUTS
from tests.ingest.ingesting import CORPUS, ingest_text


def _markdown_paper(name: str) -> tuple[str, dict]:
    text = (CORPUS / "papers" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return LAYOUTS["Markdown from a converter"](text), gold


def test_a_notice_whose_only_labels_are_bold(concord, tmp_path):  # noqa: ANN001
    """A notice known by its decision number at the top and its summary under it, both labels in bold."""
    text, gold = _markdown_paper("surrey-pcc-decision-36-2024-25")
    assert "**Decision number:** 36/202425" in text
    out = ingest_text(concord, tmp_path, text, "paper.md")
    assert out["documents"][0]["kind"] == "decision_notice"
    assert [r["reference"] for r in out["decision_notices"]] == [r["reference"] for r in gold["decision_notices"]]


def test_a_minutes_page_in_markdown_reads_as_printed(concord, tmp_path):  # noqa: ANN001
    """A control: a panel's minutes give the same people and items in Markdown as printed."""
    name = "hertfordshire-pcp-2012-10-25"
    text, _ = _markdown_paper(name)
    assert "**Present:**" in text
    printed = (CORPUS / "papers" / f"{name}.txt").read_text(encoding="utf-8")
    [plain] = ingest_text(concord, tmp_path, printed)["meetings"]
    [marked] = ingest_text(concord, tmp_path, text, "paper.md")["meetings"]
    assert plain["members"] and [marked[k] for k in ("members", "items", "date")] == \
        [plain[k] for k in ("members", "items", "date")]
