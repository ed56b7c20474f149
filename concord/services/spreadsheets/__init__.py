"""Finance spreadsheets in and out: XLSX (openpyxl) and CSV, a sheet a kind of finance table.

`spec` holds the registry of sheet specifications (columns, types, how a row becomes a service
call); `workbook` reads and writes the files; `book` imports (whole or not at all), exports and
makes templates. The sheets registered here, in the order of a workbook and of an import (a sheet
may name what an earlier one adds): Revenue (`revenue_sheet`), Capital tables as printed
(`capital_sheet`), MTFP scenarios and assumptions (`mtfp_sheet`), the capital programme, its
schemes, financing and amendments (`capital_programme_sheet`), savings and collaboration spend
(`savings_sheet`), shared costs, fleet profiles and usage (`recharge_sheet`), and referendum limits,
precepts and precept dates (`precept_sheet`). Another area registers its sheets with `spec.register`.
"""

from __future__ import annotations

from concord.services.spreadsheets import revenue_sheet  # noqa: F401  (registered first: the first sheet)
from concord.services.spreadsheets import capital_sheet, mtfp_sheet  # noqa: F401,I001
from concord.services.spreadsheets import capital_programme_sheet, savings_sheet  # noqa: F401,I001
from concord.services.spreadsheets import recharge_sheet, precept_sheet  # noqa: F401,I001
