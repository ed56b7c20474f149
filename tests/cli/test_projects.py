"""`concord project add|show|stage|gateway|phase|delivery|saving` in a fresh process."""

from __future__ import annotations

EDITOR = "editor@cambridgeshire-opcc.example"


def test_a_project_from_start_to_savings(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    added = concord("project", "add", "bch-fleet", "--name", "BCH fleet", "--alliance", "bch",
                    "--lead-force", "hertfordshire", "--sro", "Chief Superintendent A", user=EDITOR)
    assert added.code == 0, added.err
    assert concord("project", "add", "bch-fleet", "--name", "Again", user=EDITOR).code == 2
    steps = [
        ("stage", "bch-fleet", "--stage", "OBC", "--approved-on", "2017-01-10", "--forum", "bch-alliance-summit"),
        ("gateway", "bch-fleet", "--gate", "2", "--held-on", "2017-01-05", "--rating", "Amber/Green"),
        ("stage", "bch-fleet", "--stage", "FBC", "--approved-on", "2017-06-01"),
        ("gateway", "bch-fleet", "--gate", "3", "--held-on", "2017-05-20", "--rating", "Amber"),
        ("phase", "bch-fleet", "--name", "Procure", "--planned-start", "2017-07-01", "--planned-end", "2017-12-31"),
        ("delivery", "bch-fleet", "--rag", "amber", "--status", "Supplier late"),
        ("saving", "bch-fleet", "--period", "2018/19", "--predicted", "250k", "--delivered", "£100,000.10"),
        ("saving", "bch-fleet", "--period", "2018/2019", "--delivered", "120000.20"),
        ("saving", "bch-fleet", "--period", "2019/20-2020/21", "--predicted", "1.5m"),
    ]
    for step in steps:
        ran = concord("project", *step, user=EDITOR)
        assert ran.code == 0, (step, ran.err)
    shown = concord("project", "show", "bch-fleet").out
    assert "Business case: BCH fleet (now FBC" in shown
    assert "OBC approved 2017-01-10 by BCH Strategic Alliance Summit" in shown
    assert "Gate 3 (Investment decision) 2017-05-20: Amber" in shown and "Confidence      Amber" in shown
    assert "1. Procure: planned 2017-07-01 to 2017-12-31" in shown and "Delivery        amber" in shown
    assert "2018/19                £250,000       £120,000" in shown  # the second figure replaced the first
    assert "2019/20-2020/21      £1,500,000              —" in shown
    assert "All years            £1,750,000       £120,000" in shown


def test_bad_input_names_the_option(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    for args, message in [
        (("stage", "bch-ict", "--stage", "SOBC"), "--stage: SOBC does not move forward from FBC"),
        (("stage", "bch-hr-ld", "--stage", "XBC"), "--stage: XBC must be SOBC, OBC or FBC"),
        (("gateway", "bch-ict", "--gate", "1", "--held-on", "2016-01-01", "--rating", "Green"), "--gate: 1 goes back"),
        (("gateway", "bch-ict", "--gate", "4", "--held-on", "2016-01-01", "--rating", "Purple"), "--rating: Purple"),
        (("gateway", "bch-ict", "--gate", "4", "--held-on", "2015-01-01", "--rating", "Red"),
         "--held-on: 2015-01-01 is before the last review"),
        (("phase", "bch-ict", "--name", "X", "--planned-start", "2017-02-01", "--planned-end", "2017-01-01"),
         "--planned-end: 2017-01-01 is before the planned start"),
        (("delivery", "bch-ict", "--rag", "purple"), "--rag: purple must be red, amber, green or complete"),
        (("saving", "bch-ict", "--period", "2017/19", "--delivered", "1"), "--period: 2017/19"),
        (("saving", "bch-ict", "--period", "2017/18", "--delivered", "-5"), "--delivered"),
        (("saving", "bch-ict", "--period", "2017/18"), "--delivered"),
        (("saving", "nowhere", "--period", "2017/18", "--delivered", "1"), "project: nowhere is not a project"),
        (("show", "nowhere"), "project: nowhere is not a project"),
    ]:
        ran = concord("project", *args, user=EDITOR)
        assert ran.code == 2 and message in ran.err, (args, ran.err)
    assert concord("project", "delivery", "bch-ict", "--rag", "red", "--version", "99", user=EDITOR).code == 3
    assert concord("project", "delivery", "bch-ict", "--rag", "red", user="viewer@hertfordshire-opcc.example").code == 4


def test_a_forces_share_of_a_projects_whole_saving_is_totalled_once(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    admin = "admin@cambridgeshire-opcc.example"
    for argv in (("project", "add", "bch-kennels", "--name", "Kennels", "--alliance", "bch"),
                 ("project", "saving", "bch-kennels", "--period", "2018/19-2019/20", "--predicted", "1000")):
        ran = concord(*argv, user=admin)
        assert ran.code == 0, (argv, ran.err)
    before = concord("project", "show", "bch-kennels").out
    for argv in (("project", "saving", "bch-kennels", "--period", "2018/19", "--force", "cambridgeshire",
                  "--predicted", "400"),  # its part of the whole
                 ("project", "saving", "bch-kennels", "--period", "2020/21", "--force", "cambridgeshire",
                  "--predicted", "50")):  # after the whole: a saving of its own
        ran = concord(*argv, user=admin)
        assert ran.code == 0, (argv, ran.err)
    after = concord("project", "show", "bch-kennels").out
    [was] = [line for line in before.splitlines() if "All years" in line]
    [now] = [line for line in after.splitlines() if "All years" in line]
    assert "£1,000" in was and "£1,050" in now, after
