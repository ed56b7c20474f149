"""`concord capital`: the capital programme — schemes, financing, amendments by decision, the balance."""

from __future__ import annotations

import json
from dataclasses import asdict
from decimal import Decimal
from typing import Annotated, Any, Optional

import typer

from concord.cli import acting
from concord.cli.options import parse_date, parse_money, terminal_safe
from concord.domain.errors import DomainError

app = typer.Typer(help="The capital programme: schemes, financing, amendments proposed and approved, "
                  "the balance of payments and financing.", no_args_is_help=True)

BODY = Annotated[str, typer.Argument(help="The policing body: its force's id, e.g. cambridgeshire")]
YEAR = Annotated[str, typer.Argument(help="The financial year: 2016/17 (or 2016)")]


def install(root: typer.Typer) -> None:
    root.add_typer(app, name="capital")


def financial_year(text: str, field: str = "year") -> int:
    """'2016/17' or '2016' → 2016."""
    from concord.domain.mtfp import parse_fy

    return parse_fy(text, field)


def _pounds(value: Optional[str], field: str, negative: bool = False) -> Optional[Decimal]:
    return parse_money(value, field, allow_negative=negative)


def _pairs(values: Optional[list[str]], field: str) -> list[tuple[str, Decimal]]:
    """NAME=AMOUNT pairs (an amount may be negative: a reduction)."""
    out = []
    for value in values or []:
        name, sep, amount = value.rpartition("=")
        if not sep or not name.strip():
            raise DomainError(field, value, "must be NAME=AMOUNT, e.g. CP16/18=621622")
        parsed = parse_money(amount, field, allow_negative=True)
        assert parsed is not None
        out.append((name.strip(), parsed))
    return out


@app.command("add")
def add(body: BODY, year: YEAR,
        title: Annotated[str, typer.Option("--title", help="e.g. 'Capital programme 2016/17'")],
        marking: Annotated[str, typer.Option("--marking", help="Its protective marking")] = "OFFICIAL") -> None:
    """Add a policing body's capital programme for a year."""
    from concord.services import capital

    with acting.writing() as ctx:
        done = capital.add_programme(ctx, body, financial_year(year), title, marking)
    typer.echo(f"Capital programme {done.body} {done.label} added (version {done.version})")


@app.command("scheme")
def scheme(body: BODY, year: YEAR,
           code: Annotated[str, typer.Argument(help="The scheme number, e.g. CP16/05 ('' for none)")],
           name: Annotated[str, typer.Argument(help="The scheme's title")],
           category: Annotated[Optional[str], typer.Option("--category", help="e.g. Land & Buildings")] = None,
           brought_forward: Annotated[str, typer.Option("--brought-forward", help="Budget brought forward (£)")] = "0",
           original: Annotated[str, typer.Option("--original", help="The original programme (£)")] = "0",
           actual: Annotated[str, typer.Option("--actual", help="Spent to date (£)")] = "0",
           commitments: Annotated[str, typer.Option("--commitments", help="Committed to date (£)")] = "0",
           forecast: Annotated[Optional[str], typer.Option("--forecast", help="Forecast outturn for the year (£)")] = None,
           progress: Annotated[Optional[str], typer.Option("--progress", help="A progress note")] = None,
           ) -> None:
    """Add a scheme to a programme."""
    from concord.services import capital

    with acting.writing() as ctx:
        done = capital.add_scheme(
            ctx, body, financial_year(year), code or None, name, category,
            _pounds(brought_forward, "--brought-forward") or Decimal(0), _pounds(original, "--original") or Decimal(0),
            _pounds(actual, "--actual", True) or Decimal(0), _pounds(commitments, "--commitments", True) or Decimal(0),
            _pounds(forecast, "--forecast"), progress)
    typer.echo(f"Scheme {done.id} {terminal_safe(done.code or '')} {terminal_safe(done.name)} added: "
               f"revised budget £{done.revised:,.2f}")


