"""Bulk loaders for the generated register: SQLite and PostgreSQL, through the DBAPI connection.

Every table is inserted bypassing the ORM:

* SQLite: `sqlite3` `executemany` with positional tuples streamed from
  generators, in ONE transaction, with bulk-load PRAGMAs (journal in memory,
  synchronous OFF, foreign keys not checked per row, 256 MB page cache),
  then ANALYZE and the journal back to WAL.
* PostgreSQL: `COPY ... FROM STDIN` per table (psycopg 3), one
  transaction, then the id sequences are moved past the loaded ids and
  the tables ANALYZEd.

`read_reference` reads the ids `init` created, and `check_columns` fails
loudly when the models no longer match what the generator writes.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from plan import Reference
from rows import Generator, TableData


def read_reference(conn, tables: Iterable[str]) -> Reference:  # noqa: ANN001
    """Reference ids from a database `init` has filled (SQLAlchemy connection)."""
    import sqlalchemy as sa

    from concord.domain.forces import FORCES

    forces = sorted(f.id for f in FORCES.values() if f.territorial)
    bodies = {r.force_id: (r.id, r.name) for r in conn.execute(sa.text("SELECT id, force_id, name FROM policing_body"))}
    offices = {(r.kind, r.force_id): r.id for r in conn.execute(sa.text("SELECT id, kind, force_id FROM office"))}
    start = {}
    for t in tables:
        if t in ("force",):
            continue
        start[t] = (conn.execute(sa.text(f'SELECT MAX(id) FROM "{t}"')).scalar() or 0) + 1
    return Reference(
        forces=forces,
        short_names={f: FORCES[f].short_name for f in forces},
        body_kind={f: FORCES[f].policing_body_kind for f in forces},
        body_id={f: bodies[f][0] for f in forces},
        body_name={f: bodies[f][1] for f in forces},
        cc_office={f: offices[("chief_constable", f)] for f in forces},
        pb_office={f: offices[("policing_body", f)] for f in forces},
        start_ids=start,
    )


LOADED_TABLES = (
    "alliance", "alliance_member", "agreement", "agreement_party", "agreement_version", "renewal",
    "withdrawal_notice", "forum", "terms_of_reference", "decision_notice", "meeting", "agenda_item", "paper",
    "minute", "action", "financial_table", "budget_line",
)


def check_columns(metadata, td: TableData) -> None:  # noqa: ANN001
    """Fail loudly if the models changed: unknown columns, or a required column left out."""
    table = metadata.tables[td.name]
    unknown = set(td.columns) - set(table.c.keys())
    if unknown:
        raise RuntimeError(f"{td.name}: no such columns {sorted(unknown)} (models changed?)")
    required = {c.name for c in table.c if not c.nullable and c.server_default is None and not c.primary_key}
    missing = required - set(td.columns)
    if missing:
        raise RuntimeError(f"{td.name}: required columns not generated {sorted(missing)} (models changed?)")


def load_sqlite(db, gen: Generator, ref: Reference, prefixes, metadata, per_table, say) -> None:  # noqa: ANN001
    db.commit()  # nothing open: PRAGMAs that change the journal cannot run in a transaction
    cur = db.cursor()
    mode = cur.execute("PRAGMA journal_mode=MEMORY").fetchone()[0]
    if mode.lower() != "memory":
        say(f"journal mode stays {mode}: another connection has the database open")
    cur.execute("PRAGMA synchronous=OFF")
    cur.execute("PRAGMA foreign_keys=OFF")
    cur.execute("PRAGMA cache_size=-262144")  # 256 MB
    cur.execute("PRAGMA temp_store=MEMORY")
    try:
        cur.execute("BEGIN")
        cur.executemany("UPDATE policing_body SET notice_prefix = ? WHERE id = ? AND notice_prefix IS NULL",
                        [(prefixes[f], ref.body_id[f]) for f in ref.forces])
        for td in gen.tables():
            check_columns(metadata, td)
            t = time.perf_counter()
            marks = ", ".join("?" * len(td.columns))
            cols = ", ".join(f'"{c}"' for c in td.columns)
            cur.executemany(f'INSERT INTO "{td.name}" ({cols}) VALUES ({marks})', td.rows)
            per_table[td.name] = round(time.perf_counter() - t, 3)
            say(f"{td.name}: {gen.plan.rows.get(td.name, 0):,} rows in {per_table[td.name]:.1f} s")
        cur.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            cur.execute("ROLLBACK")
        raise
    finally:
        cur.execute("PRAGMA foreign_keys=ON")
    t = time.perf_counter()
    cur.execute("ANALYZE")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    per_table["analyze"] = round(time.perf_counter() - t, 3)


def load_postgresql(db, gen: Generator, ref: Reference, prefixes, metadata, per_table, say) -> None:  # noqa: ANN001
    db.rollback()
    try:
        with db.cursor() as cur:
            cur.executemany("UPDATE policing_body SET notice_prefix = %s WHERE id = %s AND notice_prefix IS NULL",
                            [(prefixes[f], ref.body_id[f]) for f in ref.forces])
            for td in gen.tables():
                check_columns(metadata, td)
                t = time.perf_counter()
                cols = ", ".join(f'"{c}"' for c in td.columns)
                with cur.copy(f'COPY "{td.name}" ({cols}) FROM STDIN') as copy:
                    for row in td.rows:
                        copy.write_row(row)
                per_table[td.name] = round(time.perf_counter() - t, 3)
                say(f"{td.name}: {gen.plan.rows.get(td.name, 0):,} rows in {per_table[td.name]:.1f} s")
            for name in LOADED_TABLES:
                cur.execute(f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM \"{name}\"), 0) + 1, false)")
        db.commit()
    except BaseException:
        db.rollback()
        raise
    t = time.perf_counter()
    with db.cursor() as cur:
        for name in LOADED_TABLES:
            cur.execute(f'ANALYZE "{name}"')
    db.commit()
    per_table["analyze"] = round(time.perf_counter() - t, 3)

