"""The forms of the meetings and actions pages (no blueprint: `meetings.py` and `actions.py` use them).

Dates are typed as YYYY-MM-DD and read by the services, which name the
field, the value as typed and the reason when it is wrong.
"""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput, GovRadioInput, GovSelect, GovSubmitInput, GovTextArea, GovTextInput,
)
from wtforms import BooleanField, HiddenField, RadioField, SelectField, StringField, SubmitField, TextAreaField
# SelectChoice is new in WTForms 3.3; the types-WTForms stubs (3.2) do not have it yet
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import InputRequired, Length, Optional

DATE_HINT = "For example, 2027-03-10 (year, month, day)."


class MeetingForm(FlaskForm):
    forum = SelectField("Forum", widget=GovSelect(), validators=[InputRequired("Choose the forum")])
    date = StringField("Date", widget=GovTextInput(), description=DATE_HINT,
                       validators=[InputRequired("Enter the date of the meeting"), Length(max=40)])
    time = StringField("Start time (optional)", widget=GovTextInput(), description="For example, 14:00.",
                       validators=[Optional(), Length(max=20)])
    venue = StringField("Venue (optional)", widget=GovTextInput(), validators=[Optional(), Length(max=300)])
    submit = SubmitField("Add meeting", widget=GovSubmitInput())


class AgendaItemForm(FlaskForm):
    title = StringField("Title", widget=GovTextInput(), validators=[InputRequired("Enter the item's title"),
                                                                    Length(max=300)])
    number = StringField("Item number (optional)", widget=GovTextInput(),
                         description="Leave blank for the next number.", validators=[Optional(), Length(max=20)])
    presenter = StringField("Presented by (optional)", widget=GovTextInput(),
                            description="For example, Chief Executive.", validators=[Optional(), Length(max=200)])
    needs_decision = BooleanField("This business needs an in-principle decision", widget=GovCheckboxInput(),
                                  description="The forum's notice rule applies to it, and it goes with a paper.")
    paper = StringField("Title of its paper (optional)", widget=GovTextInput(),
                        description="Leave blank if the paper has the item's title, or there is none.",
                        validators=[Optional(), Length(max=300)])
    sent = StringField("Date it was sent to every party (optional)", widget=GovTextInput(),
                       description=DATE_HINT + " Leave blank if not known.", validators=[Optional(), Length(max=40)])
    confirm_late = BooleanField("Add it as a late item", widget=GovCheckboxInput(),
                                description="Only if it went out after the notice deadline: it is then recorded "
                                            "as late, and listed among the papers sent late.")
    submit = SubmitField("Add item", widget=GovSubmitInput())


ROLES = [SelectChoice("member", "Member, present"), SelectChoice("in-attendance", "In attendance"),
         SelectChoice("apologies", "Sent apologies")]


def choices(pairs: list[tuple[str, str]]) -> list:
    """(value, label) pairs as a select's choices."""
    return [SelectChoice(value, label) for value, label in pairs]


class AttendanceForm(FlaskForm):
    name = StringField("Name", widget=GovTextInput(), validators=[InputRequired("Enter the person's name"),
                                                                  Length(max=120)])
    capacity = StringField("Post (optional)", widget=GovTextInput(), description="As printed, for example "
                           "Chief Constable, Cambridgeshire Constabulary.", validators=[Optional(), Length(max=200)])
    role = RadioField("Attendance", widget=GovRadioInput(), choices=ROLES,
                      validators=[InputRequired("Choose how they attended")])
    submit = SubmitField("Record attendance", widget=GovSubmitInput())


class MinutesForm(FlaskForm):
    version = HiddenField()
    text = TextAreaField("Minutes", widget=GovTextArea(), validators=[InputRequired("Enter the minutes")])
    submit = SubmitField("Save draft minutes", widget=GovSubmitInput())


class ApproveForm(FlaskForm):
    version = HiddenField()
    at = SelectField("Approved at the meeting of", widget=GovSelect(),
                     validators=[InputRequired("Choose the meeting that approved them")])
    submit = SubmitField("Approve minutes", widget=GovSubmitInput())


class ActionForm(FlaskForm):
    text = TextAreaField("Action", widget=GovTextArea(), validators=[InputRequired("Enter what is to be done")])
    owner = StringField("Owner", widget=GovTextInput(), description="Who is to do it.",
                        validators=[InputRequired("Enter who owns the action"), Length(max=200)])
    due = StringField("Due (optional)", widget=GovTextInput(),
                      description="A date such as 2027-03-10, or a time from the meeting such as "
                                  "‘in six months’ or ‘12 weeks’.", validators=[Optional(), Length(max=80)])
    item = SelectField("Agenda item (optional)", widget=GovSelect(), validators=[Optional()])
    submit = SubmitField("Add action", widget=GovSubmitInput())


class DoneForm(FlaskForm):
    version = HiddenField()
    on = StringField("Date done", widget=GovTextInput(), description=DATE_HINT,
                     validators=[InputRequired("Enter the date it was done"), Length(max=40)])
    update = TextAreaField("Update", widget=GovTextArea(), description="What was done.",
                           validators=[InputRequired("Enter what was done")])
    submit = SubmitField("Mark as done", widget=GovSubmitInput())


def version_of(form: FlaskForm) -> int | None:
    data = form.version.data or ""
    return int(data) if data.isdigit() and len(data) < 10 else None
