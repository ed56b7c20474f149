"""The protective marking a paper bears, read from its text (rule 18).

A paper says its marking in a labelled line (`Protective marking:
OFFICIAL-SENSITIVE`, `Security classification: RESTRICTED`) or in a
line of its own at the head or foot of a page (`PROTECT until
Approved`). A pack of papers may bear several; the document takes the
strictest of them, keeps the wording of that one verbatim, and is held
until approved if any of them says so. Welsh bodies print the same
markings in Welsh (`SWYDDOGOL-SENSITIF`), alone or beside the English.
Nothing found means no marking was printed (the register treats that as
OFFICIAL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from concord.domain.errors import DomainError
from concord.domain.markings import MappedMarking, Marking, map_legacy

_WORDS = (r"(?:OFFICIAL|PROTECT|RESTRICTED|CONFIDENTIAL|SECRET|TOP\s*SECRET|UNCLASSIFIED|"
          r"NOT\s+PROTECTIVELY\s+MARKED|SWYDDOGOL|CYFRINACH)")
_LABELLED = re.compile(r"(?im)^[\W_]*(?:protective\s+marking|security\s+(?:classification|marking)|"
                       r"classification|marking|dosbarthiad(?:\s+diogelwch)?)[\s*_]*[:\-–—][\s*_]*(?P<value>" + _WORDS + r"[^\n]{0,60})$")
# (after the marking, its descriptor in any brackets or after any dash: "OFFICIAL-SENSITIVE [PERSONAL]", "OFFICIAL
# SENSITIVE - COMMERCIAL"; the words are checked against the known descriptors after)
_ALONE = re.compile(r"(?im)^[ \t#>*_|]*(?P<value>" + _WORDS + r"(?:[ \t]*[-–—:\[(_/ ]?[ \t]*[A-Z][A-Za-z \t\[\]()\-–—:/]{0,40})?)"
                    r"[ \t*_|]*$")
# A line that starts with a marking above OFFICIAL in capitals and goes on with words of its own: OFFICIAL-SENSITIVE or
# TOP SECRET with anything after ("OFFICIAL – SENSITIVE: Not for publication", "OFFICIAL SENSITIVE  Page 3 of 10"); one
# of the single words (SECRET, RESTRICTED, CONFIDENTIAL, PROTECT) only before a dash, colon or bracket or a page number
# ("CONFIDENTIAL – Exempt under Schedule 12A"; not "SECRET BALLOT" or "RESTRICTED ACCESS"); a footer that ends with the
# marking after its page number ("Page 2 of 5   OFFICIAL-SENSITIVE"). Only the marking is read: the words after are
# the body's own, and a marking is never lowered for them (rule 18).
_SENSITIVE_WORDS = (r"(?:TOP[ \t]*SECRET|OFFICIAL[ \t]*[-–—_:]?[ \t]*\[?SENSITIVE\]?|CYFRINACH[ \t]+IAWN|"
                    r"SWYDDOGOL[ \t]*[-–—_:]?[ \t]*\[?SENSITIF\]?)")
_SINGLE_WORDS = r"(?:SECRET|RESTRICTED|CONFIDENTIAL|PROTECT|CYFRINACH)"
_PAGE = r"(?:(?:[Pp]age|Tudalen)[ \t]+\d+(?:[ \t]+(?:of|o)[ \t]+\d+)?|\d+[ \t]+(?:of|o)[ \t]+\d+)"  # English or Welsh
_LEADING = re.compile(r"(?m)^[ \t#>*_|]*(?:(?P<value>" + _SENSITIVE_WORDS + r")(?![\w-])[^\n]{0,120}"
                      r"|(?P<single>" + _SINGLE_WORDS + r")[ \t]*(?:[-–—:(\[]|" + _PAGE + r"\b)[^\n]{0,120}"
                      r"|(?:" + _PAGE + r"[ \t|]+(?P<footer>" + _SENSITIVE_WORDS + "|" + _WORDS + r")|\d{1,4}[ \t|]+(?P<numbered>"
                      + _SENSITIVE_WORDS + r"))[ \t*_|]*)$")
_MARKUP = re.compile(r"[*_#>|`]+")


@dataclass(frozen=True)
class PrintedMarking:
    """The strictest marking a paper prints: its mapped value, the words as printed, held or not."""

    marking: Marking
    printed: str
    held_until_approved: bool

    def as_dict(self) -> dict[str, object]:
        return {"marking": self.printed, "held_until_approved": self.held_until_approved}

    @property
    def legacy(self) -> str | None:
        """The wording to keep verbatim: a legacy or qualified marking, else None."""
        return None if self.printed == self.marking.value else self.printed


def printed_marking(text: str) -> PrintedMarking | None:
    """The strictest protective marking printed in `text`, or None when it prints none."""
    found: list[tuple[Marking, str, bool]] = []
    for pattern, labelled in ((_LABELLED, True), (_ALONE, False), (_LEADING, False)):
        for m in pattern.finditer(text):
            value = next(v for v in m.groupdict().values() if v)
            words = " ".join(_MARKUP.sub(" ", value).split())
            mapped = _mapped(words, labelled)
            if mapped is not None:
                found.append(mapped)
    if not found:
        return None
    held = any(h for _, _, h in found)
    # strictest first; among equals, the wording that says most (a legacy or held marking)
    marking, printed, _ = max(found, key=lambda f: (f[0].level, f[1] != f[0].value, len(f[1])))
    return PrintedMarking(marking, printed, held)


_SENSITIVE = re.compile(r"(?i)^OFFICIAL[^A-Za-z0-9]*SENSITIVE[\])]?")


def map_printed(words: str, field: str = "marking") -> MappedMarking:
    """A marking as printed or typed → the marking, and the wording kept when it is legacy or held.

    Every spelling of OFFICIAL-SENSITIVE (`OFFICIAL SENSITIVE`, an em dash,
    `OFFICIAL [SENSITIVE]`) maps to OFFICIAL-SENSITIVE, never down to OFFICIAL.
    An unknown marking is refused.
    """
    if not isinstance(words, str) or not words.strip():
        raise DomainError(field, words, "is not a protective marking (OFFICIAL, OFFICIAL-SENSITIVE, "
                          "SECRET, TOP SECRET, or legacy PROTECT, RESTRICTED, CONFIDENTIAL)")
    text = " ".join(words.split())
    normal = _SENSITIVE.sub("OFFICIAL-SENSITIVE", text)
    try:
        mapped = map_legacy(normal)
    except DomainError as exc:
        raise DomainError(field, words, exc.reason) from None
    if normal != text and mapped.legacy is None and mapped.marking is Marking.OFFICIAL_SENSITIVE:
        return mapped
    return MappedMarking(mapped.marking, text if mapped.legacy else None)


def _mapped(words: str, labelled: bool) -> tuple[Marking, str, bool] | None:
    """A printed marking mapped, or None for a line that only begins like one ("Official Journal")."""
    candidate = words
    while candidate:
        try:
            mapped = map_printed(candidate)
        except DomainError:
            return None
        if _is_marking_line(candidate, labelled):
            return mapped.marking, mapped.legacy or mapped.marking.value, mapped.held_until_approved
        candidate = " ".join(candidate.split()[:-1])  # drop trailing words until only the marking is left
    return None


_DESCRIPTOR = re.compile(r"(?i)^(?:[-–—:\[( ]*(?:sensitive|personal|commercial|policy|staff|personol|masnachol|"
                         r"until\s+approved|held\s+until\s+approved|appropriately\s+marked)[\])]*)?\s*$")


_HEAD = re.compile(r"(?i)(?:TOP\s*SECRET|OFFICIAL[\s\-–—_:\[]*SENSITIVE\]?|OFFICIAL|PROTECT|RESTRICTED|CONFIDENTIAL|SECRET|"
                   r"UNCLASSIFIED|NOT\s+PROTECTIVELY\s+MARKED|CYFRINACH(?:\s+IAWN)?|SWYDDOGOL[\s\-–—_:\[]*SENSITIF\]?|"
                   r"SWYDDOGOL)")
_OTHER_TONGUE = re.compile(r"[ \t]*[/|–—-][ \t]*")  # "OFFICIAL / SWYDDOGOL-SENSITIF": the marking in both languages


def _is_marking_line(words: str, labelled: bool) -> bool:
    """The words are a marking and nothing else: the marking (in English, Welsh or both), then at most a known
    descriptor."""
    head = _HEAD.match(words)
    if head is None:
        return False
    end = head.end()
    other = _OTHER_TONGUE.match(words, end)
    second = _HEAD.match(words, other.end()) if other else None
    if second is not None and second.group(0).isupper():
        end = second.end()
    if labelled or words[:end].isupper():  # a line of its own is a marking only in capitals
        return bool(_DESCRIPTOR.match(words[end:]))
    return False


def marking_line(line: str) -> bool:
    """A line that is a printed marking ("OFFICIAL", "NOT PROTECTIVELY MARKED", "OFFICIAL-SENSITIVE – Not for
    publication"): a page's furniture, never its title."""
    words = _MARKUP.sub("", line).strip()
    return _is_marking_line(words, False) or _LEADING.fullmatch(words) is not None


def marking_of(words: str | None, held: bool = False, field: str = "marking") -> PrintedMarking:
    """A marking as printed or typed (None: no marking printed, which is OFFICIAL)."""
    if words is None:
        return PrintedMarking(Marking.OFFICIAL, Marking.OFFICIAL.value, held)
    mapped = map_printed(words, field)
    return PrintedMarking(mapped.marking, mapped.legacy or mapped.marking.value,
                          held or mapped.held_until_approved)


def strictest(*markings: PrintedMarking | None) -> PrintedMarking:
    """The marking that keeps every one of `markings`: never lower than any
    of them, held until approved if any is (rule 18: nothing is lowered
    automatically; a person lowers a marking, with a reason)."""
    given = [m for m in markings if m is not None]
    if not given:
        return marking_of(None)
    top = max(given, key=lambda m: (m.marking.level, m.legacy is not None))
    return PrintedMarking(top.marking, top.printed, any(m.held_until_approved for m in given))
