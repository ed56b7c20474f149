"""Sheets whose templates exist before their registers do: savings and benefits, usage recharges.

Their columns are those issue 14 lists. Importing them is not supported yet (no store holds them
in this branch): an import names each such sheet as a problem and imports nothing. When their
registers exist, their areas register specs with `load` and `dump` under the same keys.
"""

from __future__ import annotations

from concord.services.spreadsheets.spec import Column, SheetSpec, register

NOT_YET = "cannot be imported yet: Concord has no register of {what} to import it into"

SAVINGS = register(SheetSpec(
    key="savings", name="Savings", not_yet=NOT_YET.format(what="savings"),
    about="Savings and benefits: predicted against delivered, per project and function, per force and year.",
    columns=(
        Column("Force", "force"), Column("Year", "year", "year"), Column("Project", "project", required=False),
        Column("Function", "function", required=False), Column("Saving", "title"),
        Column("Cashable", "cashable", "bool"), Column("Owner", "owner"),
        Column("Baseline", "baseline", "money", required=False), Column("Measure", "measure", required=False),
        Column("Target", "target", "money", required=False), Column("Due date", "due", "date", required=False),
        Column("Predicted", "predicted", "money"), Column("Delivered", "delivered", "money", required=False),
        Column("Collaboration spend", "spend", "money", required=False))), template="savings")

RECHARGE = register(SheetSpec(
    key="recharge", name="Recharges", not_yet=NOT_YET.format(what="usage recharges"),
    about="Usage recharges (rule 8): vehicles on fleet per force per month by profile, invoiced monthly in arrears.",
    columns=(
        Column("Consortium", "alliance"), Column("Force", "force"), Column("Year", "year", "year"),
        Column("Month", "month", "month"), Column("Profile", "profile"),
        Column("Vehicles on fleet", "vehicles", "int"), Column("Monthly rate", "rate", "money"),
        Column("Amount", "amount", "money", required=False, computed=True),
        Column("Invoice date", "invoiced_on", "date", required=False))), template="recharge")
