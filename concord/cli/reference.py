"""The command-line reference, generated from the commands themselves so
that it cannot drift: `python -m concord.cli.reference > docs/cli.md`."""

from __future__ import annotations

import typer.main


def _walk(cmd, path: list[str]):  # noqa: ANN001, ANN202
    yield path, cmd
    if hasattr(cmd, "commands"):
        for name in sorted(cmd.commands):
            yield from _walk(cmd.commands[name], path + [name])


def render() -> str:
    from concord.cli import app

    root = typer.main.get_command(app)
    out = ["# Command-line reference", "",
           "Generated from the code by `python -m concord.cli.reference`; a test keeps it current.", ""]
    for path, cmd in _walk(root, ["concord"]):
        if len(path) == 1:
            continue
        out.append(f"{'#' * min(len(path), 4)} `{' '.join(path)}`")
        out.append("")
        if cmd.help:
            out.append(" ".join(cmd.help.split("\n\n")[0].split()))
            out.append("")
        params = [p for p in cmd.params if p.name != "help"]
        for p in params:
            if getattr(p, "param_type_name", "") == "argument":
                out.append(f"- `{p.name.upper()}` (argument)" + (f": {p.help}" if getattr(p, "help", None) else ""))
            else:
                flags = ", ".join(f"`{o}`" for o in p.opts)
                out.append(f"- {flags}" + (f": {p.help}" if p.help else ""))
        if params:
            out.append("")
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    print(render(), end="")
