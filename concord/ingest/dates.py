"""UK date parsing written for board papers, with OCR repair.

Never guesses: a bare year is not a date, a day without a year is not a
date, and letters after a day number are an ordinal suffix (possibly
damaged), never a time zone. ``find_dates`` returns every date in a text
with its offsets; ``parse_date`` reads one value.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
# Welsh bodies print their dates in Welsh too ("Dydd Gwener, 7fed Chwefror, 2020"; "25AIN HYDREF 2019")
WELSH_MONTHS = ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref",
                "tachwedd", "rhagfyr"]
_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_ABBR.update({"sept": 9, "june": 6, "july": 7})
_OCR_LETTERS = str.maketrans({"Q": "p", "q": "p", "0": "o", "1": "l", "|": "l", "~": "p"})

# A month-like word: letters, possibly with OCR damage (Q for p, 0 for o).
_MONTH_WORD = r"[A-Za-z][A-Za-z0Q~|]{2,9}\.?"
# (a Welsh ordinal: 1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain)
_WELSH_SUFFIXES = ("af", "il", "ydd", "ed", "fed", "eg", "ain")
_DAY = r"(?P<day>[0-9Il]{1,2})\s*(?P<suf>st|nd|rd|th|ST|ND|RD|TH|(?i:fed|ydd|ain|af|il|ed|eg)(?![a-z])|[a-z~]{2})?"  # "11TH DECEMBER 2013": a heading in capitals
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# a day glued to the word before it by a converter ("Date10th February 2015", "on19 th September 2018") is a date when
# its ordinal suffix marks it; a bare number after a letter ("Item10 March 2015") is not
_LONG = re.compile(
    rf"(?:(?<![\w/£$.,-])|(?<=[a-z])(?=\d{{1,2}}\s?(?:st|nd|rd|th)\b)){_DAY}(?:\s+of)?[\s,]*(?P<month>{_MONTH_WORD})(?:,?\s*|\s*-\s*){_YEAR}(?!\d)")
_MONTH_FIRST = re.compile(
    rf"(?<![\w/£$.-])(?P<month>{_MONTH_WORD})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?,?\s+{_YEAR}(?!\d)")
_NUMERIC = re.compile(r"(?<![\w/.£$-])(?P<day>\d{1,2})([/.])(?P<month>\d{1,2})\2(?P<year>(?:19|20)?\d\d)(?![\w/]|\.\d)")
_ISO = re.compile(r"(?<![\w/-])(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?![\w-])")
_MONTH_YEAR = re.compile(rf"(?<![\w/£$.-])(?P<month>{_MONTH_WORD})[\s,]+{_YEAR}(?![\d/-])")
_SUFFIXES = ("st", "nd", "rd", "th")

# a day's date in figures, for patterns that find a heading or a line by the date in it: "24/04/2017", "24.04.2017",
# "24/04/17" (with dots, a four-figure year: "2.1.10" is a paragraph's number)
DATE_IN_FIGURES = r"(?<![\w/.£$-])\d{1,2}(?:/\d{1,2}/(?:19|20)?\d\d|\.\d{1,2}\.(?:19|20)\d\d)(?![\w/]|\.\d)"
# a day's date as a cue for the text around it (not parsed): a day, a month's name and a year ("24th April 2017"), or
# the day, month and year in figures ("24/04/2017", "24.04.2017", "24/04/17") or ISO ("2017-04-24")
DAY_DATE = re.compile(r"(?i)\b\d{1,2}(?:\s?(?:st|nd|rd|th|fed|ydd|ain|af|il|ed|eg))?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                      r"ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)[a-z]*\.?,?"
                      r"\s+(?:19|20)\d\d\b"
                      r"|" + DATE_IN_FIGURES +
                      r"|(?<![\w/-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\w-])")


@dataclass(frozen=True)
class FoundDate:
    value: str  # YYYY-MM-DD or YYYY-MM
    start: int
    end: int
    repaired: bool = False


def month_number(word: str) -> int | None:
    """The month a word names, repairing OCR damage (``AQril``) by fuzzy match."""
    w = word.strip(".").lower()
    if len(w) < 3:
        return None
    if w in WELSH_MONTHS:
        return WELSH_MONTHS.index(w) + 1
    if w in _ABBR:
        return _ABBR[w]
    if w in MONTHS:
        return MONTHS.index(w) + 1
    fixed = word.strip(".").translate(_OCR_LETTERS).lower()
    if fixed in MONTHS:
        return MONTHS.index(fixed) + 1
    if len(w) >= 5 and w.isalpha() or fixed != w:
        hit = process.extractOne(fixed, MONTHS, scorer=fuzz.ratio, score_cutoff=80)
        if hit:
            return MONTHS.index(hit[0]) + 1
    return None


def _day(raw: str, suffix: str | None, year: int, month: int) -> tuple[int | None, bool]:
    """The day number, repairing a damaged ordinal (``3pt`` → 31)."""
    raw = raw.replace("I", "1").replace("l", "1")
    day = int(raw)
    last = calendar.monthrange(year, month)[1]
    suf = (suffix or "").lower()
    repaired = raw != raw.strip() or suf not in ("",) + _SUFFIXES + _WELSH_SUFFIXES
    if suf and suf not in _SUFFIXES + _WELSH_SUFFIXES:
        # 'pt' for '1st': the '1s' of '31st' read as 'p'. Only when the suffix
        # resembles 'st' and the extra digit gives a real day of that month.
        if suf.endswith("t") and suf != "th" and day < 10 and day * 10 + 1 <= last:
            return day * 10 + 1, True
        if suf in ("sl", "5t", "rn"):
            pass
    if 1 <= day <= last:
        return day, repaired
    return None, False


def _year(raw: str) -> int:
    y = int(raw)
    if len(raw) == 2:
        y += 2000 if y < 70 else 1900
    return y


def find_dates(text: str, month_only: bool = True) -> list[FoundDate]:
    """Every date in ``text``, in order, without overlaps."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _LONG.finditer(text):
        month = month_number(m.group("month"))
        if not month:
            continue
        year = _year(m.group("year"))
        day, rep = _day(m.group("day"), m.group("suf"), year, month)
        taken.append((m.start(), m.end()))  # an impossible day is no date, not a month
        if day:
            found.append(FoundDate(f"{year:04d}-{month:02d}-{day:02d}", m.start(), m.end(), rep))
    for rx in (_MONTH_FIRST, _NUMERIC, _ISO):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            mg = m.group("month")
            month = int(mg) if mg.isdigit() else month_number(mg)
            if not month or not 1 <= month <= 12:
                continue
            year = _year(m.group("year"))
            day = int(m.group("day"))
            if 1 <= day <= calendar.monthrange(year, month)[1]:
                found.append(FoundDate(f"{year:04d}-{month:02d}-{day:02d}", m.start(), m.end()))
                taken.append((m.start(), m.end()))
    if month_only:
        for m in _MONTH_YEAR.finditer(text):
            if not free(m.start(), m.end()):
                continue
            word = m.group("month")
            month = month_number(word)
            # a month-only date needs a real month word (no fuzzy guess on short words)
            if month and (word.strip(".").lower()[:3] in _ABBR or len(word) >= 5):
                found.append(FoundDate(f"{int(m.group('year')):04d}-{month:02d}", m.start(), m.end()))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def parse_date(text: str | None, month_only: bool = True) -> str | None:
    """The first date in ``text`` (``YYYY-MM-DD`` or ``YYYY-MM``), or None."""
    if not text:
        return None
    hits = find_dates(text, month_only=month_only)
    return hits[0].value if hits else None


