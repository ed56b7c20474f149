"""Rule 15: an agreement whose full text would reveal tactics is published as a summary.

The summary says what the agreement is for and how it is run, never how the
work is done: its title, objective, scope, term, termination, direction and
control, and governance. A summary is published only when it says all seven,
is marked no higher than OFFICIAL and an approver has approved it.
"""

from __future__ import annotations

from collections.abc import Mapping

from concord.domain.errors import DomainError
from concord.domain.markings import Marking

#: the parts of a published summary, in the order the rule gives them, with what a person calls them
PARTS: dict[str, str] = {
    "title": "title",
    "objective": "objective",
    "scope": "scope",
    "term": "term",
    "termination": "termination",
    "direction_and_control": "direction and control",
    "governance": "governance",
}


def missing(values: Mapping[str, str | None]) -> list[str]:
    """The parts (as a person calls them) a summary does not yet say, in the rule's order."""
    return [label for part, label in PARTS.items() if not (values.get(part) or "").strip()]


def check_publishable(values: Mapping[str, str | None], marking: Marking) -> None:
    """A DomainError naming what stops a summary from being approved for publication."""
    gaps = missing(values)
    if gaps:
        raise DomainError("summary", ", ".join(gaps), ("is" if len(gaps) == 1 else "are") + " not yet written: "
                          "a published summary says all of " + ", ".join(PARTS.values()))
    if marking != Marking.OFFICIAL:
        raise DomainError("marking", marking.value, "is above OFFICIAL: a published summary must be OFFICIAL")
