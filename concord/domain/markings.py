"""Protective markings (rules 11 and 18).

Legacy markings (before the Government Security Classifications of April
2014) are mapped and kept verbatim beside the mapped value:
- PROTECT (any descriptor) → OFFICIAL
- RESTRICTED → OFFICIAL-SENSITIVE
- CONFIDENTIAL → SECRET (the higher of its two possible successors: a
  person may confirm a lower marking; the system never lowers one itself)
- NOT PROTECTIVELY MARKED / UNCLASSIFIED → OFFICIAL
Welsh bodies print the same markings in Welsh, alone or beside the
English, and the Welsh wording is kept verbatim beside the mapped value:
- SWYDDOGOL → OFFICIAL; SWYDDOGOL-SENSITIF → OFFICIAL-SENSITIVE
- CYFRINACH → SECRET; CYFRINACH IAWN → TOP SECRET
A marking printed in both languages ("OFFICIAL-SENSITIVE / SWYDDOGOL-
SENSITIF") is read as the stricter of the two.
"... until Approved" (draft minutes: "PROTECT until Approved") means the
paper is held until it is approved.

Publication: the public register never shows a paper above OFFICIAL
(a person must first change its marking), nor one held until approved
before it is approved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from concord.domain.errors import DomainError
from concord.domain.vocab import MinuteStatus


class Marking(StrEnum):
    """Government Security Classifications (2014), in rising order."""

    OFFICIAL = "OFFICIAL"
    OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"
    SECRET = "SECRET"
    TOP_SECRET = "TOP SECRET"

    @property
    def level(self) -> int:
        return list(Marking).index(self)


_UNTIL_APPROVED = re.compile(r"[\s,;:(\[\u2010-\u2015-]*[(\[]?\s*(?:held\s+)?until\s+approved\s*[)\]]?\s*$", re.I)
#: dashes, underscores, brackets and stops that printed markings put between their words
_SEPARATORS = re.compile(r"[\s\u2010-\u2015\u2212_\-\[\](){}:;,./|]+")

# the words of a marking (after separators become single spaces) → (marking, is legacy or translated: kept verbatim)
_ENGLISH: tuple[tuple[tuple[str, ...], Marking, bool], ...] = (
    (("TOP", "SECRET"), Marking.TOP_SECRET, False),
    (("TOPSECRET",), Marking.TOP_SECRET, False),
    (("SECRET",), Marking.SECRET, False),
    (("OFFICIAL", "SENSITIVE"), Marking.OFFICIAL_SENSITIVE, False),
    (("OFFICIALSENSITIVE",), Marking.OFFICIAL_SENSITIVE, False),
    (("OFFICIAL",), Marking.OFFICIAL, False),
    (("NOT", "PROTECTIVELY", "MARKED"), Marking.OFFICIAL, True),
    (("NPM",), Marking.OFFICIAL, True),
    (("UNCLASSIFIED",), Marking.OFFICIAL, True),
    (("PROTECT",), Marking.OFFICIAL, True),
    (("RESTRICTED",), Marking.OFFICIAL_SENSITIVE, True),
    (("CONFIDENTIAL",), Marking.SECRET, True),
)
# the Government Security Classifications as Welsh bodies print them
_WELSH: tuple[tuple[tuple[str, ...], Marking, bool], ...] = (
    (("CYFRINACH", "IAWN"), Marking.TOP_SECRET, True),
    (("CYFRINACH",), Marking.SECRET, True),
    (("SWYDDOGOL", "SENSITIF"), Marking.OFFICIAL_SENSITIVE, True),
    (("SWYDDOGOLSENSITIF",), Marking.OFFICIAL_SENSITIVE, True),
    (("SWYDDOGOL",), Marking.OFFICIAL, True),
)
#: words a descriptor or caveat after a marking may hold ("OFFICIAL-SENSITIVE PERSONAL",
#: "PROTECT - POLICY", "SECRET UK EYES ONLY"); any other word makes the marking unknown
DESCRIPTOR_WORDS = frozenset({
    "PERSONAL", "COMMERCIAL", "LOCSEN", "POLICY", "STAFF", "APPOINTMENTS", "MANAGEMENT", "CONTRACTS",
    "INVESTIGATION", "INVESTIGATIONS", "MEDICAL", "DATA", "INFORMATION", "HR", "UK", "EYES", "ONLY",
    "PERSONOL", "MASNACHOL",  # Welsh: personal, commercial
})
#: a protective marking as papers print it, with any descriptor and "until approved"
#: (for readers that look for one in running text; `map_legacy` judges what it finds)
PRINTED = re.compile(
    r"(?i)\b(?:(?-i:TOP[\s\u2010-\u2015_-]*SECRET|SECRET)|OFFICIAL(?:[\s\u2010-\u2015_\[(:-]*SENSITIVE)?|"
    r"PROTECT|RESTRICTED|CONFIDENTIAL|NOT\s+PROTECTIVELY\s+MARKED|SWYDDOGOL(?:[\s\u2010-\u2015_\[(:-]*SENSITIF)?|"
    r"(?-i:CYFRINACH(?:\s+IAWN)?))\b[\])]?(?:[ \t\u2010-\u2015:-]*\b(?:"
    + "|".join(sorted(DESCRIPTOR_WORDS)) + r")\b)*(?:\s+until\s+approved)?")
_KNOWN = ("OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET, or legacy PROTECT, RESTRICTED, CONFIDENTIAL, "
          "NOT PROTECTIVELY MARKED, or in Welsh SWYDDOGOL, SWYDDOGOL-SENSITIF, CYFRINACH, CYFRINACH IAWN")


class MappedMarking(NamedTuple):
    marking: Marking
    legacy: str | None  # the text as printed, when it is legacy, has a descriptor or is held until approved

    @property
    def held_until_approved(self) -> bool:
        return bool(self.legacy and _UNTIL_APPROVED.search(self.legacy))


def map_legacy(text: str) -> MappedMarking:
    """A printed marking → (current marking, the text verbatim when it is legacy or qualified).

    Every spelling of a marking is read (OFFICIAL-SENSITIVE, OFFICIAL SENSITIVE,
    OFFICIAL—SENSITIVE, OFFICIAL [SENSITIVE], official_sensitive...). A text that
    is not a marking, or has words after it that are not a known descriptor
    ("OFFICIAL SECRET", "OFFICIAL BUT SENSITIVE"), is refused: it is never
    mapped down to a lower marking.
    """
    if not isinstance(text, str) or not text.strip():
        raise DomainError("marking", text, "is empty: give a protective marking such as OFFICIAL")
    verbatim = text.strip()
    core = _UNTIL_APPROVED.sub("", verbatim).strip()
    words = tuple(w for w in _SEPARATORS.sub(" ", core).upper().split(" ") if w)
    for cores, other in ((_ENGLISH, _WELSH), (_WELSH, _ENGLISH)):
        found = _core(words, cores)
        if found is None:
            continue
        pattern, marking, legacy, rest = found
        # printed in both languages ("OFFICIAL-SENSITIVE / SWYDDOGOL-SENSITIF"): the stricter of the two
        at = next((i for i, w in enumerate(rest) if w not in DESCRIPTOR_WORDS), len(rest))
        second = _core(rest[at:], other)
        if second is not None:
            marking = max(marking, second[1], key=lambda m: m.level)
            legacy, rest = True, rest[:at] + second[3]
        unknown = [w for w in rest if w not in DESCRIPTOR_WORDS]
        if unknown:
            raise DomainError("marking", text, f"has words Concord does not know after {' '.join(pattern)} "
                              f"({' '.join(unknown)}): give the marking itself ({_KNOWN}); a marking "
                              "is never read as a lower one")
        plain = not legacy and not rest and core == verbatim  # a current marking, no descriptor, not held
        return MappedMarking(marking, None if plain else verbatim)
    raise DomainError("marking", text, f"is not a protective marking ({_KNOWN})")


def _core(words: tuple[str, ...], cores: tuple[tuple[tuple[str, ...], Marking, bool], ...]
          ) -> tuple[tuple[str, ...], Marking, bool, tuple[str, ...]] | None:
    """The marking `words` begin with in one language: its words, the marking, kept verbatim or not, the words
    after it; None when they begin with none."""
    for pattern, marking, legacy in cores:
        if words[:len(pattern)] == pattern:
            return pattern, marking, legacy, words[len(pattern):]
    return None


def is_publishable(marking: Marking, approved: bool, held_until_approved: bool) -> bool:
    """May the public register show it? Never above OFFICIAL; never while held until approved."""
    return Marking(marking) is Marking.OFFICIAL and (approved or not held_until_approved)


@dataclass(frozen=True)
class MarkingChange:
    """One entry of a marking's history: what, when, why and who."""

    previous: Marking
    new: Marking
    reason: str
    by: str
    at: dt.datetime
    automatic: bool = False
    confirmed_by_person: bool = field(default=True)

    @property
    def is_downgrade(self) -> bool:
        return self.new.level < self.previous.level


