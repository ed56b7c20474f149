"""The register of agreements through the real `concord` command, in a fresh process:
parties, renewal, withdrawal, versions, signatures, follow-through (issue 9, defects 3, 5-9, 11)."""

from __future__ import annotations

import json
import shutil

import pytest

ADMIN = "admin@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"


@pytest.fixture
def demo(concord):  # noqa: ANN001
    ran = concord("demo")
    assert ran.code == 0, ran.err
    return concord


@pytest.fixture
def fleet(concord):  # noqa: ANN001
    """A register with no users (the system works it) and one agreement of three forces."""
    assert concord("init").code == 0
    ran = concord("agreement", "add", "fleet", "--title", "Regional Fleet", "--party", "kent", "--party", "essex",
                  "--party", "norfolk", "--start", "2019-04-01", "--end", "2022-03-31", "--notice-months", "6")
    assert ran.code == 0, ran.err
    return concord


def _findings(concord, day: str) -> list[dict]:  # noqa: ANN001
    ran = concord("check", "--as-of", day, "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)["findings"]


def _section(out: str, title: str) -> str:
    """The indented lines under `  Title:` in `agreement show`."""
    lines = out.splitlines()
    start = lines.index(f"  {title}:")
    body = []
    for ln in lines[start + 1:]:
        if not ln.startswith("    "):
            break
        body.append(ln.strip())
    return "\n".join(body)


def test_accepted_agreements_get_versions_and_the_extension_varies_the_original(concord, seeds, tmp_path) -> None:  # noqa: ANN001
    papers = tmp_path / "papers"
    papers.mkdir()
    for f in seeds.glob("001_*.txt"):
        shutil.copy(f, papers)
    assert concord("init").code == 0
    assert concord("ingest", papers).code == 0
    concord("review", "accept", "--all")
    listed = concord("agreement", "list").out
    assert "programme-2" not in listed
    sevens = [ln for ln in listed.splitlines() if "Seven Force" in ln]
    assert len(sevens) == 1 and "ends 2021-03-31" in sevens[0]
    slug = sevens[0].split()[0]
    shown = concord("agreement", "show", slug, "--as-of", "2019-01-01").out
    versions = _section(shown, "Versions")
    assert "1. 2015-10-22 original" in versions
    assert "2. 2017-04-01 term_extended: Term extended to 2021-03-31" in versions
    chiltern = next(ln.split()[0] for ln in listed.splitlines() if "CHILTERN" in ln)
    parties = _section(concord("agreement", "show", chiltern).out, "Parties")
    assert len(parties.splitlines()) == 9  # the nine corporations sole
    assert "British Transport Police Authority" not in parties
    assert "The Chief Constable of British Transport Police" in parties


def test_every_party_given_is_recorded_or_none(fleet) -> None:  # noqa: ANN001
    refused = fleet("agreement", "join", "fleet", "--party", "suffolk", "--party", "norfolk", "--on", "2020-01-01")
    assert refused.code == 2 and "already party" in refused.err and "Norfolk" in refused.err
    assert "Suffolk" not in fleet("agreement", "show", "fleet").out
    joined = fleet("agreement", "join", "fleet", "--party", "suffolk", "--party", "btp", "--on", "2020-01-01")
    assert joined.code == 0, joined.err
    parties = _section(fleet("agreement", "show", "fleet").out, "Parties")
    assert "Suffolk Constabulary" in parties and "Police and Crime Commissioner for Suffolk" in parties
    assert "British Transport Police" in parties and "Authority" not in parties
    renewed = fleet("agreement", "renew", "fleet", "--party", "kent", "--party", "essex", "--party", "norfolk",
                    "--party", "suffolk", "--on", "2022-01-10", "--until", "2025-03-31")
    assert renewed.code == 0, renewed.err
    assert "Recorded 8 renewal(s)" in renewed.out
    left = [f for f in _findings(fleet, "2022-02-01") if f["kind"] == "agreement_expiry"]
    assert len(left) == 1 and "not yet renewed by: The Chief Constable of British Transport Police" in left[0]["detail"]
    bad = fleet("agreement", "renew", "fleet", "--party", "btp", "--party", "atlantis", "--on", "2022-01-11",
                "--until", "2025-03-31")
    assert bad.code == 2 and "atlantis" in bad.err
    last = fleet("agreement", "renew", "fleet", "--party", "btp", "--on", "2022-01-11", "--until", "2025-03-31")
    assert last.code == 0 and "now ends 2025-03-31" in last.out


def test_two_or_more_policing_bodies_and_btp_as_the_seeds_have_it(concord) -> None:  # noqa: ANN001
    assert concord("init").code == 0
    one = concord("agreement", "add", "one", "--title", "One force", "--party", "kent", "--start", "2020-01-01")
    assert one.code == 2 and "two or more policing bodies (s22A(1))" in one.err and "include 1" in one.err
    chiefs = concord("agreement", "add", "chiefs", "--title", "Chiefs", "--party", "kent:chief",
                     "--party", "essex:chief", "--start", "2020-01-01")
    assert chiefs.code == 2 and "include 0" in chiefs.err
    nine = concord("agreement", "add", "chiltern", "--title", "Chiltern Transport Consortium", "--party", "bedfordshire",
                   "--party", "cambridgeshire", "--party", "hertfordshire", "--party", "thames-valley",
                   "--party", "btp", "--start", "2019-05-01")
    assert nine.code == 0 and "9 parties" in nine.out, nine.err
    force = concord("agreement", "provision", "chiltern", "--clause", "2.1", "--type", "force")
    assert force.code == 0, force.err
    assert "None" not in concord("agreement", "list").out
    assert concord("agreement", "list").out.count("\n") == 1


def test_a_renewal_after_the_end_revives_nothing_and_a_later_agreement_succeeds(demo) -> None:  # noqa: ANN001
    late = demo("agreement", "renew", "seven-force", "--party", "kent", "--on", "2021-04-02",
                "--until", "2023-03-31", user=ADMIN)
    assert late.code == 2 and "after the agreement ended on 2021-03-31" in late.err
    for party in ("essex:chief", "norfolk", "suffolk"):
        assert demo("agreement", "renew", "seven-force", "--party", party, "--on", "2021-02-01",
                    "--until", "2023-03-31", user=ADMIN).code == 0
    assert "ends 2021-03-31" in demo("agreement", "list").out
    later = demo("agreement", "add", "seven-force-2021", "--title", "Seven Force programme (2021)",
                 "--party", "bedfordshire", "--party", "kent", "--start", "2021-06-01", "--succeeds", "seven-force",
                 user=ADMIN)
    assert later.code == 0, later.err
    assert "Succeeds       seven-force" in demo("agreement", "show", "seven-force-2021").out
    shown = demo("agreement", "show", "seven-force", "--as-of", "2021-06-01").out
    assert "Succeeded by   seven-force-2021" in shown and "ended on 2021-06-01" in shown


def test_withdrawal_for_the_duration_and_notice_once(demo) -> None:  # noqa: ANN001
    # Seven Force commits its parties for the duration: the earliest exit is the end date
    ran = demo("agreement", "withdraw", "seven-force", "--party", "kent:pcc", "--given-on", "2020-06-01", user=ADMIN)
    assert ran.code == 0, ran.err
    assert "earliest exit 2021-03-31" in ran.out
    again = demo("agreement", "withdraw", "seven-force", "--party", "kent:pcc", "--given-on", "2020-07-01", user=ADMIN)
    assert again.code == 2 and "already given notice on 2020-06-01" in again.err
    # Single Online Home: twelve months' notice; from the exit date the office is a former party
    soh = demo("agreement", "withdraw", "single-online-home", "--party", "thames-valley:chief",
               "--given-on", "2021-01-15", user=ADMIN)
    assert soh.code == 0 and "earliest exit 2022-01-15" in soh.out
    before = demo("agreement", "show", "single-online-home", "--as-of", "2022-01-14").out
    assert "Thames Valley Police" in _section(before, "Parties")
    after = demo("agreement", "show", "single-online-home", "--as-of", "2022-01-15").out
    assert "Chief Constable of Thames Valley Police" not in _section(after, "Parties")
    assert "Chief Constable of Thames Valley Police (left 2022-01-15)" in _section(after, "Former parties")


def test_a_party_leaving_before_the_end_is_not_asked_to_renew(fleet) -> None:  # noqa: ANN001
    assert fleet("agreement", "withdraw", "fleet", "--party", "norfolk", "--given-on", "2021-01-04").code == 0
    expiry = [f for f in _findings(fleet, "2022-01-15") if f["kind"] == "agreement_expiry"][0]
    assert "Norfolk" not in expiry["detail"] and "Kent" in expiry["detail"]
    both = fleet("agreement", "renew", "fleet", "--party", "kent", "--party", "essex", "--on", "2022-01-20",
                 "--until", "2024-03-31")
    assert both.code == 0 and "now ends 2024-03-31" in both.out  # every party still in has renewed


def test_status_and_check_agree_on_what_is_in_force(demo) -> None:  # noqa: ANN001
    ended = demo("status", "--as-of", "2021-04-15").out
    in_force = ended.split("Agreements in force")[1].split("\n\n")[0]
    assert "Seven Force" not in in_force and "Chiltern" in in_force
    assert "ended: not renewed in writing" in ended
    early = demo("status", "--as-of", "2015-12-01").out
    listed = early.split("Agreements in force")[1].split("\n\n")[0] if "Agreements in force" in early else ""
    assert "Chiltern" not in listed and "Seven Force" in listed
    found = [f for f in _findings(demo, "2021-01-15") if f["kind"] == "agreement_expiry"]
    assert [(f["entity"], f["key"]) for f in found] == [("agreement", "seven-force")]


def test_same_day_joins_are_versions_of_that_day_and_backdating_is_refused(fleet) -> None:  # noqa: ANN001
    assert fleet("agreement", "join", "fleet", "--party", "suffolk", "--on", "2020-05-01").code == 0
    second = fleet("agreement", "join", "fleet", "--party", "hertfordshire", "--on", "2020-05-01")
    assert second.code == 0, second.err
    versions = _section(fleet("agreement", "show", "fleet").out, "Versions")
    assert "2. 2020-05-01 member_joins" in versions and "3. 2020-05-01 member_joins" in versions
    back = fleet("agreement", "join", "fleet", "--party", "bedfordshire", "--on", "2020-04-30")
    assert back.code == 2 and "before version 3" in back.err and "never backdated" in back.err


def test_signature_and_follow_through_per_party(fleet) -> None:  # noqa: ANN001
    signed = fleet("agreement", "sign", "fleet", "--party", "kent", "--party", "essex:pcc", "--on", "2019-06-03")
    assert signed.code == 0, signed.err
    again = fleet("agreement", "sign", "fleet", "--party", "kent:chief", "--on", "2019-06-04")
    assert again.code == 2 and "already" in again.err
    done = fleet("agreement", "follow-through", "fleet", "--party", "kent:pcc", "--kind", "executive_decision",
                 "--on", "2019-05-20")
    assert done.code == 0, done.err
    shown = fleet("agreement", "show", "fleet").out
    parties = _section(shown, "Parties")
    assert "Kent Police (from 2019-04-01), signed 2019-06-03" in parties
    assert "Chief Constable of Essex Police (from 2019-04-01), signature not recorded" in parties
    assert "The Police and Crime Commissioner for Kent: executive decision 2019-05-20" in shown
    assert "not yet followed through by: The Chief Constable of Kent Police" in shown
    bad = fleet("agreement", "follow-through", "fleet", "--party", "kent", "--kind", "nod", "--on", "2019-05-20")
    assert bad.code == 2 and "nod" in bad.err


def test_marking_on_add_and_only_editors_write(demo) -> None:  # noqa: ANN001
    args = ["agreement", "add", "sensitive", "--title", "Covert", "--party", "kent", "--party", "essex",
            "--start", "2020-01-01"]
    assert demo(*args, "--marking", "OFFICIAL-SENSITIVE", user=VIEWER).code == 4
    assert demo(*args, "--marking", "SECRETISH", user=ADMIN).code == 2
    ran = demo(*args, "--marking", "OFFICIAL-SENSITIVE", user=ADMIN)
    assert ran.code == 0 and "marked OFFICIAL-SENSITIVE" in ran.out
    assert "Marking        OFFICIAL-SENSITIVE" in demo("agreement", "show", "sensitive", user=ADMIN).out
    # someone who names no user reads what the public reads: a marked agreement is not there for them
    assert demo("agreement", "show", "sensitive", user=None).code == 2
