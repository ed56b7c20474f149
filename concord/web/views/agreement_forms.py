"""The forms of the agreements area. Each field is named as the service names it
in its errors (`party`, `on`, `until`...), so that a refusal lands on its field."""

from __future__ import annotations

import datetime as dt

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput, GovCheckboxInput, GovRadioInput, GovSelect, GovSubmitInput, GovTextArea, GovTextInput,
)
from wtforms import (
    BooleanField, Field, HiddenField, RadioField, SelectField, SelectMultipleField, StringField, SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import InputRequired, Length, Optional, Regexp, ValidationError

from concord.domain.agreements import FollowThrough
from concord.domain.markings import Marking
from concord.domain.provisions import ProvisionType
from concord.domain.vocab import CostBasis

DATE_HINT = "Write it as year-month-day, for example 2024-04-01."
PARTY_HINT = ("One on each line: a force's id (both its offices, e.g. kent), or one office: kent:chief for the "
              "chief constable, kent:pcc for the policing body.")


def day(form: FlaskForm, field: Field) -> None:
    """A date typed as YYYY-MM-DD (empty passes: InputRequired says when one is needed)."""
    text = (field.data or "").strip()
    if not text:
        return
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{field.label.text} ‘{text}’ is not a date written as YYYY-MM-DD") from None
    if len(text) != 10:
        raise ValidationError(f"{field.label.text} ‘{text}’ is not a date written as YYYY-MM-DD")


def as_date(field: Field) -> dt.date | None:
    text = (field.data or "").strip()
    return dt.date.fromisoformat(text) if text else None


def version_of(form: FlaskForm) -> int | None:
    return int(form.version.data) if (form.version.data or "").isdigit() else None


def _date(label: str, required: str | None = None, hint: str = DATE_HINT) -> StringField:
    checks = [InputRequired(required)] if required else [Optional()]
    return StringField(label, widget=GovTextInput(), description=hint, validators=[*checks, day])


def _decision(example: str) -> StringField:
    return StringField("Decision notice that approved it", widget=GovTextInput(),
                       description=f"Its reference, e.g. {example}. Optional.", validators=[Optional(), Length(max=40)])


class AgreementForm(FlaskForm):
    slug = StringField("Short name", widget=GovTextInput(), description=(
        "Lower-case letters, digits and hyphens, used in its web address, e.g. regional-fleet-2024."),
        validators=[InputRequired("Enter a short name"), Length(max=80),
                    Regexp(r"^[a-z0-9][a-z0-9-]*$", message="Short name must be lower-case letters, digits "
                                                            "and hyphens, starting with a letter or digit")])
    title = StringField("Title", widget=GovTextInput(), validators=[InputRequired("Enter the title"),
                                                                    Length(max=300)])
    party = TextAreaField("Parties", widget=GovTextArea(), description=PARTY_HINT,
                          validators=[InputRequired("Enter the parties"), Length(max=2000)])
    start = _date("In force from", "Enter the date it is in force from")
    end_date = _date("End date", hint="Leave empty if it has no end date. " + DATE_HINT)
    review_date = _date("Review date", hint="Leave empty if none is set. " + DATE_HINT)
    lead = StringField("Lead force", widget=GovTextInput(), description="A force's id, e.g. kent. Optional.",
                       validators=[Optional(), Length(max=40)])
    annual_budget = StringField("Annual budget", widget=GovTextInput(), description="Pounds a year. Optional.",
                                validators=[Optional(), Length(max=40)])
    cost_basis = SelectField("Cost basis", widget=GovSelect(), choices=[
        SelectChoice("", "Not recorded"), *(SelectChoice(b.value, b.value.replace("_", " ").capitalize())
                                            for b in CostBasis)], validators=[Optional()])
    notice_months = StringField("Notice to withdraw, in months", widget=GovTextInput(),
                                description="A whole number, 0 to 120. Optional.",
                                validators=[Optional(), Regexp(r"^\d{1,3}$", message=(
                                    "Notice to withdraw must be a whole number of months, e.g. 12"))])
    committed_for_duration = BooleanField("The parties are committed for the duration: no one leaves before the "
                                          "end date", widget=GovCheckboxInput())
    marking = RadioField("Protective marking", widget=GovRadioInput(), default=Marking.OFFICIAL.value,
                         choices=[SelectChoice(mk.value, mk.value) for mk in Marking],
                         validators=[InputRequired("Choose a protective marking")])
    owner = SelectField("Belongs to", widget=GovSelect(), description=(
        "The organisation whose editors and approvers change it."), validators=[Optional()])
    submit = SubmitField("Add agreement", widget=GovSubmitInput())


class _Change(FlaskForm):
    version = HiddenField()


def _parties_field(label: str, hint: str) -> SelectMultipleField:
    return SelectMultipleField(label, widget=GovCheckboxesInput(), description=hint,
                               validators=[InputRequired("Choose at least one party")])


class RenewForm(_Change):
    party = _parties_field("Parties renewing", "Each party chosen has renewed in writing.")
    on = _date("Date of the written renewal", "Enter the date of the written renewal")
    until = _date("New end date agreed", "Enter the new end date agreed")
    reference = StringField("Letter or decision reference", widget=GovTextInput(), description="Optional.",
                            validators=[Optional(), Length(max=120)])
    submit = SubmitField("Record renewal", widget=GovSubmitInput())


class WithdrawForm(_Change):
    party = _parties_field("Parties giving notice", "Each party chosen gave written notice to withdraw.")
    given_on = _date("Date written notice was given", "Enter the date written notice was given")
    submit = SubmitField("Record notice to withdraw", widget=GovSubmitInput())


class JoinForm(_Change):
    party = TextAreaField("Parties joining", widget=GovTextArea(), description=PARTY_HINT,
                          validators=[InputRequired("Enter the parties joining"), Length(max=2000)])
    on = _date("Date they join", "Enter the date they join")
    decision = _decision("CPCC2019-008")
    submit = SubmitField("Add version", widget=GovSubmitInput())


class ExtendForm(_Change):
    until = _date("New end date", "Enter the new end date")
    effective = _date("Date the variation takes effect", "Enter the date the variation takes effect")
    decision = _decision("CPCC2019-007")
    submit = SubmitField("Add version", widget=GovSubmitInput())


class SignForm(_Change):
    party = _parties_field("Parties signing", "Each party chosen signed the agreement on this day.")
    on = _date("Date signed", "Enter the date the agreement was signed")
    submit = SubmitField("Record signatures", widget=GovSubmitInput())


#: how each way of following a decision through reads on the form (rule 5)
FOLLOW_THROUGH = {
    FollowThrough.EXECUTIVE_DECISION: "Its own executive decision (for example a commissioner's decision notice)",
    FollowThrough.CONSENT: "Consent to a decision with a material impact on it",
    FollowThrough.WRITTEN_AGREEMENT: "Agreement in writing to a decision made outside a meeting",
}


class FollowThroughForm(_Change):
    party = _parties_field("Parties following it through", "Each party chosen followed the version through.")
    kind = RadioField("How they followed it through", widget=GovRadioInput(),
                      choices=[SelectChoice(k.value, label) for k, label in FOLLOW_THROUGH.items()],
                      validators=[InputRequired("Choose how they followed it through")])
    on = _date("Date given", "Enter the date it was given")
    version_number = SelectField("Version", widget=GovSelect(), validators=[InputRequired("Choose the version")])
    decision = StringField("Its decision notice", widget=GovTextInput(), validators=[Optional(), Length(max=40)],
                           description="The reference of the party's own decision notice, e.g. CPCC2019-012. Optional.")
    submit = SubmitField("Record follow-through", widget=GovSubmitInput())


#: s22A(2): whose functions a clause's collaboration is about
PROVISION_TYPES = {
    ProvisionType.FORCE: "Force collaboration (s22A(2)(a)): chief officers' functions",
    ProvisionType.POLICING_BODY: "Policing body collaboration (s22A(2)(b)): policing bodies' functions",
    ProvisionType.POLICING_BODY_AND_FORCE: "Policing body and force collaboration (s22A(2)(c))",
}


class ProvisionForm(_Change):
    clause = StringField("Clause", widget=GovTextInput(), description="As the agreement numbers it, for example 4.2.",
                         validators=[InputRequired("Enter the clause"), Length(max=40)])
    type = RadioField("Provision type", widget=GovRadioInput(),
                                choices=[SelectChoice(t.value, label) for t, label in PROVISION_TYPES.items()],
                                validators=[InputRequired("Choose the provision type")])
    summary = TextAreaField("What the clause provides", widget=GovTextArea(), description="Optional.",
                            validators=[Optional(), Length(max=2000)])
    submit = SubmitField("Add provision", widget=GovSubmitInput())


def _part(label: str, hint: str) -> TextAreaField:
    return TextAreaField(label, widget=GovTextArea(), description=hint, validators=[Optional(), Length(max=4000)])


class SummaryForm(_Change):
    """Rule 15: what the public reads in place of an agreement whose full text would reveal tactics."""

    title = StringField("Title", widget=GovTextInput(), description="The title the public reads.",
                        validators=[InputRequired("Enter the title the public reads"), Length(max=300)])
    objective = _part("Objective", "What the collaboration is for.")
    scope = _part("Scope", "The functions and the area it covers.")
    term = _part("Term", "When it runs from and to, and when it is reviewed.")
    termination = _part("Termination", "How it ends, and how a party leaves.")
    direction_and_control = _part("Direction and control", "Who directs and controls its officers and staff.")
    governance = _part("Governance", "The boards that oversee it.")
    submit = SubmitField("Save summary", widget=GovSubmitInput())


class ApproveSummaryForm(_Change):
    submit = SubmitField("Approve for publication", widget=GovSubmitInput())


class MarkingForm(_Change):
    marking = RadioField("New protective marking", widget=GovRadioInput(),
                         choices=[SelectChoice(mk.value, mk.value) for mk in Marking],
                         validators=[InputRequired("Choose the new marking")])
    reason = TextAreaField("Why the marking changes", widget=GovTextArea(), description=(
        "Kept in the record's marking history. Lowering a marking needs an approver."),
        validators=[InputRequired("Say why the marking changes"), Length(max=2000)])
    submit = SubmitField("Change marking", widget=GovSubmitInput())


def lines(text: str | None) -> list[str]:
    """The parties typed one a line (commas also separate them)."""
    return [p.strip() for line in (text or "").splitlines() for p in line.split(",") if p.strip()]
