"""A date typed in GOV.UK's day, month and year boxes, with an error a person can act on."""

from __future__ import annotations

import datetime as dt
from typing import Any

from govuk_frontend_wtf.wtforms_widgets import GovDateInput
from wtforms import DateField


class DayField(DateField):
    """Three boxes (day, month, year) read as one date; a date that does not exist is
    refused with the field's own words, never WTForms' "Not a valid date value"."""

    widget = GovDateInput()

    def __init__(self, label: str, *args: Any, what: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("format", "%d %m %Y")
        kwargs.setdefault("description", "For example, 27 3 2019")
        super().__init__(label, *args, **kwargs)
        self.what = what or label[0].lower() + label[1:]

    def process_formdata(self, valuelist: list[Any]) -> None:
        if len(valuelist) != 3:  # not posted by the three boxes: treated as left empty
            self.raw_data = ["", "", ""]
            valuelist = self.raw_data
        parts = [str(v).strip() for v in valuelist]
        if not any(parts):
            self.data = None
            return
        try:
            day, month, year = (int(p) for p in parts)
            if not 1900 <= year <= 2199:
                raise ValueError
            self.data = dt.date(year, month, day)
        except ValueError:
            self.data = None
            raise ValueError(f"Enter the {self.what} as a real date, for example 27 3 2019") from None
