"""The core benchmark's generator and bulk loader, at a small scale, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]
SCALE = 0.002  # 4 agreements, 100 notices, 40 meetings, 400 actions, 2,000 budget lines


@pytest.fixture(scope="module")
def gen():
    name = "concord_bench_core_generate"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "core" / "generate.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


def _count(conn, table: str) -> int:  # noqa: ANN001
    return conn.execute(sa.text(f'SELECT COUNT(*) FROM "{table}"')).scalar()


def test_small_load_has_the_planned_rows(gen, store, db_url) -> None:  # noqa: ANN001
    out = gen.load(db_url, scale=SCALE, check_foreign_keys=True)
    rows = out["rows"]
    for table, full in gen.TARGETS.items():
        assert rows[table] == round(full * SCALE), table
    with store.engine.connect() as conn:
        for table, n in rows.items():
            assert _count(conn, table) == n, table
        versions = conn.execute(sa.text("SELECT DISTINCT version FROM budget_line")).scalars().all()
    assert versions == [1]
    assert rows["agenda_item"] > rows["meeting"] and rows["paper"] > 0 and rows["agreement_party"] > 0
    if out["backend"] == "sqlite":
        assert out["foreign_key_problems"] == 0


def test_notice_numbers_unique_per_body_and_year_with_only_seeded_gaps(gen, store, db_url) -> None:  # noqa: ANN001
    from concord.domain.decisions import NoticeRef, numbering_problems

    out = gen.load(db_url, scale=SCALE)
    with store.engine.connect() as conn:
        dupes = conn.execute(sa.text(
            "SELECT policing_body_id, year, number FROM decision_notice "
            "GROUP BY policing_body_id, year, number HAVING COUNT(*) > 1")).all()
        refs = conn.execute(sa.text(
            "SELECT p.notice_prefix, d.year, d.number, d.reference FROM decision_notice d "
            "JOIN policing_body p ON p.id = d.policing_body_id")).all()
    assert dupes == []
    assert len({r.reference for r in refs}) == len(refs) == out["rows"]["decision_notice"]
    assert all(r.reference == f"{r.notice_prefix}{r.year}-{r.number:03d}" for r in refs)
    problems = numbering_problems(NoticeRef(p, y, n) for p, y, n, _ in refs)
    assert [p.kind for p in problems] == ["gap"] * out["expected"]["decision_notice_gap"]
    assert out["expected"]["decision_notice_gap"] >= 1


def test_money_is_stored_as_pence_and_reads_back_as_pounds(gen, store, db_url) -> None:  # noqa: ANN001
    from concord.store.models import BudgetLine

    gen.load(db_url, scale=SCALE)
    with store.reading() as s:
        line = s.scalars(sa.select(BudgetLine).where(BudgetLine.is_total.is_(False)).limit(1)).one()
        raw = s.execute(sa.text("SELECT full_year_budget FROM budget_line WHERE id = :i"), {"i": line.id}).scalar()
    assert isinstance(line.full_year_budget, Decimal)
    assert line.full_year_budget * 100 == raw


def test_check_finds_what_the_generator_seeded(gen, store, db_url) -> None:  # noqa: ANN001
    from concord.services.check import run_check
    from concord.services.context import reading, system_actor

    out = gen.load(db_url, scale=0.01)
    found: dict[str, int] = {}
    with reading(store, system_actor("test")) as ctx:
        findings = run_check(ctx, dt.date.fromisoformat(out["as_of"]), 90)
    for f in findings:
        found[str(f.kind)] = found.get(str(f.kind), 0) + 1
    for kind in ("agreement_review", "agreement_expiry", "earliest_exit", "action_overdue",
                 "decision_notice_gap", "paper_late", "total_does_not_cast"):
        assert found.get(kind, 0) == out["expected"].get(kind, 0), kind


def test_a_second_load_is_refused(gen, db_url) -> None:  # noqa: ANN001
    gen.load(db_url, scale=SCALE)
    with pytest.raises(RuntimeError, match="already holds a benchmark"):
        gen.load(db_url, scale=SCALE)


def test_generation_is_deterministic(gen) -> None:  # noqa: ANN001
    from concord.domain.forces import FORCES

    forces = sorted(f.id for f in FORCES.values() if f.territorial)
    ref = gen.Reference(
        forces=forces, short_names={f: FORCES[f].short_name for f in forces},
        body_kind={f: FORCES[f].policing_body_kind for f in forces},
        body_id={f: i + 1 for i, f in enumerate(forces)}, body_name={f: f for f in forces},
        cc_office={f: 2 * i + 1 for i, f in enumerate(forces)}, pb_office={f: 2 * i + 2 for i, f in enumerate(forces)},
    )

    def rows() -> list:
        return [(t.name, list(t.rows)) for t in gen.Generator(ref, SCALE).tables()]

    first = rows()
    assert first == rows()
    prefixes = gen.notice_prefixes(ref)
    assert len(set(prefixes.values())) == len(forces)
