"""Budget monitoring tables from random figures: revenue (budget, YTD
budget, actual, variance, forecast, forecast variance) and capital
(scheme codes, brought forward, original, amendments, revised, actual,
commitments, variance), printed in £, £k or £m with bracketed or signed
negatives and '-' for empty cells, with a total row."""

from __future__ import annotations

import random

from devtools.ingest.synth.facts import fy

REVENUE_LINES = ["Police Officer Pay", "Police Staff Pay", "PCSO Pay", "Officer Overtime", "Staff Overtime",
                 "Pensions", "Premises", "Transport", "Supplies and Services", "ICT Contracts",
                 "Third Party Payments", "Training", "Forensics", "Insurance", "Collaboration Contributions",
                 "Capital Financing Costs", "Specific Grants", "Fees and Charges", "Interest Receivable",
                 "Partnership Funding", "Estates Rates", "Vehicle Fuel", "Airwave Charges", "Legal Costs"]
INCOME = {"Specific Grants", "Fees and Charges", "Interest Receivable", "Partnership Funding"}
SCHEMES = ["Custody Suite Refurbishment", "Fleet Replacement", "Body Worn Video Refresh", "Network Upgrade",
           "Control Room Telephony", "Mobile Data Terminals", "Firing Range Works", "Solar Panels Programme",
           "Station Roof Repairs", "ANPR Cameras", "Digital Interview Recording", "Data Centre Migration",
           "Boiler Replacement", "Dog Kennels", "Evidence Store Racking", "Training Centre Extension",
           "Laptop Refresh", "Drone Purchase", "Storage Area Network", "Electric Vehicle Chargers"]
REV_COLS = [("Annual Budget", "Full Year Budget", "Budget"), ("YTD Budget", "Budget to Date", "Profiled Budget"),
            ("YTD Actual", "Actual to Date", "Actual"), ("Variance", "Variance to Date", "YTD Variance"),
            ("Forecast Outturn", "Full Year Forecast", "Projected Outturn"),
            ("Forecast Variance", "Projected Variance", "Outturn Variance")]
CAP_COLS = ["Brought Forward", "Original Budget", "Amendments", "Revised Budget", "Actual", "Commitments",
            "Variance"]
UNITS = {"GBP": ("£", 1), "GBP_thousands": ("£'000", 1000), "GBP_millions": ("£m", 1_000_000)}


def _fmt(v: float | None, unit: str, style: dict) -> str:
    if v is None or (v == 0 and style["dash_zero"]):
        return "-"
    neg = v < 0
    s = f"{abs(v):,.1f}" if unit == "GBP_millions" else f"{abs(round(v)):,}"
    if style["pound_cells"] and unit == "GBP":
        s = "£" + s
    if neg:
        s = f"({s})" if style["brackets"] else f"-{s}"
    return s


def _expect(v: float | None, style: dict) -> float | None:
    return None if v is None or (v == 0 and style["dash_zero"]) else v


def _style(rng: random.Random) -> dict:
    return {"dash_zero": rng.random() < 0.5, "brackets": rng.random() < 0.5, "pound_cells": rng.random() < 0.3,
            "unit_in": rng.choice(["caption", "header"])}


