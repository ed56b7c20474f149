"""The genre of a paper from its words (``concord.ingest.genre_model``), where no cue of any genre matched: the
model is what the development corpus gives, it tells apart the kinds of papers of bodies it never saw (leave one
body out), and through ``concord ingest`` it names the kind of a paper no rule reads while leaving a letter or a
news item ``other``. Bodies, people and places invented."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from concord.ingest import genre_model
from concord.ingest.extract.kinds import top_date
from devtools.ingest import genre_train
from tests.ingest.ingesting import ingest_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "ingest" / "corpus"

# minutes in running prose: no heading, label or numbered item any rule reads
MINUTES_PROSE = """Northshire Community Safety Board

Gathering on Tuesday in the committee room

Councillor Ann Other took the chair. Present were the vice chair and four members of the board; officers of the
force were in attendance.

Apologies for absence were received from Councillor Bea Smith. There were no declarations of interest.

The notes of the last gathering were confirmed as a correct record and signed by the chair.

Members received an update on neighbourhood work and asked how it would be kept under review. Resolved that the
update be noted.

The board heard from the force's lead for rural crime. Members asked about the number of thefts of farm machinery
reported since the spring and how quickly calls were answered. The lead agreed to circulate the figures to members
before the next gathering. Resolved that the report be noted and the figures be circulated.

The chair thanked members and officers for their attendance and closed the gathering at half past eleven.
"""

LETTER = """Dear Mr Green

Thank you for your letter of 3 March about parking on the high street. I have passed your concerns to the local
policing team, who will look into the matter and write to you.

Yours sincerely

Jane Smith
Chief Executive
"""


def test_the_committed_model_is_what_the_development_corpus_gives():
    ran = subprocess.run([sys.executable, "-m", "devtools.ingest.genre_train", "--corpus", str(CORPUS), "--check"],
                         cwd=ROOT, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "up to date" in ran.stdout


def test_the_model_tells_apart_the_papers_of_bodies_it_never_saw():
    rows = genre_train.examples(CORPUS)
    assert len({body for _, (body, _, _) in rows}) >= 50
    accuracy, misses = genre_train.cross_validate(rows)
    assert accuracy >= 0.85, misses


def test_words_of_a_web_address_and_a_pdf_glyph_are_no_words_of_the_paper():
    found = genre_model.features("Source: https://example.org/minutes.html\n\nAgenda (cid:12)\nSee www.panel.gov.uk/x\n")
    assert "^agenda" in found and "agenda" in found
    assert not {"minutes", "html", "example", "panel", "cid"} & {w.lstrip("^") for w in found}


def test_a_paper_no_rule_reads_is_named_by_its_words(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, MINUTES_PROSE)
    [doc] = out["documents"]
    assert doc["kind"] == "minutes"
    assert "its words" in doc["reason"] and "no record made" in doc["reason"]
    assert not out["meetings"]  # the kind only: no record is made from words alone


def test_a_letter_says_too_little_to_be_named(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, LETTER)
    [doc] = out["documents"]
    assert doc["kind"] == "other"
    assert genre_model.guess(LETTER) is None


# minutes' words beside those of a plan (budget, funding, strategic): the model leans to minutes, not surely
UNSURE = """Northshire Community Safety Board

The board met in the Council Chamber on Tuesday.

Councillor Ann Other was in the chair. Also present were the vice chair, members of the board and officers of the force.

Apologies for absence were received from two members. There were no declarations of interest.

The minutes of the last meeting were confirmed as a correct record.

The board received an update on the strategic plan and the budget. Members asked how funding for communities would be allocated and the service working areas were set out. Resolved that the update be noted and the chair write to the government about funding.

Members discussed the board's work programme for the year, the reports it expects from partners and the dates
on which the strategic plan and the budget will be considered. The vice chair asked that funding for communities be
set out area by area.

