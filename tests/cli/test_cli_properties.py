"""Property: no argv makes `concord` crash, or write anything when it refuses.

Every command and option is found by walking the Typer app, so a new one
is covered the day it is added. Each example runs the real `concord` in a
fresh process on its own copy of the demo register, with arguments drawn
from valid values and from the hostile ones that once gave tracebacks. It
fails on a traceback, an internal error, an exit status other than the
documented ones, or any change to the register by a refused command.

CONCORD_CLI_EXAMPLES sets the number of examples (default 150).
"""

from __future__ import annotations

import os

import pytest
import typer.main
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from concord.cli import app

EXAMPLES = int(os.environ.get("CONCORD_CLI_EXAMPLES", "150"))

ADMIN = "admin@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"

#: exit statuses the README documents: done, bad input, conflict, not allowed, busy
ALLOWED = {0, 2, 3, 4, 5}
#: commands that may also exit 1: `check --strict` (something is overdue), a declined question
MAY_EXIT_1 = {("check",), ("restore",)}
#: commands that run until stopped rather than return (the web server): tested by the web tests
LONG_RUNNING = {("serve",)}

GOOD = ["kent", "essex", "cambridgeshire", "seven-force", "chiltern", "single-online-home", "kent:chief",
        "kent:pcc", "2021-01-15", "2019-05-16", "2016-11-10", "2030-01-01", "1", "3", "5", "12", "90",
        "1200000", "£1,200,000.00", "1.2m", "CPCC2019-011", "CPCC2019-012", "kent=280000000",
        "essex=260000000", "json", "csv", "force", "policing_body", "OFFICIAL", "RESTRICTED", "editor",
        ADMIN, "cambridgeshire-opcc", "Fleet", "agreement", "decision_notice"]
HOSTILE = ["", " ", "abc", "-1", "0", "9" * 20, "2147483648", str(2**63), "1" * 40, "9999-12-31",
           "0001-01-01", "2016-02-30", "1,2,3", "12 34", "\uff11\uff12", "0.001", "NaN", "Infinity",
           "1e999", "x" * 300, "a\tb", "a\nb", "\x1b[31mred", "\u202eevil", "'; DROP TABLE action; --",
           "%s%n", "{\"a\": 1}", "[]", "null", "kent=", "=1", "kent=abc", "kent:", ":chief", "-", "--"]
#: paths stay inside the example's own working folder
PATHS = ["out", "out.json", "export.csv", "missing/x.json", ".", "concord.backup", "nothing-here"]
PATH_NAMES = {"out", "path", "paths"}


def _commands() -> list[tuple[tuple[str, ...], object]]:
    found = []

    def walk(cmd, path: tuple[str, ...]) -> None:  # noqa: ANN001
        subs = getattr(cmd, "commands", None)
        if subs:
            if getattr(cmd, "invoke_without_command", False) and path:
                found.append((path, cmd))
            for name, sub in sorted(subs.items()):
                walk(sub, (*path, name))
        else:
            found.append((path, cmd))

    walk(typer.main.get_command(app), ())
    return [(path, cmd) for path, cmd in found if path not in LONG_RUNNING]


COMMANDS = _commands()


def _value(name: str) -> st.SearchStrategy[str]:
    if name in PATH_NAMES:
        return st.sampled_from(PATHS)
    # valid values half the time, so that commands get past their first check and write
    return st.one_of(st.sampled_from(GOOD), st.sampled_from(GOOD), st.sampled_from(HOSTILE),
                     st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12))


@st.composite
def argvs(draw) -> tuple[tuple[str, ...], list[str], str | None]:  # noqa: ANN001
    path, cmd = draw(st.sampled_from(COMMANDS))
    argv = list(path)
    for p in cmd.params:
        if p.name == "help":
            continue
        if getattr(p, "param_type_name", "") == "argument":
            n = 1 if p.nargs == 1 else draw(st.integers(0 if not p.required else 1, 3))
            if not p.required and not draw(st.booleans()):
                continue
            argv += [draw(_value(p.name)) for _ in range(n)]
            continue
        if not (p.required or draw(st.booleans())):
            continue
        flag = p.opts[0]
        if p.is_flag:
            argv.append(flag)
            continue
        for _ in range(draw(st.integers(1, 3)) if p.multiple else 1):
            argv += [flag, draw(_value(p.name))]
    user = draw(st.sampled_from([ADMIN, ADMIN, VIEWER, None]))
    return path, argv, user


def test_every_command_is_walked() -> None:
    names = {" ".join(p) for p, _ in COMMANDS}
    assert {"action done", "notice add", "agreement add", "check", "review show", "export"} <= names


@pytest.mark.slow
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, report_multiple_bugs=False,
          phases=[Phase.explicit, Phase.generate],  # each example is a process: report it unshrunk
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=argvs())
def test_no_argv_crashes_concord_or_writes_when_refused(demo_copy, case) -> None:  # noqa: ANN001
    path, argv, user = case
    demo = demo_copy()
    before = demo.dump()
    ran = demo.run(*argv, user=user, env={"CONCORD_PASSWORD": "correct horse battery"}, timeout=300)
    # (a NUL cannot be passed in argv at all, so none is generated)
    shown = f"concord {' '.join(map(repr, argv))} (as {user}) -> {ran.code}\n{ran.err[-2000:]}"
    assert "Traceback" not in ran.err and "Traceback" not in ran.out, shown
    allowed = ALLOWED | ({1} if path in MAY_EXIT_1 else set())
    assert ran.code in allowed, shown
    if ran.code != 0:
        assert demo.dump() == before, "a refused command changed the register: " + shown
