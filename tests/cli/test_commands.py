"""The command line as a user meets it: help, calculators, demo, status, bad input."""

import json
from decimal import Decimal

import pytest

from concord.cli import app

COMMANDS = ["init", "demo", "status", "check", "apportion", "notice-deadline", "export", "import",
            "backup", "restore", "ingest", "review", "search", "agreement", "notice", "action", "foi-deadline", "vote", "mark",
            "user", "serve", "mtfp", "revenue", "finance", "project", "forum", "meeting", "history", "reindex", "pack",
            "paper", "capital", "precept", "savings", "recharge"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(cli, command: str) -> None:
    code, out, _ = cli(command, "--help")
    assert code == 0
    assert "Usage" in out and len(out.splitlines()) > 3


def test_every_registered_command_is_listed_here() -> None:
    import typer.main

    names = set(typer.main.get_command(app).commands)
    assert names == set(COMMANDS)


@pytest.mark.parametrize("meeting,latest", [
    ("2016-12-16", "2016-12-13"), ("2016-12-28", "2016-12-21"), ("2020-05-11", "2020-05-05"),
])
def test_notice_deadline_examples(cli, meeting: str, latest: str) -> None:
    code, out, _ = cli("notice-deadline", "--meeting", meeting)
    assert code == 0 and out.strip() == latest


def test_notice_deadline_bad_date(cli) -> None:
    code, _, err = cli("notice-deadline", "--meeting", "2016-02-30")
    assert code == 2 and "--meeting" in err and "2016-02-30" in err


def test_apportion_json_totals_exactly(cli) -> None:
    code, out, err = cli("apportion", "--total", "1200000", "--json",
                         "--nre", "kent=280000000", "--nre", "essex=260000000", "--nre", "suffolk=115000000")
    assert code == 0, err
    result = json.loads(out)
    rows = result["shares"]
    assert [r["force"] for r in rows] == ["kent", "essex", "suffolk"]  # in the order given
    assert sum(Decimal(r["share_percent"]) for r in rows) == Decimal("100.0")
    assert sum(Decimal(r["amount"]) for r in rows) == Decimal("1200000")
    assert {"force", "share_percent", "amount", "note"} == set(rows[0])
    assert "largest remainder" in result["method"].lower()


def test_apportion_plain_says_the_method(cli) -> None:
    code, out, _ = cli("apportion", "--total", "£150,000", "--nre", "kent=3", "--nre", "essex=3", "--nre", "norfolk=3")
    assert code == 0
    assert "Method:" in out and "100.0%" in out


@pytest.mark.parametrize("args,named", [
    (["--total", "-5", "--nre", "kent=1"], "--total"),
    (["--total", "100", "--nre", "atlantis=1"], "atlantis"),
    (["--total", "100", "--nre", "kent"], "--nre"),
    (["--total", "100", "--nre", "kent=-3"], "kent"),
])
def test_apportion_bad_input_names_the_thing(cli, args: list[str], named: str) -> None:
    code, _, err = cli("apportion", *args)
    assert code == 2
    assert named in err


def test_decision_notices_refuse_duplicates_and_bad_references(cli, store) -> None:  # noqa: ANN001
    cli("init")
    base = ["notice", "add", "CPCC2019-011", "--body", "cambridgeshire", "--subject", "Fleet", "--decision", "Approve"]
    code, out, err = cli(*base, "--signed", "2019-05-01")
    assert code == 0, err
    code, _, err = cli(*base)
    assert code == 2 and "CPCC2019-011" in err and "duplicates" in err
    code, _, err = cli("notice", "add", "nonsense", "--body", "kent", "--subject", "s", "--decision", "d")
    assert code == 2 and "reference" in err
    code, _, err = cli("notice", "add", "CPCC2019-012", "--body", "kent", "--subject", "s", "--decision", "d")
    assert code == 2 and "prefix" in err
    code, _, err = cli(*base[:2], "CPCC2019-013", *base[3:], "--signed", "2020-01-02")
    assert code == 2 and "--signed" in err


def test_the_cli_reference_in_docs_is_current() -> None:
    from pathlib import Path

    from concord.cli.reference import render

    doc = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
    assert doc.read_text() == render(), "run: python -m concord.cli.reference > docs/cli.md"


def test_usage_errors_exit_2_with_a_message(cli) -> None:  # noqa: ANN001
    code, _, err = cli("apportion", "--total")
    assert code == 2 and "--total" in err
    code, _, err = cli("no-such-command")
    assert code == 2 and "no-such-command" in err


def test_weighted_vote_with_a_host(cli) -> None:  # noqa: ANN001
    code, out, _ = cli("vote", "--member", "metropolitan", "--member", "kent", "--member", "essex",
                       "--host", "metropolitan", "--for", "metropolitan", "--against", "kent", "--against", "essex")
    assert code == 0
    assert "metropolitan" in out and "50" in out
    assert out.splitlines()[-1].startswith("not carried: tied at 50.0 % to 50.0 %")  # 50 v 50 ties and falls
    code, out, _ = cli("vote", "--member", "metropolitan", "--member", "kent", "--member", "essex",
                       "--host", "metropolitan", "--for", "metropolitan", "--for", "kent", "--against", "essex")
    assert out.splitlines()[-1].startswith("carried by 75")
    code, _, err = cli("vote", "--member", "kent", "--for", "kent", "--against", "kent")
    assert code == 2 and "both ways" in err


def test_foi_deadline_counts_uk_bank_holidays(cli) -> None:  # noqa: ANN001
    code, out, _ = cli("foi-deadline", "--received", "2016-12-19")
    assert code == 0 and out.strip() == "2017-01-20"
