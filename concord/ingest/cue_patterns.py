"""The headings and header lines that mark where a paper starts (``split.cues``): a To/From header, an Agenda
or Minutes heading, an agenda flattened onto one line, an agreement's heading, an agenda item's cover line. Patterns
only; ``split`` decides what they mean together (a decision record's heading is in ``decision_cues``)."""

from __future__ import annotations

import re

from concord.ingest import vocab
from concord.ingest.dates import DATE_IN_FIGURES

_LSEP = r"(?:[ \t]*:|[ \t]{2,}(?=\S)|\t)"  # "To:", or a label and its value in two columns
# "ITEM 20b TO: ...": the agenda item's number may stand before the header's first label
_ITEM_NO = r"(?:(?:agenda[ \t]+)?item[ \t]+(?:no\.?[ \t]*)?\d{1,2}[a-z]?(?:\([a-z]\))?[ \t]+)?"
_TO = re.compile(rf"(?im)^[ \t>*]*{_ITEM_NO}(?:report\s+)?to{_LSEP}[ \t]*\S.*$")
_FROM = re.compile(rf"(?im)^[ \t>*]*(?:report\s+)?(?:from|author|by){_LSEP}")
_STATE = r"(?:(?i:draft|unconfirmed|confirmed|approved|provisional|public|private|revised|final|supplementary)\s+)?"
# a table cell's mark a converter leaves before a heading printed in a cell ("/ Minutes of Meeting", docsbay)
_CELL = r"(?:/[ \t]+)?"
_AGENDA = re.compile(rf"(?m)^[ \t]*{_CELL}{_STATE}(?:AGENDA|Agenda|agenda|A G E N D A|SUMMONS|Summons|(?i:summons\s+and\s+agenda|notice\s+of\s+(?:the\s+)?meeting))(?:[ \t]+(?i:for|of|to)[ \t].{{0,100}})?[ \t]*"
                     r"(?:\(.*\))?[ \t]*$")
_MINUTES = re.compile(rf"(?m)^[ \t]*{_CELL}{_STATE}(?:(?:MINUTES|Minutes|minutes|COFNODION|Cofnodion)\b(?:[ \t]+of[ \t].{{0,100}})?|"
                      r"MINUTES[ \t]+OF[ \t][^\na-z]{3,240}|"
                      # "MINUTE of MEETING of the X held within P, on D": a Scottish council's word
                      r"(?:MINUTE|Minute)[ \t]+(?i:of)[ \t]+(?i:the[ \t]+)?(?i:meeting)[ \t]+(?i:of)\b.{0,100}|"
                      r"(?:NOTES|Notes)[ \t]+of[ \t].{0,100}|(?i:agenda\s+and\s+(?:draft\s+|confirmed\s+|approved\s+|signed\s+)?minutes|agenda\s+a\s+(?:ch|ph)?ofnodion)|"
                      # "Meeting Minutes", "Joint Audit Committee Minutes": a short heading ending in the word
                      r"(?:(?:[A-Z][\w&,'’()/-]*|[-–]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})[ \t]+){0,10}(?:MINUTES|Minutes)|"
                      # "Audit and Accountability Meeting Minutes - 27 April 2023": the name with its "and", the date after
                      r"[A-Z][\w'’()/-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?(?:[A-Z][\w'’()/-]*|meeting)){0,9}[ \t]+(?:MINUTES|Minutes|(?<=[Mm]eeting[ \t])minutes)[ \t]*[-–:,][ \t]*"
                      r"\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}[ \t]+(?:19|20)\d\d|"
                      # "MEETING OF THE POLICE AND CRIME PANEL"
                      r"(?:(?i:(?:an?\s+)?(?:ordinary\s+|extraordinary\s+|special\s+|public\s+)?meeting\s+of\s+(?:the\s+)?))"
                      r"[A-Z][^\n.;]{3,90}(?i:board|committee|panel|group|forum|authority|council|executive|"
                      r"partnership|assembly))[ \t]*$")
