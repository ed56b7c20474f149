"""Council police committees' minutes as hosts and councils print them, read through the real `concord ingest --json`
in a fresh process: a host's flattened preview over the paper's own lines (one meeting, not two), a host's file name
over the minutes, a mayor's style and aldermen among the members, apologies "intimated" or "accepted on behalf of",
surnames with Mac, a fire and rescue service's name with "&", and a capitals agenda whose page range splits a title.
The councils, people and items are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text, one_meeting

PREVIEW = """12
500123 OFFICIAL 1 NORTHTOWN POLICING BOARD MINUTES OF MEETING OF THE NORTHTOWN POLICING BOARD HELD ON THURSDAY 5 MARCH 2020 AT 10.00AM IN RIVERSIDE HOUSE, NORTHTOWN. PRESENT: Mrs Ann Able (Chair) Mr Ben Brook Ms Cara Cole Dr Dan Dale OFFICIALS IN ATTENDANCE: Mrs Eve Ellis, Chief Executive Mr Fred Finch, Director of Resources

  • Upload
    others

Page 1: NORTHTOWN POLICING BOARD MINUTES OF MEETING …

500123 OFFICIAL 1

NORTHTOWN POLICING BOARD

MINUTES OF MEETING OF THE NORTHTOWN POLICING BOARD

HELD ON THURSDAY 5 MARCH 2020 AT 10.00AM IN RIVERSIDE HOUSE,

NORTHTOWN.

PRESENT:

Mrs Ann Able (Chair)

Mr Ben Brook

Ms Cara Cole

Dr Dan Dale

OFFICIALS IN ATTENDANCE:

Mrs Eve Ellis, Chief Executive

Mr Fred Finch, Director of Resources
"""

DOCSTOC = """Document Sample
Police-Liaison-Committee-12th-March-2002 Powered By Docstoc
					NORTHTOWN BOROUGH COUNCIL Minutes of the Meeting of the Police Liaison Committee held in the Civic Centre, Northtown on Tuesday, 12th March 2002 at 7:00 pm PRESENT: Councillor A Hart (Chairman) His Worship the Mayor Councillor B Bell Alderman C Cole Councillors D Dunn, E Eyre and F Ford IN ATTENDANCE: Mr G Gray, Senior Engineer 1. Minutes It was agreed that the minutes of the Meeting held on 10 January 2002 be adopted and signed.


Apologies It was agreed to accept apologies for non-attendance at the Meeting on behalf of the Deputy Mayor, Councillor H Hill, and Councillor J Jones.
"""

SCOTTISH = """Local Police & Fire Scrutiny Committee

Thursday 6 June 2019 at 2pm

Present: Councillors Baird, Crowe, J MacLeod and McVey.

In attendance: Inspector P Lamb (for Chief Superintendent G Ross) and Sergeant J Lowe, Police Scotland, Area Manager G Bain and Group Manager D McCall, Scottish Fire & Rescue Service.

401 Apologies, Substitutions and Declarations of Interest

Apologies for absence were intimated on behalf of Councillors MacDonald, Moran and Wilson.

