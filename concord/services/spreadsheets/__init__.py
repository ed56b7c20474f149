"""Finance spreadsheets in and out: XLSX (openpyxl) and CSV, a sheet a kind of finance table.

`spec` holds the registry of sheet specifications (columns, types, how a row becomes a service
call); `workbook` reads and writes the files; `book` imports (whole or not at all), exports and
makes templates. The sheets registered here, in the order of a workbook: Revenue
(`revenue_sheet`), Capital (`capital_sheet`), MTFP scenarios and assumptions (`mtfp_sheet`), and
the templates of Savings and Recharges (`pending_sheets`). Another area registers its sheets
with `spec.register`.
"""

from __future__ import annotations

from concord.services.spreadsheets import revenue_sheet  # noqa: F401  (registered first: the first sheet)
from concord.services.spreadsheets import capital_sheet, mtfp_sheet, pending_sheets  # noqa: F401,I001
