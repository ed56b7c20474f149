from concord.domain.findings import LABELS, Kind


def test_every_kind_has_a_label_for_people() -> None:
    assert set(LABELS) == set(Kind)
    assert all(label[0].isupper() and "_" not in label for label in LABELS.values())
