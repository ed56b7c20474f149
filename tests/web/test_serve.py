"""`concord serve` refuses, with a message, a database that is not set up."""

from __future__ import annotations


def test_serve_refuses_a_database_not_set_up(concord, tmp_path) -> None:  # noqa: ANN001
    ran = concord("serve", "--port", "1", env={"CONCORD_DATABASE_URL": f"sqlite:///{tmp_path}/none.db"}, timeout=60)
    assert ran.code == 2
    assert "has no Concord register yet: run `concord init` first" in ran.err
    assert "being served" not in ran.out