@app.command("update")
def update(body: BODY, year: YEAR,
           scheme_ref: Annotated[str, typer.Argument(metavar="SCHEME", help="The scheme's number or id")],
           actual: Annotated[Optional[str], typer.Option("--actual", help="Spent to date (£)")] = None,
           commitments: Annotated[Optional[str], typer.Option("--commitments", help="Committed to date (£)")] = None,
           forecast: Annotated[Optional[str], typer.Option("--forecast", help="Forecast outturn for the year (£)")] = None,
           progress: Annotated[Optional[str], typer.Option("--progress", help="A progress note")] = None,
           expected_version: Annotated[Optional[int], typer.Option(
               "--expected-version", help="The scheme's version as you saw it; a newer one is refused (exit 3)")] = None,
           ) -> None:
    """Record a scheme's spend, commitments, forecast outturn or progress."""
    from concord.services import capital

    with acting.writing() as ctx:
        done = capital.update_scheme(ctx, body, financial_year(year), scheme_ref, _pounds(actual, "--actual", True),
                                     _pounds(commitments, "--commitments", True), _pounds(forecast, "--forecast"),
                                     progress, expected_version)
    typer.echo(f"Scheme {done.id} {terminal_safe(done.code or '')}: spent and committed £{done.spent:,.2f} of "
               f"£{done.revised:,.2f} (version {done.version})")


@app.command("financing")
def financing(body: BODY, year: YEAR,
              label: Annotated[str, typer.Argument(help="The source as printed, e.g. 'Capital Receipts'")],
              brought_forward: Annotated[str, typer.Option("--brought-forward", help="Brought forward (£)")] = "0",
              original: Annotated[str, typer.Option("--original", help="In the original programme (£)")] = "0",
              applied: Annotated[Optional[str], typer.Option("--applied", help="Applied to date (£)")] = None,
              ) -> None:
    """Add a financing line: grants, reserves, capital receipts, RCCO or borrowing (read from its label)."""
    from concord.services import capital

    with acting.writing() as ctx:
        done = capital.add_financing(ctx, body, financial_year(year), label,
                                     _pounds(brought_forward, "--brought-forward") or Decimal(0),
                                     _pounds(original, "--original") or Decimal(0), _pounds(applied, "--applied"))
    typer.echo(f"Financing {terminal_safe(done.label)} ({done.source}) added: £{done.revised:,.2f}")


@app.command("change-financing")
def change_financing(body: BODY, year: YEAR,
                     label: Annotated[str, typer.Argument(help="The financing line's label, as listed by `show`")],
                     brought_forward: Annotated[Optional[str], typer.Option("--brought-forward",
                                                                            help="Brought forward (£)")] = None,
                     original: Annotated[Optional[str], typer.Option("--original",
                                                                     help="In the original programme (£)")] = None,
                     applied: Annotated[Optional[str], typer.Option("--applied", help="Applied to date (£)")] = None,
                     expected_version: Annotated[Optional[int], typer.Option(
                         "--expected-version",
                         help="The line's version as you saw it; a newer one is refused (exit 3)")] = None,
                     ) -> None:
    """Change a financing line's figures (those given); shows whether the financing still balances."""
    from concord.services import capital

    with acting.writing() as ctx:
        done = capital.update_financing(ctx, body, financial_year(year), label,
                                        _pounds(brought_forward, "--brought-forward"),
                                        _pounds(original, "--original"), _pounds(applied, "--applied"),
                                        expected_version)
        view = capital.programme(ctx, body, financial_year(year))
    typer.echo(f"Financing {terminal_safe(done.label)} ({done.source}): £{done.revised:,.2f} (version {done.version})")
    _balances(view)


@app.command("propose")
def propose(body: BODY, year: YEAR,
            description: Annotated[str, typer.Argument(help="What the amendment does")],
            scheme_amounts: Annotated[Optional[list[str]], typer.Option(
                "--scheme", help="SCHEME=AMOUNT added to a scheme's payments (repeat)")] = None,
            financed_by: Annotated[Optional[list[str]], typer.Option(
                "--financed-by", help="LABEL=AMOUNT added to a financing line (repeat)")] = None,
            on: Annotated[Optional[str], typer.Option("--on", help="Proposed on (YYYY-MM-DD)")] = None,
            as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False) -> None:
    """Propose an amendment: what it adds to schemes and how it is financed."""
    from concord.services import capital

    with acting.writing() as ctx:
        done = capital.propose_amendment(ctx, body, financial_year(year), description,
                                         _pairs(scheme_amounts, "--scheme"), _pairs(financed_by, "--financed-by"),
                                         parse_date(on, "--on"))
        view = capital.programme(ctx, body, financial_year(year))
    _amended(done, view, as_json)


