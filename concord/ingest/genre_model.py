"""The genre of a paper from its words, where no cue of any genre matched: a naive Bayes model over the words that
many bodies use.

The rules in ``split`` and ``genre_resort`` read a genre's headings and labels; a body whose template none of them
knows gets no record at all. Its words still say what it is: minutes speak of apologies, members present and
resolutions; a decision record of approval, signature and the commissioner; a report of purpose, background and
recommendations; an agreement listing of parties, section 22A and collaboration. ``data/genre_words.json`` counts, for
each kind of paper, in how many papers of the development corpus each word appears, weighting each body equally; only
words used by at least ``min_bodies`` different bodies are counted, so no body's name, place or template can be
learnt. Words of the paper's top lines (its heading) are counted apart from the rest. The file is written by
``python -m devtools.ingest.genre_train`` and checked against the corpus by the tests.

The model names a kind only; it never makes a record. ``extract.kinds`` uses it where no cue and no signal of any
genre marked a paper (its kind, and a meeting paper's or report's date from its top), and where parts of several
kinds would make a minutes paper or a decision record a "pack". Reading a whole paper as the kind the model names was
tried and dropped: the extractors, told the genre, still could not read those layouts, and made wrong records.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

SURE = 0.7  # the probability under which the model's guess is not used
LEANS = 0.5  # the probability at which the words lean to a kind the paper's own structure already names
MIN_CHARS = 800  # a page of a few lines (a news item, a page about decision making) says too little to tell
MIN_WORDS = 8  # a paper with fewer of the model's words says too little to tell (a letter, a news item)
READ = 20_000  # characters read: a paper's kind is plain from its start (the corpus's papers are ~2,000), and a
# 500-page pack is not read whole
TOP_LINES = 12  # non-blank lines of the paper's top whose words are its heading's
_WORD = re.compile(r"[a-z]{3,}")
_SOURCE = re.compile(r"\A\s*source:[^\n]*\n")
# a web address or a file name (the hosting site's, not the paper's words), a PDF's unmapped glyph "(cid:12)"
_ADDRESS = re.compile(r"\S*(?://|www\.|\.(?:aspx?|html?|php|pdf|docx?|org|com|uk|net)\b)\S*|\(cid:\d+\)")


def features(text: str) -> set[str]:
    """The paper's words (three letters or more, lower case), each once, and its top lines' words marked ``^``."""
    text = _ADDRESS.sub(" ", _SOURCE.sub("", text[:READ], count=1)).lower()
    top = [line for line in text[:6000].split("\n") if line.strip()][:TOP_LINES]
    return {m.group(0) for m in _WORD.finditer(text)} | {"^" + w for w in _WORD.findall(" ".join(top))}


@dataclass(frozen=True)
class Guess:
    kind: str
    probability: float
    words: tuple[str, ...]  # the paper's words that most favour ``kind`` over the runner-up


@dataclass(frozen=True)
class Model:
    log_prob: dict[str, dict[str, float]]  # kind -> word -> log P(word | kind)
    unseen: dict[str, float]  # kind -> log P of a word the kind never had
    vocab: frozenset[str]

    @classmethod
    def from_counts(cls, data: dict[str, Any]) -> "Model":
        vocab = set().union(*(k["words"] for k in data["kinds"].values()))
        log_prob, unseen = {}, {}
        for kind, k in data["kinds"].items():
            total = sum(k["words"].values()) + len(vocab)
            log_prob[kind] = {w: math.log((c + 1) / total) for w, c in k["words"].items()}
            unseen[kind] = math.log(1 / total)
        return cls(log_prob, unseen, frozenset(vocab))

    def guess(self, text: str) -> Guess | None:
        if len(" ".join(_SOURCE.sub("", text[:READ], count=1).split())) < MIN_CHARS:
            return None
        return self.rank(features(text))

    def rank(self, found: set[str]) -> Guess | None:
        """The likeliest kind for a paper with the words ``found`` (``features``), every kind as likely before."""
        words = sorted(found & self.vocab)  # (in one order, whatever the process's hash seed: the same paper, the same
        if len(words) < MIN_WORDS:  # sums and the same words said for it)
            return None
        score = {k: sum(lp.get(w, self.unseen[k]) for w in words) for k, lp in self.log_prob.items()}
        ranked = sorted(score, key=score.__getitem__, reverse=True)
        best = score[ranked[0]]
        z = sum(math.exp(s - best) for s in score.values())
        kind, second = ranked[0], ranked[1] if len(ranked) > 1 else ranked[0]
        lift = sorted(words, key=lambda w: self.log_prob[second].get(w, self.unseen[second]) -
                      self.log_prob[kind].get(w, self.unseen[kind]))
        said: list[str] = []  # each word once, whether in the heading or below it
        for w in lift:
            if w.lstrip("^") not in said:
                said.append(w.lstrip("^"))
        return Guess(kind, 1 / z, tuple(said[:6]))


@lru_cache(maxsize=1)
def model() -> Model:
    text = resources.files("concord.ingest").joinpath("data/genre_words.json").read_text(encoding="utf-8")
    return Model.from_counts(json.loads(text))


def guess(text: str) -> Guess | None:
    """The kind of paper ``text`` most likely is (``minutes``, ``agenda``, ``decision_notice``, ``report`` or
    ``agreement``), how likely, and the words that say so; None for a page too short, or with too few of the model's
    words, to tell."""
    return model().guess(text)
