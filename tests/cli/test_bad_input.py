"""Bad input on the command line: exit 2 with the field, the value as typed and
the reason — never a traceback, never a Python repr, nothing written.

Each case here was a traceback, or was accepted, before (issue 10).
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

DEMO_ADMIN = "admin@cambridgeshire-opcc.example"

BIG = "9" * 20
FORTY = "1" * 40


@pytest.fixture
def demo(demo_copy):  # noqa: ANN001, ANN201
    return demo_copy()


@pytest.fixture
def concord(demo):  # noqa: ANN001, ANN201
    """`concord(*argv, user=...)` on this test's own copy of the demo register."""
    return lambda *argv, user=None: demo.run(*argv, user=user)


def _refused(ran, *words: str) -> None:  # noqa: ANN001
    assert ran.code == 2, (ran.code, ran.out, ran.err)
    assert "Traceback" not in ran.err and "Decimal(" not in ran.err
    for w in words:
        assert w in ran.err, (w, ran.err)


AGREEMENT = ["agreement", "add", "fleet-2024", "--title", "Regional fleet", "--party", "kent",
             "--party", "essex", "--start", "2024-04-01"]


@pytest.mark.parametrize("argv, words", [
    # numbers too large or malformed
    (["vote", "--member", "a", "--member", "b", "--host", "a", "--host-share", "abc"], ["--host-share", "abc"]),
    (["apportion", "--total", FORTY, "--nre", "kent=1", "--nre", "essex=1"], ["--total", FORTY, "too large"]),
    ([*AGREEMENT, "--annual-budget", FORTY], ["--annual-budget", "too large"]),
    # ids and integers beyond 64 bits, or beyond what the database stores
    (["action", "done", BIG], ["action_id", BIG, "1 to 2147483647"]),
    (["action", "done", "2147483648"], ["2147483648", "out of range"]),
    (["review", "show", BIG], ["item_id", BIG, "out of range"]),
    ([*AGREEMENT, "--notice-months", str(2**63)], ["--notice-months", "0 to 120"]),
    ([*AGREEMENT, "--notice-months", "2147483648"], ["--notice-months", "2147483648"]),
    # dates out of range
    (["check", "--as-of", "9999-12-31"], ["--as-of", "9999-12-31", "2199-12-31"]),
    (["agreement", "withdraw", "chiltern", "--party", "kent", "--given-on", "9999-12-31"], ["--given-on"]),
    (["notice-deadline", "--meeting", "0001-01-01"], ["--meeting", "0001-01-01", "1900-01-01"]),
    # counts that overflowed or ran for seconds
    (["check", "--within", "2147483648"], ["--within", "0 to 3660"]),
    (["notice-deadline", "--meeting", "2020-01-01", "--clear-days", "1000000"], ["--clear-days", "0 to 60"]),
    (["foi-deadline", "--received", "2020-01-01", "--working-days", "3000000"], ["--working-days", "1 to 260"]),
    # money that was misread
    (["apportion", "--total", "1,2,3", "--nre", "kent=1"], ["--total", "1,2,3"]),
    (["apportion", "--total", "12 34", "--nre", "kent=1"], ["--total", "12 34"]),
    (["apportion", "--total", "\uff11\uff12", "--nre", "kent=1"], ["--total"]),
    (["apportion", "--total", "0.001", "--nre", "kent=1"], ["--total", "0.001", "fraction of a penny"]),
    # empty, blank or unsafe slugs and titles
    (["agreement", "add", "", *AGREEMENT[3:]], ["slug"]),
    (["agreement", "add", "   ", *AGREEMENT[3:]], ["slug"]),
    (["agreement", "add", "fleet\t2024", *AGREEMENT[3:]], ["slug"]),
    (["agreement", "add", "fleet\n2024", *AGREEMENT[3:]], ["slug"]),
    (["agreement", "add", "fleet\x1b[31m", *AGREEMENT[3:]], ["slug"]),
    (["agreement", "add", "fleet\u202e4202", *AGREEMENT[3:]], ["slug"]),
    (["agreement", "add", "fleet-2024", "--title", "  ", *AGREEMENT[5:]], ["title", "required"]),
    (["notice", "add", "CPCC2019-011", "--body", "cambridgeshire", "--subject", " ", "--decision", "d"],
     ["--subject", "empty"]),
])
def test_refused_with_field_value_and_reason(demo, argv: list[str], words: list[str]) -> None:  # noqa: ANN001
    before = demo.dump()
    _refused(demo.run(*argv), *words)
    assert demo.dump() == before


@pytest.mark.parametrize("argv, words", [
    ([*AGREEMENT[:2], "x" * 300, *AGREEMENT[3:]], ["slug", "the limit is 80"]),
    ([*AGREEMENT[:4], "t" * 301, *AGREEMENT[5:]], ["title", "the limit is 300"]),
    (["notice", "add", "CPCC2019-011", "--body", "cambridgeshire", "--subject", "s", "--decision", "d",
      "--maker", "m" * 300], ["decision_maker", "the limit is 200"]),
    (["agreement", "provision", "seven-force", "--clause", "9" * 300, "--type", "force"], ["clause", "limit"]),
])
def test_lengths_are_limited_alike_on_both_databases(concord, argv, words) -> None:  # noqa: ANN001
    """PostgreSQL said `value too long for type character varying(80)`; SQLite stored it."""
    _refused(concord(*argv, user=DEMO_ADMIN), *words)


def test_export_to_a_folder_and_backup_to_nowhere(concord, tmp_path) -> None:  # noqa: ANN001
    _refused(concord("export", "--out", str(tmp_path), user=DEMO_ADMIN), "--out", "is a folder")
    _refused(concord("backup", str(tmp_path / "missing" / "b.db"), user=DEMO_ADMIN), "does not exist")
    _refused(concord("backup", str(tmp_path), user=DEMO_ADMIN), "is a folder")


def test_values_are_shown_as_typed_not_as_python_reprs(concord) -> None:  # noqa: ANN001
    ran = concord("apportion", "--total", "abc", "--nre", "kent=1", user=DEMO_ADMIN)
    assert ran.code == 2 and "--total: abc is not an amount of money" in ran.err, ran.err
    ran = concord("vote", "--member", "a", "--member", "b", "--host", "a", "--host-share", "150")
    assert ran.code == 2 and "--host-share: 150 " in ran.err and "at most 100" in ran.err, ran.err


def test_what_the_register_holds_is_escaped_for_the_terminal(demo, concord) -> None:  # noqa: ANN001
    """A record written by another program (import, a database tool) holding an
    escape sequence or a right-to-left override is printed escaped."""
    engine = sa.create_engine(demo.url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE action SET text = :t"),
                     {"t": "Evil \x1b]0;owned\x07 title \u202eedoc"})
    engine.dispose()
    ran = concord("action", "list", "--as-of", "2017-01-01")
    assert ran.code == 0
    assert "\x1b" not in ran.out and "\u202e" not in ran.out and "\x07" not in ran.out
    assert "\\u001b]0;owned\\u0007" in ran.out and "\\u202e" in ran.out
