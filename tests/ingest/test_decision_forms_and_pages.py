"""Decision records in two shapes bodies print: a key decision form that asks for a decision ("Decision required") and
then records the one taken, its number in three parts ("KD 2023 003") over a "Date decision taken" line; and a site's
page for one decision, under the site's breadcrumb, its title over its number a blank line apart, a "Summary" that
opens by saying what was decided and a link to the signed notice's file at its foot. Bodies and facts invented; read
through the real `concord ingest --json`."""

from tests.ingest.ingesting import ingest_text

KEY_DECISION = """Key Decision Form

Decision required
Approval of the 2023/24 treasury management strategy.

Decision taken
The Police, Fire and Crime Commissioner approved the treasury management strategy for 2023/24.

Decision number: KD 2023 003
Date decision taken: 15 February 2023
Decision taken by: Police, Fire and Crime Commissioner
"""

PAGE = """Home > Decisions > Estates strategy refresh

Estates strategy refresh

Decision number: 118
Date published: 9 August 2023
Decision date: 2 August 2023

Summary
The Commissioner has agreed the refreshed estates strategy for 2023 to 2028, which closes three front counters and \
opens two shared sites with the fire service.

Documents
Decision notice 118 (PDF, 212KB)
"""


def test_a_key_decision_form_records_the_decision_taken_not_the_one_asked_for(concord, tmp_path):
    [rec] = ingest_text(concord, tmp_path, KEY_DECISION)["decision_notices"]
    assert rec["reference"] == "KD2023003"  # every part of the number, not "KD2023"
    assert rec["decision"] == ("The Police, Fire and Crime Commissioner approved the treasury management strategy for "
                               "2023/24.")
    assert (rec["date"], rec["decision_maker"]) == ("2023-02-15", "Police, Fire and Crime Commissioner")


def test_a_sites_page_for_one_decision(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    [rec] = out["decision_notices"]
    assert (rec["reference"], rec["subject"], rec["date"]) == ("118", "Estates strategy refresh", "2023-08-02")
    assert rec["decision"].startswith("The Commissioner has agreed the refreshed estates strategy for 2023 to 2028")
    assert out["documents"][0]["title"] == "Estates strategy refresh"