# an agenda flattened onto one line by a PDF-to-text converter (docslib, docplayer): the meeting's name, date and
# place, then "AGENDA 1 Apologies 2 ..." on the same line
# an agenda table's column heads flattened before its first item ("Agenda Item No Subject Page No 1 Welcome and
# Introductions 2 …"): three heads or more (data/labels.toml, meeting.column_heads) after the word Agenda
AGENDA_TABLE_HEADS = (r"(?<![\w])(?:AGENDA|Agenda)(?:[ \t]+(?i:" + vocab.alternation(vocab.phrases("meeting", "column_heads")) +
                      r")){3,5}[ \t]+(?=1\.?[ \t]+[A-Z])")
# the meeting's name and date may stand further back on such a page: its membership list comes before the table
_INLINE_AGENDA_TABLE = re.compile(r"(?m)^(?P<head>[^\n]{0,2400}?)" + AGENDA_TABLE_HEADS + r"[^\n]{10,}$")
_INLINE_AGENDA = re.compile(r"(?m)^(?P<head>[^\n]{0,600}?)(?<![\w])(?:AGENDA|A G E N D A|Agenda)(?:[ \t]+(?:Pages?|PAGES?))?[ \t]+1\.?[ \t]*\n?[ \t]*[A-Z][^\n]{10,}$")
# "Minutes of the Audit Panel of the X Authority held on 20 June 2002 at <place>.": a heading too long for _MINUTES
_MINUTES_HELD = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z&'’ -]{2,80}?[ \t]+(?=MINUTES))?(?:MINUTES|Minutes)[ \t]+(?:of|OF)[ \t]+[^\n]{3,160}?[ \t](?i:held)[ \t]+(?i:on[ \t]+)?"
                           r"(?:[A-Za-z]+day,?[ \t]+)?(?i:the[ \t]+)?(?:\d{1,2}(?i:st|nd|rd|th)?[ \t]+[A-Za-z]+,?[ \t]+\d{4}\b|" + DATE_IN_FIGURES + ")"
                           # the heading on a line of its own, or in capitals at the start of a paper a converter
                           # flattened onto one line ("MINUTES OF A MEETING OF THE X PANEL HELD ON 11TH DECEMBER 2013
                           # AT 10.30 A.M. Bath and North East Somerset Council P. Councillor ...")
                           r"(?:[^\n]{0,160}$|(?<=[A-Z0-9 ,]{12}\d{4})(?=[^\n]{161,}))")
# "Minutes of the meeting held on 3 May", "Minutes of the meeting 26 October 2023": an item about earlier minutes (a
# paper's own heading names its forum), but see split._minutes_heading
_EARLIER_MEETING = re.compile(r"(?i)\b(?:previous|last)\s+meeting")  # minutes of an earlier meeting
_NOT_MINUTES = re.compile(_EARLIER_MEETING.pattern + r"|^\s*minutes\s+(?:of|from)\s+the\s+meetings?\s+"
                          r"(?:held|(?:(?:of|on)\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d|" + DATE_IN_FIGURES + "))")
# a minute's reference on the line above ("PCP" / "5/21", "31.", "CSC 3/23"): the line is that item's title
_ITEM_REF_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z]{2,5}[ \t]*\n?[ \t]*)?\d{1,4}(?:[./]\d{1,4}){0,2}\.?[ \t]*\n[ \t]*$")
# an agreement printed in full: a heading naming an agreement, then its parties or its legal basis
_AGREEMENT = re.compile(r"(?m)^[ \t]*(?P<h>[^\n.:;]{0,100}\b(?:AGREEMENT|Agreement)(?:[ \t]+[^\n.:;]{0,80})?)[ \t]*$")
_AGREEMENT_BODY = re.compile(r"(?i)^[ \t]*[\"“]?parties\b|\bmade\s+between\b|\b(?:under|pursuant\s+to)\s+section\s+22a\b|"
                             r"\bthis\s+agreement\s+(?:shall|will|is)\b", re.M)
# a transparency page's heading in sentence case naming the agreements it lists ("Collaboration agreements")
# ("Section 22A Agreements", "S22A collaboration agreements": the section's number in it)
AGREEMENTS_HEADING = re.compile(r"(?m)^[ \t]*(?:[A-Z][a-z]+|S(?:ection)?[ \t]?22A)(?:[ \t]+(?:[a-z]+|22A|Collaboration))"
                                r"{0,3}[ \t]+[Aa]greements[ \t]*$")