No declarations of interest were intimated.
"""

CAPS_AGENDA = """14 August 2019 A Meeting of the Community Safety Committee will be held in the Council Chamber, 2 High Street, Northtown, NT1 5PH on Wednesday, 21 August 2019 at 09:30. Members: Councillor Ann Able (Convener) Councillor Ben Brook Page 1 of 60 Community Safety Committee Wednesday, 21 August 2019 AGENDA 1 WELCOME AND APOLOGIES 2 DECLARATIONS OF INTEREST 3 MINUTE OF MEETING OF THE COMMUNITY SAFETY 5 - 12 COMMITTEE OF 15 MAY 2019 FOR APPROVAL (copy herewith) 4 LOCAL POLICING PLAN UPDATE 13 - 36 Report by Chief Superintendent A Todd (copy herewith 19/222) 5 FIRE AND RESCUE SERVICE PERFORMANCE 37 - 50 Report by Area Manager G Pryde (copy herewith 19/223)
"""


def test_a_hosts_preview_over_the_paper_is_one_meeting(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PREVIEW)
    assert out["documents"][0]["kind"] == "minutes"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Northtown Policing Board", "2020-03-05", "10:00")
    assert m["members"] == ["Ann Able", "Ben Brook", "Cara Cole", "Dan Dale"]
    assert m["in_attendance"] == ["Eve Ellis", "Fred Finch"]


def test_a_hosts_file_name_a_mayor_and_aldermen(concord, tmp_path):
    out = ingest_text(concord, tmp_path, DOCSTOC)
    assert "Docstoc" not in (out["documents"][0]["title"] or "")
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"]) == ("Police Liaison Committee", "2002-03-12", "19:00")
    assert m["members"] == ["A Hart", "B Bell", "C Cole", "D Dunn", "E Eyre", "F Ford"]
    assert m["apologies"] == ["H Hill", "J Jones"]


def test_apologies_intimated_and_a_fire_and_rescue_service(concord, tmp_path):
    m = one_meeting(concord, tmp_path, SCOTTISH)
    assert m["members"] == ["Baird", "Crowe", "J MacLeod", "McVey"]
    assert m["in_attendance"] == ["P Lamb", "J Lowe", "G Bain", "D McCall"]
    assert m["apologies"] == ["MacDonald", "Moran", "Wilson"]


def test_a_page_range_inside_a_title_in_capitals(concord, tmp_path):
    m = one_meeting(concord, tmp_path, CAPS_AGENDA)
    assert m["items"][2]["title"].startswith("MINUTE OF MEETING OF THE COMMUNITY SAFETY COMMITTEE OF 15 MAY 2019")


BOARD = """NORTHTOWN POLICING BOARD

MINUTES OF THE PERFORMANCE COMMITTEE MEETING HELD ON THURSDAY 8 DECEMBER 2016 AT 9.30AM, RIVERSIDE HOUSE

PRESENT: Mr Neil Mason (Chairperson), Ms Rita Moore, Mr Gary Kent

1. APOLOGIES

Apologies for the meeting were received from Dr Paula Nash and Mr Daniel Ross.

2. MINUTES

The minutes of the meeting held on 10 November 2016 were approved.
"""

MAYOR = DOCSTOC.replace("on behalf of the Deputy Mayor, Councillor H Hill,",
                        "on behalf of The Right Worshipful the Mayor, Councillor H Hill,")


def test_apologies_for_the_meeting_and_a_mayors_style(concord, tmp_path):
    assert one_meeting(concord, tmp_path, BOARD)["apologies"] == ["Paula Nash", "Daniel Ross"]
    assert one_meeting(concord, tmp_path, MAYOR)["apologies"] == ["H Hill", "J Jones"]


FLAT_AGENDA = """Community Safety Committee Thursday, 22 August 2019 NOTICE IS HEREBY GIVEN that a Meeting of the Community Safety Committee is to be held at Council Chambers, High Street, Northtown, NT30 1BX on Thursday, 22 August 2019 at 09:30. BUSINESS 1 Apologies 2 Declarations of Interest * 3 Minute of Meeting dated 21 February 2019 7 - 10 4 Police Performance 11 - 42 Report by Chief Superintendent Ann Able, Police Scotland 5 Digital Policing Programme 43 - 44 Verbal report by Chief Superintendent Ann Able Page 1 6 Resolution Consider, and if so decide, adopt the following resolution: "That the public be excluded from the meeting for Item 8 of business.” 7 Question Time *** Consider any oral question on matters delegated to the Committee. Item which the Committee may wish to consider with the Press and Public excluded 8 Police Operational Update [Para 14] • Information relating to action taken in connection with the prevention of crime.
"""


def test_a_flattened_business_list_its_titles_without_presenters_marks_or_notes(concord, tmp_path):
    m = one_meeting(concord, tmp_path, FLAT_AGENDA)
    assert [i["title"] for i in m["items"]] == [
        "Apologies", "Declarations of Interest", "Minute of Meeting dated 21 February 2019", "Police Performance",
        "Digital Policing Programme", "Resolution", "Question Time", "Police Operational Update"]
