"""The scorer itself: perfect predictions score 1.0, and each kind of
mistake moves precision or recall the way it should."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from devtools.ingest import score as sc

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def gold() -> dict:
    return sc.load(GOLD)


def test_gold_files_have_every_top_level_key():
    for f in GOLD.glob("*.json"):
        data = json.loads(f.read_text(encoding="utf-8"))
        assert set(sc.TYPES) <= set(data), f.name
        for kind in sc.TYPES:
            for rec in data[kind]:
                assert rec["source"] == f.stem + ".txt"


def test_perfect_prediction_scores_one(gold):
    result = sc.score(gold, copy.deepcopy(gold))
    for kind, c in result.per_type.items():
        assert c.f1 == 1.0, kind
    assert result.overall.f1 == 1.0


def test_empty_prediction_scores_zero_recall(gold):
    result = sc.score(gold, {})
    assert result.overall.recall == 0.0
    assert result.overall.tp == 0


def test_missing_record_lowers_recall_only(gold):
    pred = copy.deepcopy(gold)
    pred["decision_notices"].pop()
    c = sc.score(gold, pred).per_type["decision_notices"]
    assert c.precision == 1.0
    assert c.recall < 1.0
    assert c.matched == len(gold["decision_notices"]) - 1


def test_extra_record_lowers_precision_only(gold):
    pred = copy.deepcopy(gold)
    extra = dict(pred["decision_notices"][0], reference="CPCC2019-099")
    pred["decision_notices"].append(extra)
    c = sc.score(gold, pred).per_type["decision_notices"]
    assert c.recall == 1.0
    assert c.precision < 1.0


def test_wrong_field_lowers_precision_and_recall(gold):
    pred = copy.deepcopy(gold)
    pred["reports"][0]["from"] = "Chief Constable"
    c = sc.score(gold, pred).per_type["reports"]
    assert c.fp == 1 and c.fn == 1
    assert c.precision < 1.0 and c.recall < 1.0


def test_null_field_counts_as_missed_not_wrong(gold):
    pred = copy.deepcopy(gold)
    pred["reports"][0]["date"] = None
    c = sc.score(gold, pred).per_type["reports"]
    assert (c.fp, c.fn) == (0, 1)


def test_reference_matching_ignores_spaces(gold):
    pred = copy.deepcopy(gold)
    for d in pred["decision_notices"]:
        d["reference"] = d["reference"].replace("2019-", "2019 -")
    assert sc.score(gold, pred).per_type["decision_notices"].f1 == 1.0


def test_normalisation_of_case_hyphens_and_quotes():
    assert sc.norm("Business Co-Ordination Board") == sc.norm("business coordination board")
    assert sc.norm("Commissioner’s  “Plan”") == sc.norm("Commissioner's \"Plan\"")


def test_long_text_tolerates_small_damage_but_not_truncation():
    text = ("To sign the Section 22A Agreement under the Police Act 1996 (as amended) to approve "
            "the Single Online Home, a national platform for the delivery of a range of online services.")
    assert sc.long_eq(text, text.replace("Police Act", "Police  Act").replace("services.", "services"))
    assert sc.long_eq(text, text.replace("delivery", "de1ivery"))
    assert not sc.long_eq(text, "To sign the Section 22A Agreement")


def test_cost_basis_by_category():
    assert sc.scalar_eq("cost_basis", "net revenue expenditure share",
                        "apportioned on the Net Revenue Expenditure (NRE) of each Force")
    assert not sc.scalar_eq("cost_basis", "net revenue expenditure share", "equal shares")


def test_table_row_counts_only_when_every_value_agrees(gold):
    pred = copy.deepcopy(gold)
    table = next(t for t in pred["tables"] if t["title"].startswith("Medium Term"))
    table["rows"][0]["values"][0] += 1
    c = sc.score(gold, pred).per_type["tables"]
    assert (c.fp, c.fn) == (1, 1)
    hits, total = sc.table_rows_recovered(gold["tables"], pred["tables"])
    assert hits == total - 1


def test_table_columns_ignore_unit_markers():
    assert sc.ELEMENT_EQ["columns"]("Actual YTD £'000", "Actual YTD")


def test_list_fields_compared_as_sets(gold):
    pred = copy.deepcopy(gold)
    m = next(m for m in pred["meetings"] if m["members"])
    m["members"] = list(reversed(m["members"]))[:-1] + ["Somebody Else"]
    c = sc.score(gold, pred).per_type["meetings"]
    assert (c.fp, c.fn) == (1, 1)


def test_records_from_sources_outside_the_gold_are_ignored(gold):
    pred = copy.deepcopy(gold)
    pred["reports"].append(dict(pred["reports"][0], source="other.pdf"))
    assert sc.score(gold, pred).per_type["reports"].f1 == 1.0


def test_project_names_do_not_match_by_subset():
    g = {"documents": [{"source": "a.txt"}], "projects": [{"name": "ICT", "source": "a.txt"}]}
    p = {"documents": [{"source": "a.txt"}], "projects": [{"name": "Seven Force ICT programme", "source": "a.txt"}]}
    assert sc.score(g, p).per_type["projects"].matched == 0


def test_cli_prints_table_and_json(tmp_path, capsys):
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(sc.load(GOLD)), encoding="utf-8")
    assert sc.main([str(GOLD), str(pred)]) == 0
    assert "overall" in capsys.readouterr().out
    assert sc.main([str(GOLD), str(pred), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["overall"]["f1"] == 1.0
