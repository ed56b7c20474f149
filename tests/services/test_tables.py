"""Financial tables read from papers become typed register rows, and their totals are judged."""

from decimal import Decimal

import pytest

from concord.domain.vocab import TableKind, Unit
from concord.services.tables import _table_from_payload
from concord.store.db import Store


def _accept(store: Store, payload: dict):  # noqa: ANN202
    with store.transaction() as s:
        table = _table_from_payload(s, payload)
        s.flush()
        table_id = table.id
    with store.reading() as s:
        from concord.store.models import FinancialTable

        t = s.get(FinancialTable, table_id)
        return t, list(t.lines), list(t.schemes), list(t.mtfp)


def test_revenue_table_in_thousands_with_a_total_that_does_not_cast(store: Store) -> None:
    t, lines, _, _ = _accept(store, {
        "title": "Revenue monitoring", "unit": "GBP_thousands",
        "columns": ["Full Year Budget", "YTD Budget", "YTD Actual", "Variance", "Forecast"],
        "rows": [{"label": "Pay", "values": [100, 50, 48, -2, 99]},
                 {"label": "Non-pay", "values": [40.5, 20, 21, 1, 41]},
                 {"label": "Total", "values": [150.5, 70, 69, -1, 140]}]})
    assert t.kind == TableKind.REVENUE and t.unit == Unit.GBP_THOUSANDS
    assert [ln.full_year_budget for ln in lines] == [Decimal("100000.00"), Decimal("40500.00"), Decimal("150500.00")]
    assert lines[0].ytd_budget == Decimal("50000.00") and lines[0].actual == Decimal("48000.00")
    assert lines[2].is_total
    assert t.casts is False  # 100 + 40.5 = 140.5, printed 150.5: £10k out, beyond rounding
    assert [p["column"] for p in t.cast_problems] == ["full_year_budget"]


def test_capital_table_with_scheme_codes_that_casts(store: Store) -> None:
    t, _, schemes, _ = _accept(store, {
        "title": "Capital programme", "unit": "GBP_thousands",
        "columns": ["Brought forward", "Original programme", "Amendments", "Actual", "Commitments"],
        "rows": [{"label": "CP16/05 Fleet replacement", "values": [10, 200, -5, 90, 20]},
                 {"label": "CP16/07 ICT", "values": [None, 50, 0, 10, 5]},
                 {"label": "Total", "values": [10, 250, -5, 100, 25]}]})
    assert t.kind == TableKind.CAPITAL
    assert schemes[0].code == "CP16/05" and schemes[0].name == "Fleet replacement"
    assert schemes[1].brought_forward is None
    assert t.casts is True


def test_mtfp_table_by_year(store: Store) -> None:
    t, _, _, mtfp = _accept(store, {
        "title": "Budget gaps", "unit": "GBP_millions",
        "columns": ["2017/18", "2018/19"], "rows": [{"label": "Gap", "values": [1.2, 2.5]}]})
    assert t.kind == TableKind.MTFP
    assert [(x.financial_year, x.amount) for x in mtfp] == [(2017, Decimal("1200000.00")), (2018, Decimal("2500000.00"))]


def test_unknown_unit_is_refused(store: Store) -> None:
    from concord.domain.errors import DomainError

    with pytest.raises(DomainError, match="unit"):
        _accept(store, {"title": "x", "unit": "euros", "columns": [], "rows": []})
