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


# Names a paper gives a group of forces itself: initials of a list of forces printed in it ("DLN" after
# "Derbyshire, Leicestershire and Nottinghamshire"), or a term defined after such a list ('Surrey and Sussex
# ("Two Forces")'). Offices defined as "the Parties" are roles, not names, and are left alone.
_JOIN = re.compile(r"[\s,()]*(?:\band\b|&)?[\s,()]*")
_DEFINED = re.compile(r"\s*\(\s*[\"“'‘]?(?P<t>[A-Z][\w&' -]{1,40}?)[\"”'’]?\s*\)")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


class DocForces:
    """Force mentions in one document, its own names for groups of forces included."""

    def __init__(self, text: str) -> None:
        self.terms: dict[str, list[str]] = {}
        mentions = forces_in(text)
        runs: list[list[tuple[str, int, int]]] = []
        for m in mentions:
            if runs and _JOIN.fullmatch(text, runs[-1][-1][2], m[1]):
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in runs:
            ids = list(dict.fromkeys(f for f, _, _ in run))
            if len(ids) < 2:
                continue
            initials = "".join(text[s].upper() for _, s, _ in run)
            if len(initials) >= 3:
                self.terms.setdefault(initials, ids)
            d = _DEFINED.match(text, run[-1][2])
            if d:
                term = d.group("t").strip()
                if _ACRONYM.match(term):
                    if term == initials:
                        self.terms.setdefault(term, ids)
                elif not term.lower().startswith("the "):
                    self.terms.setdefault(re.sub(r"(?i)s$", "", term).lower(), ids)
        known = aliases()
        acr = sorted(t for t in self.terms if _ACRONYM.match(t) and t.lower() not in known)
        words = sorted((t for t in self.terms if not _ACRONYM.match(t)), key=len, reverse=True)
        alts = [rf"(?-i:\b{re.escape(t)}\b)" for t in acr] + \
               [r"\b" + r"\s+".join(map(re.escape, t.split())) + r"s?\b" for t in words]
        self._rx = re.compile("(?i)" + "|".join(alts)) if alts else None

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(force id, start, end) for each mention, a group's name giving each of its forces."""
        out = forces_in(text)
        if self._rx is not None:
            for m in self._rx.finditer(text):
                key = m.group(0) if m.group(0).isupper() and m.group(0) in self.terms else \
                    re.sub(r"(?i)s$", "", " ".join(m.group(0).split())).lower()
                out += [(f, m.start(), m.end()) for f in self.terms.get(key, ())]
            out.sort(key=lambda x: x[1])
        return out
