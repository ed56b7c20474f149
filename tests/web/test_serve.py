"""`concord serve` refuses, with a message, a database that is not set up."""

from __future__ import annotations


def test_serve_refuses_a_database_not_set_up(concord, tmp_path) -> None:  # noqa: ANN001
    ran = concord("serve", "--port", "1", env={"CONCORD_DATABASE_URL": f"sqlite:///{tmp_path}/none.db"}, timeout=60)
    assert ran.code == 2
    assert "has no Concord register yet: run `concord init` first" in ran.err
    assert "being served" not in ran.out


def test_serve_with_several_workers_refuses_a_port_already_listened_on(concord, tmp_path) -> None:  # noqa: ANN001
    """Several workers listen with SO_REUSEPORT: a port another server holds is refused, never shared."""
    import socket

    assert concord("init").code == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = concord("serve", "--port", str(port), "--workers", "2", timeout=60)
    assert ran.code == 2, (ran.out, ran.err)
    assert f"--port: {port} is in use on 127.0.0.1 by another program" in ran.err
    assert "being served" not in ran.out
