"""A PCC site's listing of decisions as cards, each a title, the site's line saying when it was put up ("Published on 12
May 2021"), the decision's number and a sentence stating what was decided, then "Read more": each card is one record,
its subject the title alone (the published line is the site's, no part of the title), and no card's title is taken
into the card above. Bodies and facts invented; read through the real `concord ingest --json`."""

from tests.ingest.ingesting import ingest_text

CARDS = """Decisions

Purchase of drones
Published on 12 May 2021
Decision number: 045/2021
The Commissioner approved the purchase of four drones.
Read more

Custody healthcare contract
Posted: 19/05/2021
Decision number: 046/2021
The Commissioner approved the custody healthcare contract.
Read more

Victims' services grant
Last updated 26 May 2021
Decision number: 047/2021
The Commissioner approved a grant of £50,000 to the victims' hub.
Read more
"""


def test_cards_with_the_sites_published_line_under_their_titles(concord, tmp_path):
    out = ingest_text(concord, tmp_path, CARDS)
    assert [(r["reference"], r["subject"], r["decision"]) for r in out["decision_notices"]] == [
        ("045/2021", "Purchase of drones", "The Commissioner approved the purchase of four drones."),
        ("046/2021", "Custody healthcare contract", "The Commissioner approved the custody healthcare contract."),
        ("047/2021", "Victims' services grant", "The Commissioner approved a grant of £50,000 to the victims' hub.")]