# (in Welsh, "yb" before noon and "yp" after it: "10.30 yb")
_TIME = re.compile(r"(?<![\d/£.])(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?|y\.?[bp]\.?(?!\w))?(?![\d/])", re.I)
_TIME_AMPM = re.compile(r"(?<![\d/£.])(?P<h>1[0-2]|0?[1-9])\s*(?P<ampm>[ap]\.?m\.?|y\.?[bp]\.?)(?!\w)", re.I)


_TIME_HRS = re.compile(r"(?<![\d/£.])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hrs|hours|h)\b", re.I)  # "1300hrs"


def parse_time(text: str | None) -> str | None:
    """``HH:MM`` from ``10.00``, ``2pm``, ``14:00``, ``2.30 p.m.``; else None."""
    if not text:
        return None
    # the first time printed ("2pm – 4.30pm": the meeting starts at 2pm), whichever way each is written
    m = min((x for x in (_TIME.search(text), _TIME_AMPM.search(text), _TIME_HRS.search(text)) if x),
            key=lambda x: x.start(), default=None)
    if not m:
        return None
    h = int(m.group("h"))
    mins = int(m.groupdict().get("m") or 0)
    ampm = {"yb": "am", "yp": "pm"}.get(a := (m.groupdict().get("ampm") or "").lower().replace(".", ""), a)
    if ampm == "pm" and h < 12:
        h += 12
    if ampm == "am" and h == 12:
        h = 0
    return f"{h:02d}:{mins:02d}"


def add_months(iso: str, months: int) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    m0 = m - 1 + months
    y, m = y + m0 // 12, m0 % 12 + 1
    return f"{y:04d}-{m:02d}-{min(d, calendar.monthrange(y, m)[1]):02d}"
