"""`concord pack` and `concord paper`: board papers and whole agenda packs written from the register
as PDF, DOCX and HTML (concord/papers). Files are written all at once, or not at all."""

from __future__ import annotations

from pathlib import Path
from collections.abc import Callable
from typing import Annotated, Any, Optional

import typer

from concord.cli import acting
from concord.cli.options import count, parse_date

OUT = Annotated[Path, typer.Option("--out", help="The folder to write into (made if missing)")]
TEMPLATES = Annotated[Optional[Path], typer.Option(
    "--templates", help="A folder of your own templates overriding the built-in ones (or CONCORD_PAPER_TEMPLATES)")]
FORMAT = Annotated[str, typer.Option("--format", help="pdf, docx or html")]
YEAR = count(2100, 2000, "a financial year's first calendar year")
MONTH = count(12, 1, "a month of the financial year, 1 (April) to 12 (March)")

paper_app = typer.Typer(help="Write one paper from the register as PDF, DOCX or HTML.", no_args_is_help=True)


def install(root: typer.Typer) -> None:
    root.command("pack")(pack)
    root.add_typer(paper_app, name="paper")


def pack(
    meeting: Annotated[str, typer.Option("--meeting", help="The meeting: its number, or FORUM/DATE, e.g. "
                                         "cambridgeshire-bcb/2016-12-16")],
    out: OUT,
    public: Annotated[bool, typer.Option("--public", help="The public edition: leave out what may not be published")]
    = False,
    max_marking: Annotated[Optional[str], typer.Option(
        "--max-marking", help="The highest marking the pack may carry (default OFFICIAL-SENSITIVE)")] = None,
    templates: TEMPLATES = None,
) -> None:
    """Write a meeting's whole agenda pack as PDF and DOCX: cover, contents (with the PDF's page numbers),
    agenda, the minutes and actions of the last meeting, and every paper with its appendices."""
    from concord.papers import make
    from concord.papers import pack as packs

    limit = _marking(max_marking) if max_marking else None
    with acting.reading() as ctx:
        doc = packs.gather(ctx, meeting, public=public, limit=limit)
    for path in make.write(doc, ("pdf", "docx"), out, templates):
        typer.echo(f"Wrote {path}")


def _marking(text: str):  # noqa: ANN202
    from concord.domain.errors import DomainError
    from concord.domain.markings import Marking

    try:
        return Marking(text.strip().upper())
    except ValueError:
        raise DomainError("--max-marking", text, "must be one of " + ", ".join(m.value for m in Marking)) from None


def _write(doc, fmt: str, out: Path, templates: Optional[Path]) -> None:  # noqa: ANN001
    from concord.papers import make

    for path in make.write(doc, (fmt,), out, templates):
        typer.echo(f"Wrote {path}")


def _paper(fmt: str, out: Path, templates: Optional[Path], gather: Callable[[Any, Any], Any]) -> None:
    """Check the format, gather one paper from the register (`gather(ctx, kinds)`) and write it."""
    from concord.papers import kinds

    _check_format(fmt)
    with acting.reading() as ctx:
        doc = gather(ctx, kinds)
    _write(doc, fmt, out, templates)


def _check_format(fmt: str) -> str:
    from concord.domain.errors import DomainError
    from concord.papers.make import FORMATS

    if fmt not in FORMATS:
        raise DomainError("--format", fmt, "must be one of " + ", ".join(FORMATS))
    return fmt


@paper_app.command("decision-notice")
def decision_notice(key: Annotated[str, typer.Argument(help="The notice's reference (CPCC2019-007) or number")],
                    out: OUT, fmt: FORMAT = "pdf", templates: TEMPLATES = None) -> None:
    """A decision notice: its number, decision and signature block."""
    _paper(fmt, out, templates, lambda ctx, kinds: kinds.decision_notice(ctx, key))


@paper_app.command("minutes")
def minutes(meeting: Annotated[str, typer.Argument(help="The meeting: its number, or FORUM/DATE")],
            out: OUT, fmt: FORMAT = "pdf", templates: TEMPLATES = None) -> None:
    """The minutes of a meeting: attendance, apologies, business, minutes and actions."""
    _paper(fmt, out, templates, lambda ctx, kinds: kinds.minutes(ctx, meeting))


@paper_app.command("collaboration")
def collaboration(alliance: Annotated[str, typer.Argument(help="The alliance's short name, e.g. bch")],
                  out: OUT, fmt: FORMAT = "pdf", as_of: Annotated[Optional[str], typer.Option(
                      "--as-of", help="The day the update speaks for (YYYY-MM-DD; default today)")] = None,
                  templates: TEMPLATES = None) -> None:
    """A collaboration update for an alliance: agreements, reviews due, projects and phases, savings."""
    day = parse_date(as_of, "--as-of") if as_of else None
    _paper(fmt, out, templates, lambda ctx, kinds: kinds.collaboration(ctx, alliance, day))


@paper_app.command("s22a")
def s22a(agreement: Annotated[str, typer.Argument(help="The agreement's short name, e.g. chiltern")],
         out: OUT, fmt: FORMAT = "pdf", templates: TEMPLATES = None) -> None:
    """A section 22A agreement paper, with its published summary (rule 15) and decision notice."""
    _paper(fmt, out, templates, lambda ctx, kinds: kinds.s22a(ctx, agreement))


@paper_app.command("mtfp")
def mtfp(body: Annotated[str, typer.Argument(help="The policing body, e.g. cambridgeshire")],
         out: OUT, fmt: FORMAT = "pdf", templates: TEMPLATES = None) -> None:
    """The MTFP and budget update: the gap per year, and each scenario's projection."""
    _paper(fmt, out, templates, lambda ctx, kinds: kinds.mtfp(ctx, body))


@paper_app.command("revenue")
def revenue(body: Annotated[str, typer.Argument(help="The policing body, e.g. cambridgeshire")],
            year: Annotated[int, typer.Option("--year", parser=YEAR, help="The financial year: 2016 is 2016/17")],
            month: Annotated[int, typer.Option("--month", parser=MONTH, help="Month N of the year (1 = April)")],
            out: OUT, fmt: FORMAT = "pdf", templates: TEMPLATES = None) -> None:
    """Revenue budget monitoring for month N: each line's budget, actual, variance and forecast."""
    _paper(fmt, out, templates, lambda ctx, kinds: kinds.revenue(ctx, body, year, month))


@paper_app.command("capital")
def capital(body: Annotated[str, typer.Argument(help="The policing body, e.g. cambridgeshire")],
            year: Annotated[int, typer.Option("--year", parser=YEAR, help="The financial year: 2016 is 2016/17")],
            month: Annotated[int, typer.Option("--month", parser=MONTH, help="Month N of the year (1 = April)")],
            out: OUT, fmt: FORMAT = "pdf", templates: TEMPLATES = None) -> None:
    """The capital programme (outturn to month N): each scheme's budget, spend, commitments and variance."""
    _paper(fmt, out, templates, lambda ctx, kinds: kinds.capital(ctx, body, year, month))
