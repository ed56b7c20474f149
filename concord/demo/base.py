"""What every part of the demo loader shares: look a row up by its natural
key, add it only when it is missing, and count what was added.

The demo is idempotent because every row is found by a natural key (a
slug, a reference, (forum, date), (table, position)...) before it is
added; nothing already present is changed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from concord.domain.vocab import OfficeKind
from concord.services.reference import office as _office
from concord.store import models as m

T = TypeVar("T")

#: what load_demo() counts, by model, in the order it reports them
LABELS: dict[type, str] = {
    m.Alliance: "alliances", m.AllianceMember: "alliance members", m.Portfolio: "portfolios",
    m.Function: "functions", m.NetRevenueExpenditure: "NREs", m.Agreement: "agreements",
    m.AgreementSummary: "published summaries",
    m.AgreementParty: "agreement parties", m.AgreementFunction: "agreement functions",
    m.AgreementVersion: "agreement versions", m.Renewal: "renewals", m.PartyFollowThrough: "follow-throughs", m.Forum: "forums",
    m.TermsOfReference: "terms of reference", m.ForumMembership: "forum memberships",
    m.Person: "people", m.Meeting: "meetings", m.AgendaItem: "agenda items",
    m.Attendance: "attendances", m.Paper: "papers", m.Minute: "minutes", m.Action: "actions",
    m.Decision: "decisions", m.DecisionNotice: "decision notices",
    m.FinancialTable: "financial tables", m.BudgetLine: "budget lines",
    m.CapitalScheme: "capital schemes", m.MtfpLine: "MTFP lines", m.Project: "projects",
    m.ProjectPhase: "project phases", m.Benefit: "benefits", m.Risk: "risks",
    m.BusinessCase: "business cases", m.BusinessCaseStage: "business case stages",
    m.GatewayReview: "gateway reviews",
}
#: a field of a row that already existed, filled in because it was empty
UPDATED = "fields filled in"

CC = OfficeKind.CHIEF_CONSTABLE
PCC = OfficeKind.POLICING_BODY
BCH = ("bedfordshire", "cambridgeshire", "hertfordshire")
SEVEN = ("bedfordshire", "cambridgeshire", "essex", "hertfordshire", "kent", "norfolk", "suffolk")


def d(text: str) -> dt.date:
    """A date from ISO text, to keep the data tables short."""
    return dt.date.fromisoformat(text)


def pounds(text: str | int) -> Decimal:
    """Exact pounds from text such as '1200000' or '0.50'."""
    return Decimal(str(text))


def thousands(value: int | str | None) -> Decimal | None:
    """A printed £'000 figure as exact pounds; None stays None (a printed dash)."""
    return None if value is None else Decimal(str(value)) * 1000


def _frozen(key: dict[str, Any]) -> tuple:
    return tuple(sorted(key.items()))


_LEAVES: dict[type, bool] = {}


def _is_leaf(model: type) -> bool:
    """No foreign key of any table points at this model's table: its rows never need an id at once."""
    if model not in _LEAVES:
        table = model.__table__  # type: ignore[attr-defined]
        _LEAVES[model] = not any(fk.column.table is table for other in table.metadata.tables.values()
                                 for fk in other.foreign_keys)
    return _LEAVES[model]


class Loader:
    """A session and the tally of rows the demo has added to it."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self.added: Counter[str] = Counter()
        #: rows added but not flushed yet, by (model, natural key): rows no other table refers to
        self.unflushed: dict[tuple[type, tuple], object] = {}

    def find(self, model: type[T], **key: Any) -> T | None:
        if _is_leaf(model):
            pending = self.unflushed.get((model, _frozen(key)))
            if pending is not None:
                return pending  # type: ignore[return-value]
            with self.s.no_autoflush:  # a leaf row's lookup need not write the rows waiting
                return self.s.scalar(sa.select(model).filter_by(**key))
        return self.s.scalar(sa.select(model).filter_by(**key))

    def get(self, model: type[T], **key: Any) -> T:
        """The row with this natural key, which an earlier part of the demo has made."""
        found = self.find(model, **key)
        if found is None:
            raise LookupError(f"demo: no {model.__name__} with {key}")
        return found

    def ensure(self, model: type[T], key: dict[str, Any], **values: Any) -> T:
        """The row with this natural key; added (and counted) only when missing."""
        found = self.find(model, **key)
        if found is not None:
            return found
        if self.unflushed and next(iter(self.unflushed))[0] is not model:
            self.s.flush()  # one batch per kind of row: the write hooks check a row against the kinds before it
            self.unflushed.clear()
        row = model(**key, **values)
        self.s.add(row)
        if _is_leaf(model):  # nothing refers to it: written with the next batch
            self.unflushed[(model, _frozen(key))] = row
        else:
            self.s.flush()  # ids for the rows that refer to it (and the leaves waiting)
            self.unflushed.clear()
        self.added[LABELS[model]] += 1
        return row

    def fill(self, row: object, **values: Any) -> None:
        """Set fields that are still empty; never overwrite what is there."""
        changed = False
        for name, value in values.items():
            if getattr(row, name) is None and value is not None:
                setattr(row, name, value)
                changed = True
        if changed:
            self.s.flush()
            self.unflushed.clear()
            self.added[UPDATED] += 1

    def office(self, kind: OfficeKind, force_id: str) -> m.Office:
        return _office(self.s, kind, force_id)

    def offices(self, forces: tuple[str, ...] | list[str]) -> list[m.Office]:
        """Chief constable then policing body of each force, in the order given."""
        return [self.office(kind, f) for f in forces for kind in (CC, PCC)]

    def person(self, name: str, role: str | None = None) -> m.Person:
        return self.ensure(m.Person, {"name": name}, role=role)

    def counts(self) -> dict[str, int]:
        labels = [*LABELS.values(), UPDATED]
        return {label: self.added.get(label, 0) for label in labels}
