import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.domain.errors import DomainError
from concord.domain.forces import FORCES
from concord.domain.titles import EARLIER, office_title
from concord.domain.vocab import OfficeKind

D = dt.date
CHIEF, BODY = OfficeKind.CHIEF_CONSTABLE, OfficeKind.POLICING_BODY


@pytest.mark.parametrize("force_id, kind, on, title", [
    ("essex", BODY, D(2017, 9, 30), "The Police and Crime Commissioner for Essex"),
    ("essex", BODY, D(2017, 10, 1), "The Police, Fire and Crime Commissioner for Essex"),
    ("staffordshire", BODY, D(2018, 7, 31), "The Police and Crime Commissioner for Staffordshire"),
    ("northamptonshire", BODY, D(2019, 1, 1), "The Police, Fire and Crime Commissioner for Northamptonshire"),
    ("north-yorkshire", BODY, D(2016, 1, 1), "The Police and Crime Commissioner for North Yorkshire"),
    ("north-yorkshire", BODY, D(2020, 1, 1), "The Police, Fire and Crime Commissioner for North Yorkshire"),
    ("north-yorkshire", BODY, D(2024, 5, 7), "The Mayor of York and North Yorkshire"),
    ("cumbria", BODY, D(2023, 3, 31), "The Police and Crime Commissioner for Cumbria"),
    ("hampshire", CHIEF, D(2016, 12, 16), "The Chief Constable of Hampshire Constabulary"),
    ("hampshire", CHIEF, D(2023, 1, 1), "The Chief Constable of Hampshire and Isle of Wight Constabulary"),
    ("city-of-london", CHIEF, D(2016, 1, 1), "The Commissioner of Police of the City of London"),
    ("city-of-london", BODY, None, "The Common Council of the City of London"),
    ("kent", BODY, D(2016, 1, 1), "The Police and Crime Commissioner for Kent"),
    ("kent", CHIEF, None, "The Chief Constable of Kent Police"),
])
def test_title_on_a_date(force_id: str, kind: OfficeKind, on: dt.date | None, title: str) -> None:
    assert office_title(force_id, kind, on) == title


def test_bad_input_is_named() -> None:
    with pytest.raises(DomainError) as err:
        office_title("atlantis", BODY)
    assert err.value.field == "force"
    with pytest.raises(DomainError) as err:
        office_title("kent", "sheriff")
    assert err.value.field == "kind"


@given(st.sampled_from(sorted(FORCES)), st.sampled_from(list(OfficeKind)),
       st.dates(min_value=D(2012, 11, 22), max_value=D(2030, 12, 31)))
def test_a_title_on_or_after_every_change_is_today_s(force_id, kind, on) -> None:  # noqa: ANN001
    changes = [e.until for e in EARLIER if (e.force_id, e.kind) == (force_id, kind)]
    title = office_title(force_id, kind, on)
    assert title.startswith("The ")
    if all(on >= c for c in changes):
        assert title == office_title(force_id, kind)
    else:
        assert title != office_title(force_id, kind)


def test_title_history_runs_from_the_earliest_title_to_todays() -> None:
    import datetime as dt

    from concord.domain.titles import TitleSpan, title_history

    assert title_history("north-yorkshire", "policing_body") == [
        TitleSpan("The Police and Crime Commissioner for North Yorkshire", None, dt.date(2018, 11, 15)),
        TitleSpan("The Police, Fire and Crime Commissioner for North Yorkshire", dt.date(2018, 11, 15),
                  dt.date(2024, 5, 7)),
        TitleSpan(title_history("north-yorkshire", "policing_body")[-1].title, dt.date(2024, 5, 7), None),
    ]
    kent = title_history("kent", "chief_constable")
    assert kent == [TitleSpan("The Chief Constable of Kent Police", None, None)]
