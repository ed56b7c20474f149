"""An agreement belongs to an organisation (`agreement add --owner`); once marked above
OFFICIAL only those with rights over it read it, in `list` and `show` alike; in a fresh process."""

from __future__ import annotations

ADMIN = "admin@cambridgeshire-opcc.example"
EDITOR = "editor@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"


def test_an_owned_marked_agreement_is_read_only_by_its_organisation(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    added = concord("agreement", "add", "dog-unit", "--title", "Eastern Dog Unit", "--party", "cambridgeshire",
                    "--party", "bedfordshire", "--start", "2020-04-01", "--owner", "cambridgeshire-opcc",
                    "--marking", "OFFICIAL-SENSITIVE", user=EDITOR)
    assert added.code == 0, added.err
    for who in (EDITOR, ADMIN):
        assert "dog-unit" in concord("agreement", "list", user=who).out
        assert concord("agreement", "show", "dog-unit", user=who).code == 0
    assert "dog-unit" not in concord("agreement", "list", user=VIEWER).out
    hidden = concord("agreement", "show", "dog-unit", user=VIEWER)
    assert hidden.code == 2 and "is not in the register" in hidden.err
    # an editor elsewhere may not give it to an organisation they do not belong to
    other = concord("agreement", "add", "kent-dogs", "--title", "Kent Dogs", "--party", "kent", "--party", "essex",
                    "--start", "2020-04-01", "--owner", "kent-opcc", user=EDITOR)
    assert other.code == 4
    unknown = concord("agreement", "add", "x-dogs", "--title", "X Dogs", "--party", "kent", "--party", "essex",
                      "--start", "2020-04-01", "--owner", "atlantis-opcc", user=ADMIN)
    assert unknown.code == 2 and "owner" in unknown.err and "atlantis-opcc" in unknown.err
