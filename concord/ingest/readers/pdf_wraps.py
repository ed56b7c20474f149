"""Whether a line of a PDF page goes on from the line above it: the tests ``pdf_layout`` joins a paragraph's wrapped
lines by (a sentence cut at the margin, a heading wrapped in large letters, a list entry's next line), and the lines
that never go on from another (a list entry, a label and its value, a column, the next person in a list of who came).
"""

from __future__ import annotations

import re

SIZES = 1.15  # letters this many times the size of those of the line above are another style's (a heading's)

# a line that starts an entry of a list: a bullet, "12.", "3.1", "(a)", "iv)"
# (or a numbered sub-item with no stop after its number, "3.1 National Policing Plan")
LIST_MARK = re.compile(r"\s*(?:[•·▪◦‣∙○●■□➢➤►*]|\(?(?:\d{1,3}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)](?:\s|$)|"
                        r"\d{1,3}(?:\.\d{1,2})+[ \t]+[A-Z])")
# a line that stops mid-sentence: on a word in lower case, a comma, an ampersand or a dash (a line ending on a name
# in capitals, "… Borough Council", over "Present", is a cell of its own, not a wrapped sentence)
_GOES_ON = re.compile(r"(?:(?<![\w'’])[a-z][\w'’-]*|[,;&–-])[ \t]*$")
# a line that starts with a label ("Venue:", "Report of:", "Contact officer -"): a field of its own
_LABEL = re.compile(r"\s*[A-Z][\w'’/&() -]{0,40}?\s?[:–-](?:\s|$)")


def run_on(printed: str, text: str) -> bool:
    """Whether ``text`` may go on from a full line above, ``printed``: it opens no list entry, label or column, and the
    line above ends no sentence and is no heading in capitals over a line that is not ("... AND ATTENDANCE MATRIX" over
    "RESOLVED that the minutes ..."). A heading in capitals goes on in capitals, a dash in it no label's ("... AS AT 30"
    over "SEPTEMBER 2024 - REPORT BY THE CHIEF CONSTABLE")."""
    above = printed.rstrip()
    # (nor is a dash after a bracket closed that the line above opened: "... Panel (Statutory Joint" over "Committee)
    # - Hampshire")
    closes = above.rfind("(") > above.rfind(")") and ")" in text.split("(")[0]
    return goes_on(text, dashed=not (above.isupper() and text.isupper() or closes)) and \
        not above.endswith((".", "!", "?", ":", ";")) and \
        not (above.isupper() and not text.isupper()) and not _NEXT_PERSON.match(text)


# a line that opens with a person's name and what follows it in a list of who came ("Bob Hill, Independent Member",
# "Cllr Ann Roe (Chair)"): the list's next entry, though the entry above ran to the margin
_NEXT_PERSON = re.compile(r"[ \t]*(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof(?:essor)?|Supt|DCC|ACC|CC|PCC|DPCC)\.?"
                          r"[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z]\.?)*[ \t]+[A-Z][A-Za-z'’-]+[ \t]*(?:[,(–]|-[ \t]|$)")


def sentence_on(printed: str, text: str) -> bool:
    """Whether the next sentence of a paragraph of running text, ``text``, goes on from the full line above that ended
    the last one (``printed``): both lines prose, the next opening no list entry, label or person's entry."""
    words = printed.split()
    return printed.rstrip().endswith((".", "!", "?")) and len(words) >= 10 and \
        sum(w[:1].islower() for w in words) >= 0.45 * len(words) and goes_on(text) and len(text.split()) >= 4 and \
        not _NEXT_PERSON.match(text)


def wraps(above: str, printed: str, text: str) -> bool:
    """Whether ``text`` may go on from the line above (``above`` as joined so far, ``printed`` as printed): it opens no
    list entry, label or column, and the line above stops mid-sentence, or is running prose, or this one goes on in
    lower case."""
    # (a line the one above left on a joining word, "… Authorisations and" over "Targeted Equipment Interference
    # Warrants – PCCML-000498-2019", goes on though a dash stands where a label's might)
    if not goes_on(text, dashed=not _JOINING_END.search(above[-12:])):
        return False
    return bool(_GOES_ON.search(above[-40:])) or text.lstrip()[:1].islower() or _prose(printed)


# a web address at the end of a line, broken there with no space after it ("https://…/mayors-office-poli" / "cing")
URL_END = re.compile(r"(?:https?://|www\.)\S+[ \t]?$")
_JOINING_END = re.compile(r"(?i)(?:\b(?:and|or|of|the|for|to|in|on|by|with|from|a|an)|[&,])[ \t]*$")


def heading_goes_on(size: float, last_size: float, body_size: float, printed: str, text: str) -> bool:
    """Whether ``text`` may be the next line of a heading wrapped in letters larger than the page's body text: the
    same size as the line above (``printed``), a few words that end no sentence, no list entry or column ("Decision
    Log 005/2022 – Community Safety Fund" over "Applications – February 2022", a heading's words too wide to reach
    the margin). (Prose over a table in smaller letters is no heading.)"""
    return bool(body_size) and size == last_size > SIZES * body_size and len(printed.split()) <= 16 and \
        not printed.rstrip().endswith((".", "!", "?", ":", ";")) and not ("\t" in text or LIST_MARK.match(text))


def goes_on(text: str, dashed: bool = True) -> bool:
    """Whether ``text`` may go on from the line above: it opens no list entry, label or column (``dashed``: nor a
    label with a dash after it, "Venue – ...")."""
    label = _LABEL.match(text)
    if label and label.group(0).rstrip()[-1:] != ":" and (not dashed or len(label.group(0).split()) > 5):
        label = None  # (a dash after five words or more ends a phrase, "Officers (STOs) who carry Tasers – ...")
    return not ("\t" in text or LIST_MARK.match(text) or label)


def _prose(line: str) -> bool:
    """A line of running text, not a cell or a title: ten words or more, nearly half of them in lower case, not ending
    a sentence."""
    words = line.split()
    return len(words) >= 10 and sum(w[:1].islower() for w in words) >= 0.45 * len(words) and \
        not line.rstrip().endswith((".", "!", "?", ":"))
