"""Text, numbers and dates a person types: slugs, titles, lengths, ranges.

Pure checks, each raising DomainError(field, value as typed, reason).
The limits are the same on every database: the store applies
`check_length` and `check_integer` to every column with the column's own
length and range (`concord.store.constraints`), and the command line
bounds its counts and dates with the constants below.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from concord.domain.errors import DomainError

#: a slug: lower-case letters and digits in words joined by single hyphens
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
SLUG_HELP = "lower-case letters, digits and single hyphens (e.g. seven-force-2024)"
#: short names that are the addresses of pages, not of records (`/agreements/new` adds one)
RESERVED_SLUGS = frozenset({"new"})

#: integers the register stores (SQL INTEGER: 32 bits on PostgreSQL)
INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1
#: record numbers (ids) run from 1 to this
ID_MAX = INT32_MAX

#: dates the register works with; outside these no rule of the register applies
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)

#: bounds of the counts the commands take (stated in their help)
MAX_DAYS_AHEAD = 3660          # `check --within`: ten years
MAX_CLEAR_DAYS = 60            # `notice-deadline --clear-days`
MAX_WORKING_DAYS = 260         # `foi-deadline --working-days`: a working year
MAX_NOTICE_MONTHS = 120        # `--notice-months`: ten years
MAX_JOBS = 64                  # `ingest --jobs`

#: Unicode bidirectional controls (embeddings, overrides, isolates, marks)
_BIDI = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe_character(text: str, allow_newlines: bool = False) -> str | None:
    """The first character of `text` that must not be stored or shown raw:
    a control character (tab, escape, C1), a bidirectional override, or a
    line break where none is allowed. None when the text is clean."""
    if text.isprintable():  # no character of the categories Cc, Cf, Zl or Zp (nor any bidi control, all Cf)
        return None
    for ch in text:
        if ch == "\n" and allow_newlines:
            continue
        if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            return ch
    return None


def describe_character(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")


def check_slug(value: str, field: str, limit: int | None = None) -> str:
    """A slug as given, or a DomainError: never empty, one pattern, within `limit`."""
    if not isinstance(value, str) or not value.strip():
        raise DomainError(field, value, "must not be empty")
    if not SLUG.fullmatch(value):
        raise DomainError(field, value, f"is not a valid short name: use {SLUG_HELP}")
    if value in RESERVED_SLUGS:
        raise DomainError(field, value, "is reserved for the page that adds a record: choose another short name")
    return check_length(value, field, limit)


def check_title(value: str, field: str, limit: int | None = None, allow_newlines: bool = False) -> str:
    """Text a person reads (a title, a name, a subject): not blank, no control
    characters, within `limit`. Returned with the outer spaces removed."""
    if not isinstance(value, str) or not value.strip():
        raise DomainError(field, value, "must not be empty or blank")
    bad = unsafe_character(value, allow_newlines=allow_newlines)
    if bad is not None:
        raise DomainError(field, value, f"holds the control character {describe_character(bad)}")
    return check_length(value.strip(), field, limit)


def check_length(value: str, field: str, limit: int | None) -> str:
    if limit is not None and len(value) > limit:
        raise DomainError(field, _clip(value), f"is {len(value)} characters long; the limit is {limit}")
    return value


def check_integer(value: int, field: str, low: int, high: int, what: str = "a whole number") -> int:
    """`value` if low <= value <= high, else a DomainError naming the range."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(field, value, f"is not {what}")
    if not low <= value <= high:
        raise DomainError(field, value, f"is out of range: {what} from {low} to {high}")
    return value


def check_id(value: int, field: str) -> int:
    return check_integer(value, field, 1, ID_MAX, "a record number")


def parse_integer(text: str, field: str, low: int, high: int, what: str = "a whole number") -> int:
    """An integer typed in ASCII digits (an optional minus sign), within low..high."""
    s = text.strip() if isinstance(text, str) else text
    if not isinstance(s, str) or not re.fullmatch(r"-?[0-9]{1,30}", s, re.ASCII):
        raise DomainError(field, text, f"is not {what} (digits 0-9 only)")
    value = int(s)
    if not low <= value <= high:
        raise DomainError(field, text, f"is out of range: {what} from {low} to {high}")
    return value


def check_date(value: dt.date, field: str, typed: str | None = None) -> dt.date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise DomainError(field, typed if typed is not None else value.isoformat(),
                          f"is out of range: dates run from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}")
    return value


def parse_date(text: str, field: str) -> dt.date:
    """A date typed as YYYY-MM-DD, within FIRST_DAY..LAST_DAY."""
    s = text.strip() if isinstance(text, str) else text
    if not isinstance(s, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", s, re.ASCII):
        raise DomainError(field, text, "is not a date in the form YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(s)
    except ValueError:
        raise DomainError(field, text, "is not a date in the form YYYY-MM-DD") from None
    return check_date(day, field, text)


def _clip(value: str, n: int = 60) -> str:
    return value if len(value) <= n else value[: n - 1] + "…"