The next meeting will be held in the same room.
"""


# a report's sentences, added one by one to the minutes above: somewhere between the two the words say neither surely
REPORT_SENTENCES = ["The purpose of this paper is to set out the budget for the coming year.",
                    "Background: the plan was agreed last year and funding has since been reduced.",
                    "Financial implications: the savings required are set out in the appendix.",
                    "Risks: the main risks are the level of funding and the costs of the scheme.",
                    "Recommendation: that the board notes the plan and the budget."]


def test_explain_says_what_the_words_suggest_when_the_model_is_not_sure(concord, tmp_path: Path):
    # the mixture the model is least sure of (the counts are retrained as the corpus grows: no one text stays unsure)
    mixes = [UNSURE + "\n" + "\n\n".join(REPORT_SENTENCES[:k]) + "\n" for k in range(len(REPORT_SENTENCES) + 1)]
    text = min(mixes, key=lambda t: genre_model.guess(t).probability)  # type: ignore[union-attr]
    guess = genre_model.guess(text)
    assert guess is not None and guess.probability < genre_model.SURE
    p = tmp_path / "unsure.txt"
    p.write_text(text, encoding="utf-8")
    ran = concord("ingest", str(p), "--explain")
    assert ran.code == 0, ran.err
    assert "kind other" in ran.out
    assert f"are those of {guess.kind.replace('_', ' ')} papers" in ran.out
    assert "not sure enough to name its kind" in ran.out


# minutes that print a report within an item: a minutes part and a report part, which alone would make a "pack"
MINUTES_WITH_REPORT = """Minutes of the Westshire Police and Crime Panel held on 4 June 2020 at 10.00 am at Shire Hall, Westport

Present: Councillor Ann Other (Chair), Councillor Bob Hill, Councillor Cat Ray, Mr Dan Fox (Independent Member)

Also present: Ms Eve Long (Police and Crime Commissioner), Mr Fred Cole (Chief Executive, OPCC)

Apologies: Councillor Gus Park

1. Declarations of interest
There were no declarations of interest.

2. Minutes of the meeting held on 5 March 2020
Resolved that the minutes of the meeting held on 5 March 2020 be confirmed as a correct record and signed by the chair.

3. Commissioner's update
The Commissioner gave an update on recruitment and on the force's response to calls. Members asked about rural crime and
the number of officers in each area. Resolved that the update be noted.

4. Complaints received
The panel received the report set out below.

To: Westshire Police and Crime Panel
From: Chief Executive, Office of the Police and Crime Commissioner
Date: 4 June 2020
Subject: Complaints received

1. Purpose
To inform members of the complaints received since the last meeting.

2. Recommendation
That the panel notes the report.

Resolved that the report be noted.

5. Date of the next meeting
The next meeting will be held on 3 September 2020.
"""


def test_minutes_with_a_report_inside_are_minutes_not_a_pack(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, MINUTES_WITH_REPORT)
    [doc] = out["documents"]
    assert doc["kind"] == "minutes"
    assert doc["date"] == "2020-06-04"
    assert "read as one paper of minutes" in doc["reason"]
    [m] = out["meetings"]
    assert m["members"] == ["Ann Other", "Bob Hill", "Cat Ray", "Dan Fox"]


def test_a_real_agenda_pack_stays_a_pack(concord):
    # the development corpus's packs are an agenda with its papers: the words say agenda, which never unmakes a pack
    for pid in ("thames-valley-jiac-pack-2017-12-13", "thames-valley-level1-2019-11-29"):
        ran = concord("ingest", str(CORPUS / "papers" / f"{pid}.txt"), "--json")
        assert ran.code == 0, ran.err
        assert json.loads(ran.out)["documents"][0]["kind"] == "pack"


def test_a_paper_named_by_its_words_is_dated_by_the_first_date_at_its_top():
    assert top_date("Source: x\n\nEastshire Board\nNotes of the meeting, Tuesday 14 May 2019\n\n1. Minutes of 2 March 2019\n") \
        == "2019-05-14"
    # an item's heading naming two earlier meetings dates neither the paper nor anything after it
    assert top_date("MINUTES OF THE MEETINGS HELD ON 2 MARCH 2012 AND 30 MARCH 2012\nFriday 25 May 2012\n") is None
    # a page flattened onto one line: a date far into it is the business's, not the heading's
    assert top_date("MEMBERS PRESENT " + "Jo Roe " * 40 + "the meeting of 2 March 2012 was noted\n") is None


def test_a_record_with_papers_of_two_other_kinds_beside_it_stays_a_pack(concord):
    # the sample decision record is followed by its report and the agreement it signs: a pack, whatever its words say
    seed = ROOT.parent / "shared" / "seeds" / "001_7ee0042519c720e7.txt"
    ran = concord("ingest", str(seed), "--json")
    assert ran.code == 0, ran.err
    doc = json.loads(ran.out)["documents"][0]
    assert doc["kind"] == "pack"
    assert genre_model.guess(seed.read_text(encoding="utf-8")).kind == "decision_notice"  # the words alone say so
