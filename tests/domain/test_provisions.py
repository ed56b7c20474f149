import pytest

from concord.domain.errors import DomainError
from concord.domain.provisions import PartyOffice, ProvisionType, check_provision_parties, party_from_title
from concord.domain.vocab import OfficeKind

CC, PB = OfficeKind.CHIEF_CONSTABLE, OfficeKind.POLICING_BODY
BCH = [PartyOffice(k, f) for f in ("bedfordshire", "cambridgeshire", "hertfordshire") for k in (CC, PB)]


@pytest.mark.parametrize("text, office", [
    ("The Chief Constable of Kent", PartyOffice(CC, "kent")),
    ("Chief Constable of Bedfordshire Police", PartyOffice(CC, "bedfordshire")),
    ("The Police and Crime Commissioner for Thames Valley", PartyOffice(PB, "thames-valley")),
    ("PCC for Herts", PartyOffice(PB, "hertfordshire")),
    ("The Police, Fire and Crime Commissioner for Essex", PartyOffice(PB, "essex")),
])
def test_party_from_title(text: str, office: PartyOffice) -> None:
    assert party_from_title(text) == office


@pytest.mark.parametrize("text", ["Mr John Smith", "Chief Constable John Smith", "Katy Bourne OBE"])
def test_people_are_not_parties(text: str) -> None:
    with pytest.raises(DomainError, match="not a person"):
        party_from_title(text)


def test_unknown_force_office() -> None:
    with pytest.raises(DomainError, match="not known"):
        party_from_title("The Chief Constable of Atlantis")


def test_office_titles_and_kind_checked() -> None:
    assert PartyOffice(CC, "kent").title == "Chief Constable of Kent"
    assert PartyOffice("policing_body", "kent").title == "Police and Crime Commissioner for Kent"
    with pytest.raises(DomainError, match="kind"):
        PartyOffice("sheriff", "kent")  # type: ignore[arg-type]


def test_force_collaboration_with_all_six_corporations_sole() -> None:
    assert check_provision_parties(ProvisionType.FORCE, BCH) == []


def test_force_collaboration_missing_a_policing_body_and_a_concerned_chief() -> None:
    parties = [p for p in BCH if p != PartyOffice(PB, "hertfordshire")]
    assert check_provision_parties("force", parties, ["bedfordshire", "cambridgeshire", "hertfordshire", "kent"]) == [
        "force collaboration provision concerns hertfordshire but its policing body is not a party",
        "force collaboration provision concerns kent but its chief officer is not a party",
        "force collaboration provision concerns kent but its policing body is not a party",
    ]


def test_force_collaboration_without_chiefs() -> None:
    problems = check_provision_parties(ProvisionType.FORCE, [PartyOffice(PB, "kent"), PartyOffice(PB, "essex")])
    assert problems[0] == "force collaboration provision needs the chief officer of each force it concerns"


def test_policing_body_collaboration() -> None:
    assert check_provision_parties(ProvisionType.POLICING_BODY, [PartyOffice(PB, "kent"), PartyOffice(PB, "essex")]) == []
    assert check_provision_parties(ProvisionType.POLICING_BODY, [PartyOffice(PB, "kent"), PartyOffice(CC, "kent")]) == [
        "policing body collaboration provision needs two or more policing bodies as parties"]


def test_policing_body_and_force_collaboration() -> None:
    ok = [PartyOffice(PB, "kent"), PartyOffice(CC, "essex")]
    assert check_provision_parties(ProvisionType.POLICING_BODY_AND_FORCE, ok) == []
    own = [PartyOffice(PB, "kent"), PartyOffice(CC, "kent")]
    assert check_provision_parties(ProvisionType.POLICING_BODY_AND_FORCE, own) == [
        "policing body and force collaboration provision needs a policing body supporting "
        "a force that another policing body maintains"]
    assert "needs one or more chief officers" in check_provision_parties(
        "policing_body_and_force", [PartyOffice(PB, "kent"), PartyOffice(PB, "essex")])[0]


def test_people_duplicates_unknown_forces_and_too_few_parties() -> None:
    problems = check_provision_parties(ProvisionType.POLICING_BODY,
                                       ["Mr J Smith", PartyOffice(PB, "kent"), PartyOffice(PB, "kent")])  # type: ignore[list-item]
    assert problems[0].startswith("'Mr J Smith' is not an office")
    assert "Police and Crime Commissioner for Kent is listed more than once" in problems
    assert "a collaboration agreement needs two or more parties" in problems
    assert "'narnia' is not a known force id" in check_provision_parties(
        ProvisionType.POLICING_BODY, [PartyOffice(PB, "narnia"), PartyOffice(PB, "kent")])
    with pytest.raises(DomainError, match="provision_type"):
        check_provision_parties("mutual aid", BCH)
