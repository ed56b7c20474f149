"""One line of an attendee list as bodies print it (extract.attendee_lines); people and places invented."""

from concord.ingest.extract.attendee_lines import body_heading, surname_case, turned, ward, ward_list


def test_a_councillor_and_the_ward_after_a_hyphen():
    block = "Ann Able (Convener)-Northtown North\nBob Baker-Abbey\nCal Cole-Westmoor and Eastmoor\n"
    assert ward_list(block)
    assert [ward(line).group("name") for line in block.splitlines()] == ["Ann Able (Convener)", "Bob Baker", "Cal Cole"]


def test_a_double_surname_or_a_post_is_no_ward():
    assert not ward_list("Ann Smith-Jones\nBob Lee-Hall\nCal Day-Lewis\n")  # nothing shows a ward
    assert ward("Mary Able Non-Executive Director") is None


def test_a_registers_name_surname_first():
    assert turned("MCEWAN, Ms E") == "Ms E McEwan"
    assert turned("ANDERSON, Mr S Chief Superintendent, Northshire") == "Mr S Anderson"
    assert turned("Ann Able, Chair") is None
    assert surname_case("O'NEILL") == "O'Neill" and surname_case("SMITH-JONES") == "Smith-Jones"


def test_a_body_members_sit_for_is_not_the_staff_of_the_meeting():
    assert body_heading("Northshire Police Federation (NPF)")
    assert body_heading("Home Office")
    assert not body_heading("Office of the Police and Crime Commissioner")
    assert not body_heading("Secretariat")
    assert not body_heading("Northshire Constabulary")
    assert not body_heading("In attendance")
