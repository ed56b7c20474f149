"""Repair evident OCR damage: e-mail addresses, names, reference numbers.

Rules first (characters OCR engines are known to confuse), then fuzzy
matching with rapidfuzz against names the same document prints cleanly
elsewhere. A repair is made only when the result is certain enough;
otherwise the damaged text is kept and the confidence lowered.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from concord.ingest import vocab

# Labels seen in UK public-sector e-mail domains; a damaged label is
# matched against these (``~nn`` → ``pnn``, ``l2olice`` → ``police``).
DOMAIN_LABELS = ["police", "pnn", "gov", "uk", "org", "nhs", "net", "com", "pcc", "opcc",
                 "cjsm", "gsi", "x", "gcsx", "parliament", "ac", "co", "sch", "mod", "nca"]
_DAMAGE = re.compile(r"[~{}|\\^`]|l2|Q|[0-9]")
EMAIL_LIKE = re.compile(
    r"(?i)(?<![\w.])[a-z0-9~{}|.'_-]{2,40}@[a-z0-9~{}|.\s-]{3,60}\.(?:uk|com|org|net|gov)(?![\w.])")


def _fix_label(label: str, known: list[str]) -> str:
    if label in known or not _DAMAGE.search(label):
        return label
    cand = label.replace("l2", "p").replace("Q", "p").replace("~", "p").replace("{", "y")
    cand = re.sub(r"[{}|\\^`]", "", cand)
    if cand in known:
        return cand
    hit = process.extractOne(cand, known, scorer=fuzz.ratio, score_cutoff=66)
    return hit[0] if hit else cand


def repair_email(raw: str, names: Iterable[str] = ()) -> tuple[str, float]:
    """A repaired e-mail address and a confidence in the repair (1.0 if untouched)."""
    text = re.sub(r"\s+", "", raw).strip(".")
    if "@" not in text:
        return text, 0.3
    local, _, domain = text.partition("@")
    changed = False
    labels = domain.split(".")
    fixed = [_fix_label(lab, DOMAIN_LABELS) for lab in labels]
    changed |= fixed != labels
    # local part: compare with "first.last" of names printed in the document
    conf = 1.0
    if _DAMAGE.search(local) or not re.fullmatch(r"[a-z0-9._'-]+", local, re.I):
        candidates = {}
        for n in names:
            parts = [p for p in re.split(r"[\s]+", n.lower()) if p.isalpha()]
            if len(parts) >= 2:
                for form in (f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}.{parts[-1]}",
                             f"{parts[0]}{parts[-1]}", f"{parts[0]}_{parts[-1]}"):
                    candidates[form] = n
        cand = re.sub(r"[~{}|\\^`]", "", local.replace("l2", "p").replace("Q", "p"))
        scored = [(fuzz.ratio(local.lower(), c) + (4 if "." in c else 0), c) for c in candidates]
        best = max(scored, default=(0.0, ""))
        if best[0] >= 80:
            local, conf = best[1], 0.9
        else:
            local, conf = cand, 0.5
        changed = True
    out = f"{local}@{'.'.join(fixed)}"
    if not changed:
        return out, 1.0
    return out, min(conf, 0.9)


def match_name(text: str, known: Iterable[str], cutoff: float = 85) -> str | None:
    """The known name ``text`` most likely is (OCR damage or spacing aside)."""
    known = list(known)
    if not known or not text:
        return None
    hit = process.extractOne(text, known, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff)
    return hit[0] if hit else None


_GLUE = re.compile(r"(POLICE)(AND)\b|(DECISION)(RECORD|NOTICE)\b|(?<=[a-z])(Act|Board)(?=\d)")


def unglue(text: str) -> str:
    """Put back spaces OCR dropped between words in headings (``POLICEAND``)."""
    return _GLUE.sub(lambda m: " ".join(g for g in m.groups() if g), text)


_TEXT_FIXES = [
    (re.compile(r"\((?:li|ll|l1)(?=the\b)"), '("'),
    (re.compile(r"\b(of|in|to|on|at|by|for|and)(the)\b"), r"\1 \2"),
    (re.compile(r"(?<=[a-z])(Act|Board)\b(?=\s+\d{4})"), r" \1"),
]
_BAD_ORDINAL = re.compile(r"\b([1-3])pt(?=\s+(?:January|March|May|July|August|October|December)\b)")


def repair_text(text: str) -> str:
    """Fix OCR damage in running text where the intended text is certain."""
    if not text:
        return text
    for rx, rep in _TEXT_FIXES:
        text = rx.sub(rep, text)
    return _BAD_ORDINAL.sub(lambda m: f"{m.group(1)}1st", text)


# a label damaged by OCR at the head of a line, before its colon: "Apoloqies:", "ATTENDINQ:", "eresent:" (a scan's
# margin often takes a line's first letter: a label printed in small letters may differ from the vocabulary's there)
_LINE_LABEL = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]?[ \t]+)?([A-Za-z]{7,})(?=[ \t]*[:;])")


@lru_cache(maxsize=1)
def _confusable() -> frozenset[tuple[str, str]]:
    text = resources.files("concord.ingest").joinpath("data/ocr.toml").read_text(encoding="utf-8")
    return frozenset((a, b) for cls in tomllib.loads(text)["confusable"] for a in cls for b in cls if a != b)


@lru_cache(maxsize=1)
def _label_words() -> dict[int, tuple[str, ...]]:
    """The vocabulary's one-word labels of seven letters or more, by length."""
    words = sorted({p for p in vocab.all_phrases() if p.isalpha() and len(p) >= 7})
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    return {k: tuple(v) for k, v in by_len.items()}


def _mended(word: str) -> str | None:
    """The label ``word`` is with one character damaged, in ``word``'s case; None if none is (or more than one)."""
    low = word.lower()
    same = _label_words().get(len(low), ())
    if low in same:
        return None
    pairs = _confusable()
    found = []
    for label in same:
        diff = [i for i, (a, b) in enumerate(zip(low, label)) if a != b]
        if len(diff) == 1 and ((diff[0] == 0 and word[0].islower()) or (word[diff[0]], label[diff[0]]) in pairs
                               or (low[diff[0]], label[diff[0]]) in pairs):
            found.append(label)
    if len(found) != 1:
        return None
    label = found[0]
    if word[1:].isupper():
        return label.upper()
    return label.capitalize() if word[1:].islower() or word[0].isupper() else label


def relabelled(text: str) -> list[tuple[int, str, str]]:
    """Each label damaged by OCR at a line's head: its offset, the word as printed and the label it stands for."""
    out = []
    for m in _LINE_LABEL.finditer(text):
        label = _mended(m.group(1))
        if label:
            out.append((m.start(1), m.group(1), label))
    return out


def relabel(text: str) -> str:
    """``text`` with each label damaged by OCR in one character at a line's head mended (same length, same offsets)."""
    fixes = relabelled(text)
    if not fixes:
        return text
    chars = list(text)
    for at, _, label in fixes:
        chars[at:at + len(label)] = label
    return "".join(chars)
