from hypothesis import given, strategies as st

from concord.ingest.dates import add_months, find_dates, parse_date, parse_time
from concord.ingest.ocrfix import repair_email, repair_text


def test_uk_formats():
    assert parse_date("21 September 2016") == "2016-09-21"
    assert parse_date("21st Sept 2016") == "2016-09-21"
    assert parse_date("21/09/2016") == "2016-09-21"
    assert parse_date("September 2016") == "2016-09"
    assert parse_date("Date: 02 December 2016") == "2016-12-02"
    assert parse_date("16     th       December 2016") == "2016-12-16"
    assert parse_date("the 4thAQril 2019") == "2019-04-04"


def test_ocr_ordinal_is_repaired_not_a_time_zone():
    assert parse_date("due to expire on the 3pt March 2019") == "2019-03-31"
    assert parse_date("until 3pt\nMarch 2021") == "2021-03-31"


def test_no_guessing():
    assert parse_date("the 2016 budget") is None
    assert parse_date("25th February") is None
    assert parse_date("2016/17") is None
    assert parse_date("£1.2m in 2019") is None
    assert parse_date("31 February 2019") is None


def test_times_and_months():
    assert parse_time("10.00") == "10:00"
    assert parse_time("2pm") == "14:00"
    assert parse_time("2016/17") is None
    assert add_months("2016-11-30", 3) == "2017-02-28"


def test_email_and_text_repair():
    names = ["Dorothy Gregson"]
    assert repair_email("doroth~.gregson@cambs.~nn.~olice.uk", names)[0] == "dorothy.gregson@cambs.pnn.police.uk"
    assert repair_email("doroth~{gregson@cambs.l2nn.l2olice.uk", names)[0] == "dorothy.gregson@cambs.pnn.police.uk"
    assert repair_email("a.b@x.police.uk") == ("a.b@x.police.uk", 1.0)
    assert repair_text("Section 22A ofthe Act until 3pt March 2021") == "Section 22A of the Act until 31st March 2021"


@given(st.text(max_size=300))
def test_dates_never_crash_and_are_iso(text):
    for d in find_dates(text):
        assert len(d.value) in (7, 10) and d.value[4] == "-"
    parse_time(text)


def test_a_day_glued_to_the_word_before_it_is_read_when_its_ordinal_marks_it():
    # a converter runs a form's label into its value, or a word into the date after it
    assert parse_date("Date10th February 2015 at 12:30") == "2015-02-10"
    assert parse_date("Meeting held on19 th September 2018") == "2018-09-19"
    # a number glued to a word with no ordinal is no day: an item's number before a month
    assert parse_date("Item10 March 2015") == "2015-03"
    assert parse_date("Room4 May 2016") == "2016-05"