def propose_change(current: Marking, new: Marking, reason: str, by: str, automatic: bool,
                   at: dt.datetime | None = None) -> MarkingChange:
    """A change of marking to record; an automatic downgrade is refused (rule 18)."""
    try:
        current, new = Marking(current), Marking(new)
    except ValueError as e:
        raise DomainError("marking", str(e), "is not a protective marking") from None
    if new is current:
        raise DomainError("marking", new.value, "is the marking already: nothing to change")
    if not reason or not reason.strip():
        raise DomainError("reason", reason, "is required: say why the marking changes")
    if not by or not by.strip():
        raise DomainError("by", by, "is required: say who changes the marking")
    if automatic and new.level < current.level:
        raise DomainError("marking", new.value, f"would lower {current.value} automatically: "
                          "a person must confirm a lower marking")
    when = at or dt.datetime.now(dt.UTC)
    return MarkingChange(current, new, reason.strip(), by.strip(), when, automatic, not automatic)


def current_marking(initial: Marking, history: list[MarkingChange]) -> Marking:
    """The marking after `history`, checking each change follows the one before."""
    marking = Marking(initial)
    for i, change in enumerate(history):
        if change.previous is not marking:
            raise DomainError(f"history[{i}]", change.previous.value, f"does not follow {marking.value}")
        marking = change.new
    return marking


def minutes_public(status: MinuteStatus | str, approved_at_meeting: dt.date | bool | None,
                   marking: Marking = Marking.OFFICIAL, as_of: dt.date | None = None) -> bool:
    """Rule 11: draft minutes are approved at the next meeting and are not
    public before then; minutes above OFFICIAL are never public."""
    try:
        status = MinuteStatus(status)
    except ValueError:
        raise DomainError("status", status, "must be draft or approved") from None
    if status is MinuteStatus.DRAFT:
        if approved_at_meeting:
            raise DomainError("approved_at_meeting", _show(approved_at_meeting), "is set but the minutes are a draft")
        return False
    if not approved_at_meeting:
        raise DomainError("approved_at_meeting", approved_at_meeting, "is required for approved minutes")
    if isinstance(approved_at_meeting, dt.date) and as_of is not None and as_of < approved_at_meeting:
        return False
    return Marking(marking) is Marking.OFFICIAL


def _show(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value
