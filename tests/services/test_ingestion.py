"""Ingesting papers into the review queue, and accepting them into the register."""

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from concord.store.db import Store
from concord.store.models import (
    Action, DecisionNotice, DocumentRevision, Meeting, Paper, ReviewItem, SourceDocument,
)

SEED_NOTICES = "001_7ee0042519c720e7.txt"
SEED_PACK = "004_3a47b0fb0bef4358.txt"


def _counts(store: Store) -> dict[str, int]:
    with store.reading() as s:
        return {m.__tablename__: s.scalar(sa.select(sa.func.count()).select_from(m))
                for m in (SourceDocument, DocumentRevision, ReviewItem, DecisionNotice, Meeting, Paper, Action)}


@pytest.fixture
def papers(seeds: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "papers" / "nested"
    folder.mkdir(parents=True)
    for name in (SEED_NOTICES, SEED_PACK):
        shutil.copy(seeds / name, folder / name)
    return tmp_path / "papers"


def test_ingest_fills_the_queue_and_reingesting_changes_nothing(cli, store: Store, papers: Path) -> None:
    assert cli("init")[0] == 0
    code, out, err = cli("ingest", papers)
    assert code == 0, err
    assert "2 new documents" in out
    first = _counts(store)
    assert first["source_document"] == 2 and first["document_revision"] == 2
    assert first["review_item"] > 5
    assert first["decision_notice"] == 0  # nothing enters the register before review
    code, out, _ = cli("ingest", papers)
    assert "2 unchanged" in out
    assert _counts(store) == first


def test_a_changed_file_is_a_new_revision_of_its_document(cli, store: Store, papers: Path) -> None:
    cli("init")
    cli("ingest", papers)
    target = next(papers.rglob(SEED_NOTICES))
    target.write_text(target.read_text() + "\nAn added line.\n")
    code, out, _ = cli("ingest", papers)
    assert "1 new revisions" in out and "1 unchanged" in out
    with store.reading() as s:
        numbers = s.scalars(sa.select(DocumentRevision.number).join(SourceDocument)
                            .where(SourceDocument.name == SEED_NOTICES).order_by(DocumentRevision.number)).all()
    assert numbers == [1, 2]


def test_accepting_fills_the_register_linked_to_the_source(cli, store: Store, papers: Path) -> None:
    cli("init")
    cli("ingest", papers)
    code, out, err = cli("review")
    assert code == 0 and "decision_notice" in out
    # the notices' prefix is not yet known: accepting one names the problem
    with store.reading() as s:
        notice_item = s.scalars(sa.select(ReviewItem).where(ReviewItem.record_type == "decision_notice")).first()
    code, _, err = cli("review", "accept", notice_item.id)
    assert code == 2 and "policing_body" in err
    code, out, err = cli("review", "accept", notice_item.id, "--set", "policing_body=cambridgeshire")
    assert code == 0, err
    code, out, err = cli("review", "accept", "--all")
    assert code == 0
    counts = _counts(store)
    assert counts["decision_notice"] >= 4
    assert counts["meeting"] >= 1 and counts["paper"] >= 1
    with store.reading() as s:
        refs = s.scalars(sa.select(DecisionNotice.reference).order_by(DecisionNotice.reference)).all()
        assert {"CPCC2019-007", "CPCC2019-010"} <= set(refs)
        paper = s.scalars(sa.select(Paper).where(Paper.source_revision_id.is_not(None))).first()
        assert paper is not None
    code, out, _ = cli("review", "accept", notice_item.id)
    assert code == 2 and "already accepted" in out + _


def test_auto_accept_and_reject(cli, store: Store, papers: Path) -> None:
    cli("init")
    code, out, err = cli("ingest", papers / "nested" / SEED_PACK, "--auto-accept")
    assert code == 0, err
    assert "accepted into the register" in out
    with store.reading() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Meeting)) >= 1


def test_search_finds_stored_papers(cli, store: Store, papers: Path) -> None:
    cli("init")
    cli("ingest", papers)
    code, out, _ = cli("search", "Investigatory Powers")  # words inside a paper, not in its title
    assert code == 0 and SEED_NOTICES in out
    code, out, _ = cli("search", "zebra crossing quango")
    assert code == 0 and "Nothing in the register or its stored papers matches" in out
    code, _, err = cli("search", " ")
    assert code == 2 and "words" in err


def test_ingest_of_a_missing_path_is_refused(cli, tmp_path: Path) -> None:
    code, _, err = cli("ingest", tmp_path / "nowhere")
    assert code == 2 and "nowhere" in err


def _register_state(store: Store) -> tuple:
    with store.reading() as s:
        docs = sorted(s.execute(sa.select(SourceDocument.name, DocumentRevision.number, DocumentRevision.sha256)
                                .join(DocumentRevision)).all())
        items = sorted((i.record_type, repr(sorted(i.payload.items())), i.state.value)
                       for i in s.scalars(sa.select(ReviewItem)))
    return docs, items


def test_killed_mid_batch_then_run_again_equals_one_clean_run(cli, store: Store, papers: Path, monkeypatch,
                                                              tmp_path: Path) -> None:
    from concord.services import ingestion

    cli("init")
    real = ingestion.store_document
    calls = {"n": 0}

    def dies_on_second(*args, **kwargs):  # noqa: ANN002, ANN003
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the process is killed while storing the second paper
        return real(*args, **kwargs)

    monkeypatch.setattr(ingestion, "store_document", dies_on_second)
    code, _, err = cli("ingest", papers)
    assert code != 0  # interrupted
    monkeypatch.setattr(ingestion, "store_document", real)
    assert _counts(store)["source_document"] == 1  # the first paper is whole, the second absent
    assert cli("ingest", papers)[0] == 0
    interrupted = _register_state(store)

    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    from concord.store.db import Store as S

    monkeypatch.setenv("CONCORD_DATABASE_URL", clean_url)
    cli("init")
    assert cli("ingest", papers)[0] == 0
    assert _register_state(S(clean_url)) == interrupted


def test_review_show_puts_the_source_text_beside_each_field(cli, store: Store, papers: Path) -> None:
    cli("init")
    cli("ingest", papers / "nested" / SEED_NOTICES)
    with store.reading() as s:
        item = s.scalars(sa.select(ReviewItem).where(ReviewItem.record_type == "decision_notice")).first()
    code, out, _ = cli("review", "show", item.id)
    assert code == 0 and "Source text:" in out
    line = next(ln for ln in out.splitlines() if ln.strip().startswith("reference"))
    assert "»" in line and "CPCC2019-007«" in line  # the span as printed, marked in its context