@app.command("approve")
def approve(body: BODY, year: YEAR,
            amendment: Annotated[int, typer.Argument(help="The amendment's number (see `concord capital show`)")],
            on: Annotated[str, typer.Option("--on", help="Approved on (YYYY-MM-DD)")],
            decision: Annotated[Optional[str], typer.Option(
                "--decision", help="The decision notice (CPCC2016-029) or decision number that approves it")] = None,
            reference: Annotated[Optional[str], typer.Option(
                "--reference", help="The approval as printed, where the register holds no decision for it")] = None,
            expected_version: Annotated[Optional[int], typer.Option(
                "--expected-version", help="The amendment's version as you saw it; a newer one is refused (exit 3)")] = None,
            as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False) -> None:
    """Approve a proposed amendment by a decision; shows whether the financing still balances."""
    from concord.services import capital

    when = parse_date(on, "--on")
    assert when is not None
    with acting.writing() as ctx:
        done = capital.approve_amendment(ctx, body, financial_year(year), amendment, decision, when, reference,
                                         expected_version)
        view = capital.programme(ctx, body, financial_year(year))
    _amended(done, view, as_json)


@app.command("show")
def show(body: BODY, year: YEAR, as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False) -> None:
    """The programme: each scheme's budget, spend, % spent and slippage; the financing and its balance."""
    from concord.services import capital

    with acting.reading() as ctx:
        view = capital.programme(ctx, body, financial_year(year))
    if as_json:
        typer.echo(json.dumps(_plain(asdict(view)), indent=2))
        return
    s = view.summary
    typer.echo(f"{terminal_safe(s.title)} — {s.body} {s.label} ({s.marking}), £")
    typer.echo(f"{'Scheme':<52}{'Revised':>14}{'Spent+comm.':>14}{'Variance':>14}{'% spent':>9}{'Slippage':>12}")
    for x in (*view.schemes, *((view.totals,) if view.totals else ())):
        label = terminal_safe(f"{x.code or ''} {x.name}".strip())[:50]
        pct = f"{x.percent_spent}%" if x.percent_spent is not None else "-"
        typer.echo(f"{label:<52}{x.revised:>14,.2f}{x.spent:>14,.2f}{x.variance:>14,.2f}{pct:>9}{x.slippage:>12,.2f}")
    typer.echo(f"\n{'Financing':<52}{'Approved':>14}{'Revised':>14}")
    for f in view.financing:
        typer.echo(f"{terminal_safe(f.label)[:50]:<52}{f.approved:>14,.2f}{f.revised:>14,.2f}")
    typer.echo(f"Revenue contributions (RCCO), counted once: £{view.rcco:,.2f}")
    if view.amendments:
        typer.echo("\nAmendments")
        for a in view.amendments:
            typer.echo(f"{a.id}. {terminal_safe(a.description)}: £{a.payments:,.2f}, {a.status}"
                       + (f" by {terminal_safe(a.decision or '')} on {a.approved_on}" if a.status == "approved" else ""))
    typer.echo("")
    _balances(view)


@app.command("list")
def list_(body: Annotated[Optional[str], typer.Argument(help="Only this policing body's")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False) -> None:
    """The capital programmes in the register."""
    from concord.services import capital

    with acting.reading() as ctx:
        found = capital.programmes(ctx, body)
    if as_json:
        typer.echo(json.dumps([asdict(p) for p in found], indent=2))
        return
    for p in found:
        typer.echo(f"{p.body} {p.label}: {terminal_safe(p.title)} ({p.marking}, version {p.version})")


def _amended(done: Any, view: Any, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(_plain({"amendment": asdict(done), "balances": [asdict(b) for b in view.balances],
                                      "findings": list(view.findings)}), indent=2))
        return
    by = f" by {terminal_safe(done.decision)}" if done.decision else ""
    typer.echo(f"Amendment {done.id} ({terminal_safe(done.description)}) {done.status}{by}: payments "
               f"£{done.payments:,.2f}, financing £{done.financing:,.2f} (version {done.version})")
    _balances(view)


def _balances(view: Any) -> None:
    for b in view.balances:
        state = "balance" if b.balances else "balance within rounding" if b.within_rounding else "DO NOT BALANCE"
        typer.echo(f"{b.column.capitalize()} budget: payments £{b.payments:,.2f}, financing £{b.financing:,.2f}: "
                   f"{state}" + ("" if b.balances else f" (financing less payments £{b.difference:,.2f})"))
    for text in view.findings:
        typer.echo(f"Finding: {terminal_safe(text)}")


def _plain(value: Any) -> Any:
    """Decimals as strings, dates as ISO text, for JSON."""
    import datetime as dt

    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
