"""What a complete agreement covers (rule 16): the checklist and what a draft lacks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from concord.domain.errors import DomainError


class Topic(StrEnum):
    PARTIES = "parties"
    PROVISION_TYPES = "provision types"
    FUNCTIONS = "functions"
    LEAD_FORCE = "lead force"
    DIRECTION_AND_CONTROL = "direction and control"
    GOVERNANCE = "governance and accountability"
    TERM_AND_REVIEW = "term and review"
    VARIATION = "variation"
    FUNDING = "funding and cost formula"
    ASSETS = "assets"
    STAFF = "staff"
    LIABILITIES = "liabilities"
    COMPLAINTS = "complaints"
    HEALTH_AND_SAFETY = "health and safety"
    DATA_PROTECTION_AND_FOI = "data protection and foi"
    DISPUTE_RESOLUTION = "dispute resolution"
    WITHDRAWAL_AND_EXIT = "withdrawal and exit"
    PUBLICATION = "publication"


CHECKLIST: tuple[Topic, ...] = tuple(Topic)


def _key(text: str) -> str:
    s = str(text).lower().replace("&", " and ").replace("_", " ").replace("-", " ")
    s = re.sub(r"[^a-z ]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


_LOOKUP = {**{_key(t.value): t for t in Topic}, **{_key(t.name): t for t in Topic},
           "governance": Topic.GOVERNANCE, "funding": Topic.FUNDING, "cost formula": Topic.FUNDING,
           "term": Topic.TERM_AND_REVIEW, "withdrawal": Topic.WITHDRAWAL_AND_EXIT, "exit": Topic.WITHDRAWAL_AND_EXIT,
           "data protection": Topic.DATA_PROTECTION_AND_FOI, "freedom of information": Topic.DATA_PROTECTION_AND_FOI}


def topic(text: str | Topic, field: str = "topic") -> Topic:
    """The checklist topic a word or phrase names, or a DomainError."""
    found = _LOOKUP.get(_key(text))
    if found is None:
        raise DomainError(field, text, "is not a checklist topic: one of " + ", ".join(t.value for t in Topic))
    return found


def missing_topics(covered: Iterable[str | Topic]) -> list[Topic]:
    """Topics of the checklist a draft does not cover, in checklist order."""
    have = {topic(c, "covered") for c in covered}
    return [t for t in CHECKLIST if t not in have]


#: topics the register itself can show are dealt with, whatever the text was read to cover
RECORDED_HOW: dict[Topic, str] = {
    Topic.PARTIES: "parties recorded",
    Topic.PROVISION_TYPES: "provision types of clauses recorded",
    Topic.FUNCTIONS: "functions recorded",
    Topic.LEAD_FORCE: "lead force recorded",
    Topic.TERM_AND_REVIEW: "end or review date recorded",
    Topic.FUNDING: "cost basis recorded",
    Topic.WITHDRAWAL_AND_EXIT: "notice period or commitment for the duration recorded",
}


def checklist_status(covered: Iterable[str | Topic], recorded: Iterable[Topic]) -> list[tuple[Topic, str | None]]:
    """Each topic of the checklist in order, with how it is covered (the text, or what the
    register records), or None where it is missing (rule 16)."""
    text = {topic(c, "covered") for c in covered}
    held = set(recorded)
    out: list[tuple[Topic, str | None]] = []
    for t in CHECKLIST:
        if t in text:
            out.append((t, "the agreement's text covers it"))
        elif t in held:
            out.append((t, RECORDED_HOW.get(t, "recorded in the register")))
        else:
            out.append((t, None))
    return out
