"""Joint audit committee minutes whose minute on the last meeting reports an earlier action's progress under its number
("Action 4/22: the Chief Finance Officer confirmed that the treasury strategy had been circulated", "Action 5/22:
Completed"): no new action; the new action under a later item ("ACTION: Mr Yates to circulate ...") is. Bodies,
people and facts invented; read through the real `concord ingest --json`."""

from tests.ingest.ingesting import ingest_text

MINUTES = """JOINT AUDIT COMMITTEE

MINUTES OF THE MEETING HELD ON 28 SEPTEMBER 2022 AT POLICE HEADQUARTERS, EASTFORD

PRESENT
Independent Members: Mrs P Lane (Chair), Mr R Dunn, Ms S Khan
Office of the PCC: Mr T Ross (Chief Executive), Mrs U Veal (Chief Finance Officer)
External Audit: Mr W Yates (Grant Thornton)

12/22 APOLOGIES AND DECLARATIONS OF INTEREST
12.1 There were no declarations of interest.

13/22 MINUTES OF THE LAST MEETING
13.1 The minutes of the meeting held on 22 June 2022 were agreed as a true record.
13.2 Action 4/22: the Chief Finance Officer confirmed that the treasury strategy had been circulated.
13.3 Action 5/22: Completed.

14/22 EXTERNAL AUDIT PLAN
14.1 Mr Yates presented the audit plan for 2022/23.
ACTION: Mr Yates to circulate the revised fee letter.
ACTION 7/22: the Chief Executive will write to the auditors about the fee.
"""


def test_an_earlier_actions_progress_is_no_new_action(concord, tmp_path):
    out = ingest_text(concord, tmp_path, MINUTES)
    assert [(a["meeting_date"], a["item"], a["text"]) for a in out["actions"]] == [
        ("2022-09-28", "14/22", "Mr Yates to circulate the revised fee letter."),
        ("2022-09-28", "14/22", "the Chief Executive will write to the auditors about the fee.")]
