"""An amount of money typed in a box (£1,200,000.00, 1.2m, (1,234)), read exactly as the CLI
reads it, with an error a person can act on."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, overload

from govuk_frontend_wtf.wtforms_widgets import GovTextInput
from wtforms import StringField
from wtforms.validators import ValidationError

from concord.domain.errors import DomainError
from concord.domain.money import to_money


class MoneyField(StringField):
    """Pounds and pence; `.amount` is the exact Decimal (None when left empty). The text typed is kept."""

    widget = GovTextInput()

    def __init__(self, label: str, *args: Any, negative: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("description", "In pounds, for example 125,000 or 1.2m")
        super().__init__(label, *args, **kwargs)
        self.negative = negative
        self.amount: Decimal | None = None

    def pre_validate(self, form: Any) -> None:  # noqa: ANN401
        text = (self.data or "").strip()
        self.amount = None
        if not text:
            return
        try:
            self.amount = to_money(text, self.name, allow_negative=self.negative)
        except DomainError as exc:
            raise ValidationError(f"{self.label.text} ‘{text}’ {exc.reason}") from None


@overload
def pounds(field: MoneyField) -> Decimal | None: ...


@overload
def pounds(field: MoneyField, default: Decimal) -> Decimal: ...


def pounds(field: MoneyField, default: Decimal | None = None) -> Decimal | None:
    """The amount a validated field holds, or `default` when it was left empty."""
    return field.amount if field.amount is not None else default


#: the classes of a money box: wide enough for £99,999,999.99
MONEY = {"classes": "govuk-input--width-10", "spellcheck": False}
