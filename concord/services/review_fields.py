"""The fields of each proposed record, each read by its own type.

A correction typed at `concord review accept --set FIELD=VALUE` and a
value the extractor proposed go through the same parser: a date is a
date, a time a time of day, money an exact finite amount, a force a
known force id, a list a list. Anything else is refused with the field,
the value as typed and the reason; nothing is written.

Values come back in the extraction format's own shapes (dates as
`YYYY-MM-DD`, times as `HH:MM`, money as a decimal string), so the
handlers that accept records read them as they read the extractor's.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from decimal import Decimal
from typing import Any

from concord.domain.errors import DomainError
from concord.domain.forces import force as force_ref
from concord.domain.money import to_money
from concord.domain.vocab import Unit
from concord.ingest.marking import map_printed

Parser = Callable[[str, Any], Any]

#: the largest amount a paper of the register can hold (a sanity bound, in pounds)
MAX_MONEY = Decimal(10) ** 12
MAX_TEXT = 10_000
MAX_MONTHS = 1200
#: reading what the extractor proposed, not what a person typed: over-long text is cut to fit, as it always was
_PROPOSED: ContextVar[bool] = ContextVar("proposed", default=False)


def shown(value: Any) -> Any:
    """A value as the user typed it (JSON for lists and objects), never a Python repr."""
    return value if isinstance(value, str) or value is None else json.dumps(value, ensure_ascii=False)


def _loose(value: Any) -> Any:
    """A typed value: JSON when it reads as JSON (a list, an object, a number), else the text."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except (json.JSONDecodeError, RecursionError):
            return value
    return value


def text(required: bool = False, limit: int = MAX_TEXT, name: bool = False) -> Parser:
    def parse(field: str, value: Any) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise DomainError(field, shown(value), "is required and may not be blank")
            return None
        if not isinstance(value, str) or isinstance(_loose(value), (list, dict)):
            raise DomainError(field, shown(value), "must be text, not " + _what(_loose(value)))
        value = value.strip()
        if any(ord(c) < 32 and c not in "\n\t" for c in value):
            raise DomainError(field, value, "holds control characters")
        if len(value) > limit:
            if _PROPOSED.get():
                return value[:limit]
            raise DomainError(field, value[:40] + "…", f"is longer than {limit} characters")
        if name and not re.search(r"[^\W\d_]", value):
            raise DomainError(field, value, "must be a name (words), not a number or symbols")
        return value
    return parse


def date(required: bool = False) -> Parser:
    def parse(field: str, value: Any) -> str | None:
        if value is None or value == "":
            if required:
                raise DomainError(field, shown(value), "is required: a date YYYY-MM-DD")
            return None
        if not isinstance(value, str):
            raise DomainError(field, shown(value), "must be a date YYYY-MM-DD, not " + _what(value))
        raw = value.strip()
        try:
            if re.fullmatch(r"\d{4}-\d{2}", raw):
                dt.date.fromisoformat(raw + "-01")
                return raw
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                return dt.date.fromisoformat(raw).isoformat()
        except ValueError:
            raise DomainError(field, value, "is not a date on the calendar (YYYY-MM-DD)") from None
        raise DomainError(field, value, "is not a date (YYYY-MM-DD, or YYYY-MM for a month)")
    return parse


def time_of_day(field: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DomainError(field, shown(value), "must be a time of day HH:MM, not " + _what(value))
    found = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", value)
    if not found or int(found[1]) > 23 or int(found[2]) > 59:
        raise DomainError(field, value, "is not a time of day (HH:MM, from 00:00 to 23:59)")
    return f"{int(found[1]):02d}:{found[2]}"


def money(field: str, value: Any, allow_negative: bool = True) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (list, dict, bool)):
        raise DomainError(field, shown(value), "must be an amount of money, not " + _what(value))
    if isinstance(value, str) and (re.search(r"\d\s+\d", value) or
                                   ("," in value and not _GROUPED.search(value))):
        raise DomainError(field, value, "is not an amount of money: commas only between thousands "
                          "(1,200,000), no spaces inside a number")
    try:
        amount = to_money(value, field, allow_negative=allow_negative)
    except ArithmeticError:
        raise DomainError(field, shown(value), "is not an amount of money a paper holds") from None
    if abs(amount) >= MAX_MONEY:
        raise DomainError(field, shown(value), f"is more than £{MAX_MONEY:,.0f}: not an amount a paper holds")
    return str(amount)


_GROUPED = re.compile(r"^[^\d,]*\d{1,3}(?:,\d{3})+(?:\.\d+)?[^\d,]*$")


def whole(low: int, high: int) -> Parser:
    def parse(field: str, value: Any) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,30}\s*", value):
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise DomainError(field, shown(value), "must be a whole number")
        if not low <= value <= high:
            raise DomainError(field, str(value), f"must be from {low} to {high}")
        return value
    return parse


