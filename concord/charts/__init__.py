"""Charts for pages (SVG) and documents (PNG), drawn with matplotlib's Agg backend.

Every function is pure: it takes plain data (labels and Decimals) and
returns a `Chart` holding the same figure as SVG text and PNG bytes. No
register, no files: the caller decides where a chart goes.
"""

from concord.charts.figures import Chart, capital_against_budget, mtfp_gap, spend_against_savings, variance_by_line

__all__ = ["Chart", "capital_against_budget", "mtfp_gap", "spend_against_savings", "variance_by_line"]