_ITEM_COVER = re.compile(r"(?im)^[ \t]*agenda\s+item\s*(?:no\.?\s*)?\d+[a-z]?(?:\.\d+)?[ \t]*$")
_SUMMARY = re.compile(r"(?im)^[ \t]*decision\s+summary\b")
_OTHER_LABEL = re.compile(r"(?im)^[ \t]*(?:contact\s+officer|subject\b|decision\s+(?!summary)|signature|"
                          r"background\s+papers|I\s+confirm)")

# a meeting page's place or time label ("Title: X Board" over "Date:" and "Venue:": a meeting's header, not a report's)
# the end of a label: its colon, a dash and a space, or a table's bar before its value ("Venue:", "Venue - ",
# "Venue | Council House")
LABEL_END = r"[ \t]*(?::|[–-][ \t]|\|(?=[ \t]*[^\s|])|\t(?=[ \t]*\S))"  # (or a tab: a label in a column of its own)
_VENUE_NEXT = re.compile(r"\s*(?i:venue|location|place|time|where)" + LABEL_END)
# a line ending mid-sentence just above ("... agreed that the" over "minutes of the meeting held on ...")
_RUN_ON_ABOVE = re.compile(r"[a-z,][ \t]*\n[ \t]*$")


# a dated minutes heading inside a line (or starting it), the body's name before it, the meeting's time and place
# after it, a page's header cells run together: "Minutes of" with its capital, the forum's name (each word with its
# capital), then the date
MID_LINE_MINUTES = re.compile(r"(?<![^ /|\n])(?:Minutes|MINUTES)[ ]+(?:of|OF)[ ]+(?:the[ ]+|THE[ ]+)?"
                              r"(?P<forum>[A-Z][\w&'’-]*(?:[ ]+(?:[A-Z][\w&'’-]*|and|of|for|the|&)){0,9}?)"
                              r"(?:[ ]+(?:Meeting|MEETING))?[ ]+(?:held[ ]+on[ ]+)?(?:[A-Z][a-z]+day,?[ ]+)?"
                              r"\d{1,2}(?:st|nd|rd|th)?[ ]*[A-Z][a-z]+,?[ ]+(?:19|20)\d\d\b")
MID_REACH = 120  # (the heading near its line's start: on a whole page run onto one line, it is no page's heading)


# a link's file printed after an entry's title on a web page: "(PDF, 120KB)", "[PDF 98 KB]", "PDF 101 KB", "(Word
# document)"; used by the listings' readers of decisions and agreements
LINK_FILE = (r"[ \t]*(?:[(\[][ \t]*(?:pdf|docx?|word|xlsx?|odt|rtf)\b[^)\]\n]{0,30}[)\]]|"
             r"(?:pdf|docx?|word|xlsx?)[ \t,:-]*\d+(?:\.\d+)?[ \t]*(?:[kmg]b|bytes))")
LINK_FILE_RX = re.compile("(?i)" + LINK_FILE)
LINK_TAIL_RX = re.compile("(?i)" + LINK_FILE + r"[ \t.]*$")  # at a title's end: "Fleet replacement (PDF, 98KB)"


#: the marks a list's entries start with (Word's and web pages' bullets, as a character class's contents)
BULLET_MARKS = "•·▪◦‣∙●■○➢➤►"


def office_title(gap: str = r"[ \t]+") -> str:
    """The commissioner's office by its title, as printed: "Police and Crime Commissioner", "Police & Crime
    Commissioner", "Police, Fire and Crime Commissioner", "PCC", "PFCC". ``gap`` is what may part its words (spaces,
    or ``\\s+`` where a sentence wraps over lines); wrap the pattern in ``(?i:...)`` where case does not matter."""
    return (rf"(?:Police,?{gap}(?:Fire{gap}(?:and{gap}Rescue{gap})?)?(?:and|&){gap}Crime{gap}Commissioner|PCC|PFCC)")


OFFICE_TITLE = office_title()