def force_id(field: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or isinstance(_loose(value), (list, dict)):
        raise DomainError(field, shown(value), "must be one force id (e.g. kent), not " + _what(_loose(value)))
    return force_ref(value.strip(), field).id


def list_of(item: Parser, required: bool = False) -> Parser:
    def parse(field: str, value: Any) -> list:
        value = _loose(value)
        if isinstance(value, str):  # kent,essex: a list typed with commas
            value = [v.strip() for v in value.split(",") if v.strip()]
        if value is None:
            value = []
        if not isinstance(value, list):
            raise DomainError(field, shown(value), "must be a list (e.g. '[\"a\", \"b\"]' or a,b), not "
                              + _what(value))
        out = [item(f"{field}[{i}]", v) for i, v in enumerate(value)]
        if required and not out:
            raise DomainError(field, shown(value), "must hold at least one entry")
        return out
    return parse


def record(fields: Mapping[str, Parser]) -> Parser:
    def parse(field: str, value: Any) -> dict:
        value = _loose(value)
        if not isinstance(value, dict):
            raise DomainError(field, shown(value), "must be an object with " + ", ".join(fields))
        # other keys the extractor adds (a row's section, a scheme's refs) are kept as they are
        return {**value, **{k: p(f"{field}.{k}", value.get(k)) for k, p in fields.items()}}
    return parse


def number(field: str, value: Any) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = _loose(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or \
            value in (float("inf"), float("-inf")) or abs(value) >= MAX_MONEY:
        raise DomainError(field, shown(value), "must be a finite number (or null)")
    return value


def unit(field: str, value: Any) -> str:
    try:
        return Unit(value or "GBP").value
    except (ValueError, TypeError):
        raise DomainError(field, shown(value), "must be one of " + ", ".join(u.value for u in Unit)) from None


def marking(field: str, value: Any) -> str:
    if not isinstance(value, str):
        raise DomainError(field, shown(value), "must be a protective marking such as OFFICIAL, not "
                          + _what(value))
    mapped = map_printed(value, field)
    return mapped.legacy or mapped.marking.value


def flag(field: str, value: Any) -> bool:
    value = _loose(value)
    if isinstance(value, bool):
        return value
    raise DomainError(field, shown(value), "must be true or false")


_COMMON: dict[str, Parser] = {"source": text(), "marking": marking, "held_until_approved": flag,
                              "agenda_item": text(limit=20), "owner": text(limit=200)}
FIELDS: dict[str, dict[str, Parser]] = {
    "decision_notice": {"reference": text(required=True, limit=40), "date": date(),
                        "subject": text(required=True, limit=300, name=True),
                        "decision": text(required=True, name=True), "decision_maker": text(limit=200),
                        "contact_officer": text(limit=200), "policing_body": force_id},
    "report": {"title": text(required=True, limit=300, name=True), "to": text(limit=200),
               "from": text(limit=200), "date": date(), "recommendations": list_of(text()),
               "contact_officer": text(limit=200)},
    "meeting": {"forum": text(required=True, limit=200, name=True), "date": date(required=True),
                "time": time_of_day, "venue": text(limit=300), "members": list_of(text(limit=120, name=True)),
                "in_attendance": list_of(text(limit=120, name=True)),
                "apologies": list_of(text(limit=120, name=True)),
                "items": list_of(record({"number": text(required=True, limit=20), "title": text(limit=300)}))},
    "action": {"meeting_date": date(required=True), "item": text(limit=300), "text": text(required=True),
               "due": date()},
    "agreement": {"title": text(required=True, limit=300, name=True), "parties": list_of(force_id),
                  "lead": force_id, "start_date": date(), "review_date": date(), "end_date": date(),
                  "annual_budget_gbp": lambda f, v: money(f, v, allow_negative=False), "cost_basis": text(limit=200),
                  "notice_period_months": whole(0, MAX_MONTHS)},
    "project": {"name": text(required=True, limit=200, name=True), "lead": force_id, "status": text(limit=40),
                "phases": list_of(record({"name": text(limit=200), "start": date(), "end": date()})),
                "savings": list_of(record({"period": text(limit=40), "predicted_gbp": money,
                                           "actual_gbp": money}))},
    "table": {"title": text(limit=300), "unit": unit, "columns": list_of(text(limit=200)),
              "rows": list_of(record({"label": text(limit=200), "values": list_of(number)}))},
}


def fields_of(record_type: str) -> dict[str, Parser]:
    if record_type not in FIELDS:
        raise DomainError("record_type", record_type, "cannot be accepted into the register")
    return {**_COMMON, **FIELDS[record_type]}


def parse_sets(record_type: str, sets: Mapping[str, str]) -> dict[str, Any]:
    """Corrections typed as FIELD=VALUE, each read by its field's type."""
    known = fields_of(record_type)
    out: dict[str, Any] = {}
    for key, raw in sets.items():
        parser = known.get(key)
        if parser is None:
            raise DomainError("--set", f"{key}={raw}", f"names no field of a {record_type.replace('_', ' ')}: "
                              "its fields are " + ", ".join(sorted(k for k in known if k != "source")))
        out[key] = parser(key, raw)
    return out


def checked(record_type: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The whole proposed record read field by field (unknown keys are kept as they are)."""
    known = fields_of(record_type)
    out = dict(payload)
    token = _PROPOSED.set(True)
    try:
        for key, parser in known.items():
            if key in payload or key in FIELDS[record_type]:
                value = payload.get(key)
                if key == "marking" and value is None:
                    continue
                out[key] = parser(key, value)
    finally:
        _PROPOSED.reset(token)
    return out


def _what(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "text"
