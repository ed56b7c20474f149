"""A Welsh office's decision record, a panel's minutes and a report printed in Welsh, read through the real
`concord ingest --json` in a fresh process: the same records as their English forms give. The offices, people and
decisions are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text, one_meeting

DECISION = """Comisiynydd Heddlu a Throseddu Gogledd Cymru

COFNOD PENDERFYNIAD

Rhif y Penderfyniad: PCC/2021/014

Teitl: Cytundeb cydweithio fforensig rhanbarthol

Crynodeb: Mae'r heddluoedd yn cytuno i rannu gwasanaeth fforensig rhanbarthol.

Penderfyniad: Rwy'n cymeradwyo'r cytundeb cydweithio fforensig rhanbarthol.

Swyddog cyswllt: Gwen Morgan, Prif Swyddog Cyllid

Llofnod: Alun Jones

Dyddiad: 12 Mawrth 2021
"""

MINUTES = """Panel Heddlu a Throseddu De Cymru

Cofnodion y cyfarfod a gynhaliwyd ddydd Llun, 21ain Mawrth 2022

Dyddiad: 21 Mawrth 2022
Amser: 2.00 yp
Lleoliad: Siambr y Cyngor, Swyddfeydd y Sir, Llanfair

Yn bresennol: Cynghorydd Alun Prys (Cadeirydd), Cynghorydd Beca Huws, Dafydd Rees

Hefyd yn bresennol: Elin Owen (Prif Weithredwr, SCHTh), Gareth Bowen (Prif Swyddog Cyllid)

Ymddiheuriadau: Cynghorydd Ceri Lloyd

1. Datganiadau o fuddiant

Ni ddatganwyd unrhyw fuddiannau.

2. Cofnodion y cyfarfod blaenorol

Cytunwyd bod y cofnodion yn gywir.

3. Cyllideb 2022/23

Nododd y Panel yr adroddiad.
"""

REPORT = """PANEL HEDDLU A THROSEDDU GOGLEDD CYMRU

Dyddiad: 14 Tachwedd 2022

Pwnc: Adroddiad Blynyddol y Comisiynydd 2021/22

Adroddiad gan: Prif Weithredwr y Comisiynydd

Diben yr adroddiad

Cyflwyno adroddiad blynyddol y Comisiynydd i'r Panel.

Argymhelliad

Bod y Panel yn nodi'r adroddiad blynyddol.

Swyddog cyswllt: Elin Owen, Prif Weithredwr
"""


def test_a_decision_record_in_welsh(concord, tmp_path):
    [d] = ingest_text(concord, tmp_path, DECISION)["decision_notices"]
    assert (d["reference"], d["date"], d["subject"], d["decision_maker"], d["contact_officer"]) == (
        "PCC/2021/014", "2021-03-12", "Cytundeb cydweithio fforensig rhanbarthol", "Alun Jones", "Gwen Morgan")
    assert d["decision"].startswith("Rwy'n cymeradwyo")


def test_minutes_in_welsh(concord, tmp_path):
    m = one_meeting(concord, tmp_path, MINUTES)
    assert (m["forum"], m["date"], m["time"]) == ("Panel Heddlu a Throseddu De Cymru", "2022-03-21", "14:00")
    assert (m["members"], m["in_attendance"], m["apologies"]) == (
        ["Alun Prys", "Beca Huws", "Dafydd Rees"], ["Elin Owen", "Gareth Bowen"], ["Ceri Lloyd"])
    assert len(m["items"]) == 3


def test_a_report_in_welsh(concord, tmp_path):
    [r] = ingest_text(concord, tmp_path, REPORT)["reports"]
    assert (r["title"], r["date"], r["from"], r["contact_officer"]) == (
        "Adroddiad Blynyddol y Comisiynydd 2021/22", "2022-11-14", "Prif Weithredwr y Comisiynydd", "Elin Owen")
    assert r["recommendations"] == ["Bod y Panel yn nodi'r adroddiad blynyddol."]
