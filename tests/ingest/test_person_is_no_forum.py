"""A person and the body they sit for ("Cllr Stuart Bailey (Hart District Council)") is no forum, though the body's
name has a forum's word in it. Read on the Hampshire and Isle of Wight panel's page of 12 May 2023 (a corpus paper)
with each paragraph's lines run together, as some converters print it: before, its meeting was named after a
councillor. Read through the real `concord ingest` in a fresh process."""

import re

from tests.ingest.ingesting import ingest_text, run_together_corpus_paper


def test_a_councillor_and_their_council_is_no_forum(concord, tmp_path):  # noqa: ANN001
    out = ingest_text(concord, tmp_path, run_together_corpus_paper("hiow-pcp-pollytix-2023-05-12")[0])
    forums = [m["forum"] for m in out["meetings"]]
    assert not any(re.match(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b", f) for f in forums), forums


def test_a_forum_named_for_a_person_still_reads(concord, tmp_path):  # noqa: ANN001
    """A control: a forum whose name holds no title before a name is read as before."""
    text = ("Minutes of the Northshire Police and Crime Panel held on 12 May 2023 at 10.00 am\n"
            "Present: Cllr Ann Vale (Chair), Cllr Tom Hart\n1. Apologies\nNone.\n2. Minutes\nAgreed.\n3. Precept\nNoted.\n")
    assert [m["forum"] for m in ingest_text(concord, tmp_path, text)["meetings"]] == ["Northshire Police and Crime Panel"]