def _value(rng: random.Random, unit: str, lo: int, hi: int) -> float:
    gbp = rng.randint(lo, hi)
    return round(gbp / 1_000_000, 1) if unit == "GBP_millions" else (gbp // 1000 if unit == "GBP_thousands" else gbp)


def _caption(rng: random.Random, text: str, unit: str, style: dict) -> str:
    sym = UNITS[unit][0]
    if style["unit_in"] == "caption":
        return f"{text} ({rng.choice(['all figures ', ''])}{sym})"
    return text


def revenue(rng: random.Random, source: str, n: int | None = None) -> dict:
    unit = rng.choice(list(UNITS))
    style = _style(rng)
    lo, hi = (200_000, 40_000_000) if unit != "GBP" else (5_000, 900_000)
    year, month = rng.randint(2015, 2024), rng.randint(2, 11)
    rows = []
    for label in rng.sample(REVENUE_LINES, n or rng.randint(5, 14)):
        sign = -1 if label in INCOME else 1
        b = sign * _value(rng, unit, lo, hi)
        ytd = round(b * month / 12, 1 if unit == "GBP_millions" else None) if rng.random() < 0.9 else 0
        act = round(ytd * rng.uniform(0.9, 1.1), 1 if unit == "GBP_millions" else None) if rng.random() < 0.95 else 0
        fc = round(b * rng.uniform(0.93, 1.07), 1 if unit == "GBP_millions" else None)
        rows.append([label, b, ytd, act, round(act - ytd, 1), fc, round(fc - b, 1)])
    tot = ["Total"] + [round(sum(r[i] for r in rows), 1) for i in range(1, 7)]
    rows.append([rng.choice(["Total", "Net Revenue Expenditure", "Total Net Expenditure"])] + tot[1:])
    cols = [rng.choice(c) for c in REV_COLS]
    title = rng.choice(["Revenue Budget Monitoring", "Revenue Outturn Summary", "Budget Monitoring Statement"])
    title = _caption(rng, f"{title} Month {month} {fy(year)}", unit, style)
    return _build(title, unit, style, cols, rows, source, codes=None)


def capital(rng: random.Random, source: str, n: int | None = None) -> dict:
    unit = rng.choice(["GBP", "GBP_thousands", "GBP_thousands", "GBP_millions"])
    style = _style(rng)
    year = rng.randint(2015, 2024)
    lo, hi = (10_000, 3_000_000) if unit != "GBP_millions" else (100_000, 9_000_000)
    rows, codes = [], []
    for i, scheme in enumerate(rng.sample(SCHEMES, n or rng.randint(4, 12))):
        bf = _value(rng, unit, lo, hi) if rng.random() < 0.4 else 0
        orig = _value(rng, unit, lo, hi) if rng.random() < 0.85 else 0
        amend = (_value(rng, unit, lo, hi // 4) * rng.choice([1, -1])) if rng.random() < 0.3 else 0
        rev = round(bf + orig + amend, 1)
        act = round(rev * rng.uniform(0, 0.8), 1 if unit == "GBP_millions" else None)
        com = round(rev * rng.uniform(0, 0.2), 1 if unit == "GBP_millions" else None)
        rows.append([scheme, bf, orig, amend, rev, act, com, round(act + com - rev, 1)])
        codes.append(f"CP{year % 100:02d}/{i + 1:02d}" if rng.random() < 0.5 else f"{year % 100:02d}-{rng.randint(100, 999)}")
    rows.append(["Total"] + [round(sum(r[i] for r in rows), 1) for i in range(1, 8)])
    codes.append("")
    title = _caption(rng, f"Capital Programme Monitoring {fy(year)}", unit, style)
    return _build(title, unit, style, list(CAP_COLS), rows, source, codes=codes)


def _build(title: str, unit: str, style: dict, cols: list[str], rows: list[list], source: str,
           codes: list[str] | None) -> dict:
    norm = (lambda v: int(v) if float(v).is_integer() else v) if unit != "GBP_millions" else (lambda v: v)
    rows = [[r[0]] + [norm(v) for v in r[1:]] for r in rows]
    sym = UNITS[unit][0]
    header = [f"{c} {sym}" if style["unit_in"] == "header" else c for c in cols]
    printed = [[r[0]] + [_fmt(v, unit, style) for v in r[1:]] for r in rows]
    if codes is not None:
        header = ["Scheme", "Code"] + header
        printed = [[p[0], c] + p[1:] for p, c in zip(printed, codes)]
    else:
        header = ["" if style["unit_in"] == "caption" else sym] + header
    expected = {"title": title, "unit": unit, "columns": cols,
                "rows": [{"label": r[0], "values": [_expect(v, style) for v in r[1:]]} for r in rows],
                "source": source}
    if codes is not None:
        for er, c in zip(expected["rows"], codes):
            if c:
                er["code"] = c
    return {"caption": title, "header": header, "rows": printed, "expected": expected}
