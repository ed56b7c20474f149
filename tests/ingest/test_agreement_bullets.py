"""A transparency page headed "Collaboration agreements" in sentence case, over a sentence naming section 22A and a
bulleted list whose entries name the agreement, its forces after a dash and the month it was made in brackets, and
never the word "agreement" (concord/ingest/split.py, extract/agreement_index.py): one agreement an entry, its title
without the forces, its parties the forces. Real forces' names, invented agreements."""

from tests.ingest.ingesting import ingest_text

PAGE = """Collaboration agreements

Section 22A of the Police Act 1996 allows forces and policing bodies to collaborate. The agreements the Commissioner
is party to are listed below.

• Regional Organised Crime Unit – Kent, Essex and Suffolk (April 2019)
• Joint Firearms Training – Kent and Norfolk (June 2020)
• Forensic Services – Kent, Essex, Suffolk and Norfolk (March 2018)
"""


def test_each_bullet_under_the_pages_heading_is_an_agreement(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    assert out["documents"][0]["kind"] == "agreement"
    assert [(a["title"], a["parties"], a["start_date"]) for a in out["agreements"]] == [
        ("Regional Organised Crime Unit", ["essex", "kent", "suffolk"], "2019-04"),
        ("Joint Firearms Training", ["kent", "norfolk"], "2020-06"),
        ("Forensic Services", ["essex", "kent", "norfolk", "suffolk"], "2018-03")]


def test_the_month_in_brackets_after_the_title_and_the_parties_in_a_between_phrase(concord, tmp_path):
    """"• Forensic Services (March 2018) – between the PCCs and Chief Constables of Kent and Essex": the title alone,
    the month it was made, the forces it is made between."""
    page = PAGE.split("•")[0] + (
        "• Regional Organised Crime Unit (April 2019) – between the PCCs and Chief Constables of Kent, Essex and "
        "Suffolk.\n• Joint Firearms Training (June 2020) – with Kent Police and Norfolk Constabulary.\n"
        "• Forensic Services (March 2018) – made between Kent Police, Essex Police, Suffolk Constabulary and "
        "Norfolk Constabulary\n")
    out = ingest_text(concord, tmp_path, page)
    assert [(a["title"], a["parties"], a["start_date"]) for a in out["agreements"]] == [
        ("Regional Organised Crime Unit", ["essex", "kent", "suffolk"], "2019-04"),
        ("Joint Firearms Training", ["kent", "norfolk"], "2020-06"),
        ("Forensic Services", ["essex", "kent", "norfolk", "suffolk"], "2018-03")]


def test_an_item_on_agreements_in_minutes_is_no_agreement_page(concord, tmp_path):
    minutes = ("NORTHSHIRE POLICE AND CRIME PANEL\n\nMinutes of the meeting held on 14 June 2023 at County Hall\n\n"
               "Present: Councillor Ann Roe (Chair), Councillor Bob Hill\n\n1. Apologies\nNone.\n\n"
               "2. Collaboration agreements\n\nThe Commissioner reported on the agreements made under section 22A of "
               "the Police Act 1996 with Essex.\n\n3. Precept\nNoted.\n")
    out = ingest_text(concord, tmp_path, minutes)
    assert out["documents"][0]["kind"] == "minutes" and len(out["meetings"]) == 1
    assert [i["title"] for i in out["meetings"][0]["items"]] == ["Apologies", "Collaboration agreements", "Precept"]
