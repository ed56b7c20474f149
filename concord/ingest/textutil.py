"""Small text helpers shared by readers and extractors.

``unmark`` blanks out light markup (HTML tags, ``**bold**``, heading
hashes, entities) with spaces of the same length, so offsets into the
cleaned text are offsets into the source text too.
"""

from __future__ import annotations

import re
import unicodedata

_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}?>")
_ENTITY = re.compile(r"&(amp|lt|gt|quot|nbsp|#39|apos);")
_ENT_CHAR = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "nbsp": " ", "#39": "'", "apos": "'"}
_STARS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_HASHES = re.compile(r"(?m)^[ \t]*#{1,6}(?=[ \t])")
_ESCAPE = re.compile(r"\\(?=[*_#\\|-])")
_RULE = re.compile(r"(?m)^[ \t]*-{3,}[ \t-]*$")
_ORD_GAP = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b")
_BULLET_ENDS = re.compile(r"^[-–•]+\s+|\s+[-–]+$|^[-–]+$")
_WS = re.compile(r"[ \t\u00a0]+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2022": "-",
                         "\uf0b7": "-", "\u25cf": "-", "\u25aa": "-", "\uf0a7": "-"})


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _entity(m: re.Match[str]) -> str:
    return _ENT_CHAR[m.group(1)] + " " * (len(m.group(0)) - 1)


def unmark(text: str) -> str:
    """Blank light markup, keeping every offset where it was."""
    if "<" in text:
        text = _TAG.sub(_blank, text)
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if "*" in text or "_" in text:
        text = _STARS.sub(_blank, text)
    if "#" in text:
        text = _HASHES.sub(_blank, text)
    if "\\" in text:
        text = _ESCAPE.sub(" ", text)
    return text


def squash(text: str) -> str:
    """One line, single spaces, plain quotes and dashes, no bullets at the ends."""
    text = text.translate(_QUOTES)
    text = _WS.sub(" ", text.replace("\n", " ").replace("\r", " ").replace("\t", " "))
    if " " in text:
        text = _ORD_GAP.sub(r"\1\2", text)
    text = text.strip(" :;,|")
    if len(text) > 1:
        text = _BULLET_ENDS.sub("", text)
    return text.strip()


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


_HONORIFIC = re.compile(r"^(?:(?:(?:T/|A/|Temp\.?\s|Acting\s)?(?:Ch\.?\s?|Chief\s|Det\.?\s?)?"
                        r"(?:Insp(?:ector)?|Supt|Superintendent|Sgt|Constable)|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Cllr|Councillor|Rev|"
                        r"CC|DCC|ACC|T/?ACC|T/?DCC|T/|Ch\.? ?Supt|Supt|Det|Detective|DCI|DI|DS|DC|PC|PS|Insp|"
                        r"Inspector|Chief|Superintendent|Sergeant|Sgt|Constable|Temporary|Acting|Assistant|"
                        r"Deputy|Commander|Cmdr|Mayor)\.?\s+)+")


def person_name(text: str) -> str | None:
    """A person's name as printed, without honorifics or the job title after it."""
    text = re.split(r"\t|\s{3,}", text.strip(), maxsplit=1)[0]
    text = squash(text)
    text = re.split(r"\s*(?:,|;| - | – |\(|\bTel\b|\bEmail\b|\bE-mail\b|\bTelephone\b)", text, maxsplit=1)[0]
    text = _HONORIFIC.sub("", text).strip(" .")
    words = text.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w[:1] in "'" for w in words):
        return None
    if any(w.lower().strip(".,") in ROLE_WORDS for w in words):
        return None
    if any(ch.isdigit() for ch in text) or len(text) > 60:
        return None
    return text


# Words that make a phrase a role, an office or an organisation, not a person.
ROLE_WORDS = frozenset("""
police crime commissioner commissioners chief constable constables constabulary office officer
officers director deputy assistant head executive finance financial board panel council
committee manager service services force forces department unit team secretary clerk
treasurer temporary superintendent inspector sergeant the of and for opcc pcc pfcc
headquarters hq member members chair chairman vice representative representatives partnership
strategic commissioning performance policy support corporate development estates public
engagement communications governance legal adviser advisor auditor audit external internal
collaboration programme project lead leader senior responsible owner acting interim
apologies attendance present received minutes item agenda report none nil
""".split())
