"""An agreement names each party by its office's title when it became a party."""


def test_a_party_is_named_by_the_title_it_signed_under(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    shown = concord("agreement", "show", "seven-force")
    assert shown.code == 0, shown.err
    parties = shown.out.split("Parties", 1)[1]
    # Essex's PCC signed in March 2016, as a PCC; the office became a PFCC on 1 October 2017
    essex = [ln for ln in parties.splitlines() if "for Essex" in ln and "signed" in ln]
    assert essex and essex[0].strip().startswith("The Police and Crime Commissioner for Essex"), essex
