"""Where a flattened line's numbered items begin (concord.ingest.flat_items), on invented lines."""

from concord.ingest.flat_items import flattened_whole, item_breaks


def test_numbers_counting_up_start_lines_and_each_heading_ends_before_its_minute():
    line = ("Present: Cllr A Able 1 Welcome The Chair welcomed all. 2 Apologies It was noted that Mr B Baker sent "
            "apologies. 3 Minutes of the last meeting The minutes were agreed.")
    assert item_breaks(line).split("\n") == [
        "Present: Cllr A Able", "1 Welcome", "The Chair welcomed all.", "2 Apologies",
        "It was noted that Mr B Baker sent apologies.", "3 Minutes of the last meeting", "The minutes were agreed."]
    assert len(item_breaks(line)) == len(line)  # each break replaces a space: offsets stay


def test_dates_figures_and_references_are_no_items():
    line = ("The panel met on 1 June and again on 2 July. 3 members were absent, 4 per cent of the budget was spent "
            "under paragraph 5 Finance and item 6 Estates.")
    assert item_breaks(line) == line


def test_a_timed_agendas_time_goes_down_with_its_item():
    line = ("PART A 10:20 – 10:25 1. Welcome and Apologies Chair 10:25 – 10:30 2. Urgent Business Chair "
            "10:30 – 10:35 3. Declarations of Interest All")
    assert item_breaks(line).split("\n")[1:] == ["10:20 – 10:25 1. Welcome and Apologies Chair",
                                                 "10:25 – 10:30 2. Urgent Business Chair",
                                                 "10:30 – 10:35 3. Declarations of Interest All"]


def test_a_page_flattened_whole_is_one_line_holding_most_of_it():
    assert flattened_whole("Source: x\n\n" + "word " * 200)
    assert not flattened_whole("Heading\n" + ("A paragraph of ordinary length. " * 3 + "\n") * 20)
