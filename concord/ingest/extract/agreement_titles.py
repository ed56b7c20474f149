"""Whether a line of a transparency page is an agreement entry's title: a heading in title case, a short title in
sentence case over its labelled fields, or the plural heading over the list. Used by ``agreement_index``."""

from __future__ import annotations

import re


def heading(line: str) -> bool:
    """A heading in title case: two to sixteen words, most of them capitalised, no stop at its end."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not 2 <= len(words) <= 16 or line.endswith((".", ":", ";", ",", "?")):
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= 0.6 * len(words)


def short_title(line: str) -> bool:
    """"Firearms training" over its "Parties:" line: a title in sentence case, a few words, no sentence."""
    words = line.split()
    return 2 <= len(words) <= 8 and line[:1].isupper() and not line.endswith((".", ":", ";", ",", "?")) and \
        not re.search(r"\d{3}", line)


def plural_heading(line: str) -> bool:
    """"Collaboration Agreements", "Regional Collaboration Teams Details": the heading over a list, not an entry."""
    return bool(re.search(r"(?i)\b(?:agreements|details|collaborations|contents|partnerships)\s*$", line))
