"""Force names to data.police.uk ids, from the domain's reference data."""

from __future__ import annotations

import re
from functools import lru_cache

from concord.domain.forces import aliases


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names = aliases()
    # longest first, so a force's full name wins over its short name
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) >= 3)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I), names


def forces_in(text: str) -> list[tuple[str, int, int]]:
    """(force id, start, end) for each mention of a force, in order."""
    rx, names = _pattern()
    out = []
    for m in rx.finditer(text):
        word = m.group(0)
        if not word[:1].isupper() and not word.isupper():
            continue  # 'kent' in a URL, 'the met' in prose
        if word.isupper() and len(word) <= 4 and word.lower() not in ("mps", "tvp", "gmp", "btp", "cnc", "mdp"):
            continue
        out.append((names[word.lower()], m.start(), m.end()))
    return out


def force_ids(text: str) -> list[str]:
    seen: list[str] = []
    for fid, _, _ in forces_in(text):
        if fid not in seen:
            seen.append(fid)
    return seen
