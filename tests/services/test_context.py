"""The seam: actors, permissions, one unit of work, stale edits; through the real CLI."""

from __future__ import annotations

import pytest

DEMO_ADMIN = "admin@cambridgeshire-opcc.example"

VIEWER = "viewer@hertfordshire-opcc.example"


@pytest.fixture
def demo(concord):  # noqa: ANN001
    ran = concord("demo")
    assert ran.code == 0, ran.err
    return ran


def test_demo_prints_each_account_once_in_the_scripted_form(concord, demo) -> None:  # noqa: ANN001
    lines = [ln for ln in demo.out.splitlines() if ln.startswith("Demo account: ")]
    roles = {ln.rsplit("(", 1)[1].split(",")[0] for ln in lines}
    assert roles == {"administrator", "editor", "approver", "viewer"}
    for ln in lines:
        _, _, email, word, password, *_ = ln.split()
        assert "@" in email and word == "password" and len(password) >= 12
    again = concord("demo")
    assert again.code == 0 and "Demo account:" not in again.out


def test_users_are_listed_and_a_viewer_may_not_add_one(concord, demo) -> None:  # noqa: ANN001
    listed = concord("user", "list")
    assert listed.code == 0 and VIEWER in listed.out and "viewer at hertfordshire-opcc" in listed.out
    refused = concord("user", "add", "x@y.example", "--name", "X", "--organisation", "kent-opcc",
                      "--role", "editor", user=VIEWER)
    assert refused.code == 4 and "may not admin:user:manage" in refused.err
    added = concord("user", "add", "x@y.example", "--name", "X", "--organisation", "kent-opcc",
                    "--role", "editor", user=DEMO_ADMIN)
    assert added.code == 0, added.err
    assert "editor at kent-opcc" in concord("user", "list").out


def test_an_unknown_or_disabled_user_is_refused(concord, demo) -> None:  # noqa: ANN001
    unknown = concord("user", "list", user="nobody@nowhere.example")
    assert unknown.code == 2 and "nobody@nowhere.example" in unknown.err and "not a user" in unknown.err
    assert concord("user", "disable", VIEWER, user=DEMO_ADMIN).code == 0
    disabled = concord("user", "list", user=VIEWER)
    assert disabled.code == 2 and "disabled" in disabled.err


def test_a_bad_role_or_organisation_names_the_thing(concord, demo) -> None:  # noqa: ANN001
    bad_role = concord("user", "set-role", VIEWER, "--organisation", "kent-opcc", "--role", "king", user=DEMO_ADMIN)
    assert bad_role.code == 2 and "role" in bad_role.err and "king" in bad_role.err
    bad_org = concord("user", "set-role", VIEWER, "--organisation", "atlantis", "--role", "editor", user=DEMO_ADMIN)
    assert bad_org.code == 2 and "atlantis" in bad_org.err


def test_the_audit_names_the_acting_user_never_a_free_text_variable(concord, demo, db_url) -> None:  # noqa: ANN001
    import sqlalchemy as sa

    ran = concord("user", "set-role", VIEWER, "--organisation", "kent-opcc", "--role", "editor",
                  user=DEMO_ADMIN, env={"CONCORD_ACTOR": "mallory", "USER": "mallory"})
    assert ran.code == 0, ran.err
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        actors = {a for (a,) in conn.execute(sa.text(
            "SELECT actor FROM audit_record WHERE entity = 'membership' AND action = 'insert'"))}
    engine.dispose()
    assert any(DEMO_ADMIN in a for a in actors), actors
    assert not any("mallory" in a for a in actors)


def test_with_users_and_no_one_named_the_cli_may_read_but_not_write(concord, demo) -> None:  # noqa: ANN001
    assert concord("agreement", "list").code == 0
    refused = concord("user", "disable", VIEWER)
    assert refused.code == 4 and "--as" in refused.err
