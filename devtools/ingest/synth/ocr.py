"""OCR-like damage for plain-text papers: the kinds of error scanned
decision records show (l read as 1, O as 0, "1st" as "pt", letters of an
e-mail address as '~', words run together or split), applied sparingly so a
careful reader can still tell the intended text."""

from __future__ import annotations

import random
import re

_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("I", "l"), ("e", "c")]


def _word(rng: random.Random, w: str) -> str:
    if not w.isalpha() or len(w) < 4:
        return w
    a, b = rng.choice(_SUBS)
    return w.replace(a, b, 1) if a in w else w


def damage(rng: random.Random, text: str, light: bool = False) -> str:
    """Damage ~3 % of words (1 % if light); ordinals 1st→pt always; e-mail letters → '~'."""
    text = re.sub(r"(?<=\d)1st\b", "pt", text)
    text = re.sub(r"\b[\w.]+@[\w.]+\b", lambda m: "".join("~" if c in "yp" else c for c in m.group()), text)
    rate = 0.01 if light else 0.03
    words = text.split(" ")
    for i, w in enumerate(words):
        if rng.random() < rate:
            words[i] = _word(rng, w)
    out = " ".join(words)
    if not light and rng.random() < 0.2:
        out = out.replace(" of the ", " ofthe ", 1)
    return out
