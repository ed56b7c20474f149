"""Turning errors into messages and exit statuses, in one place."""

from __future__ import annotations

import sys

import typer

from concord.domain.errors import ConflictError, DomainError, PermissionDenied

EXIT_BAD_INPUT = 2
EXIT_CONFLICT = 3
EXIT_DENIED = 4


def run_guarded(app: typer.Typer, argv: list[str] | None = None) -> int:
    try:
        result = app(args=argv, standalone_mode=False)
        if isinstance(result, int):  # typer.Exit(code) comes back as a return value here
            return result
    except DomainError as exc:
        print(f"concord: error: {exc.field}: {exc.value!r} {exc.reason}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except PermissionDenied as exc:
        print(f"concord: not allowed: {exc}", file=sys.stderr)
        return EXIT_DENIED
    except ConflictError as exc:
        print(f"concord: conflict: {exc}", file=sys.stderr)
        return EXIT_CONFLICT
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        print("Aborted.", file=sys.stderr)
        return 1
    except typer.TyperException as exc:  # usage errors: shown, exit 2 like click does
        exc.show()
        return getattr(exc, "exit_code", EXIT_BAD_INPUT)
    except FileNotFoundError as exc:
        print(f"concord: error: {exc.filename}: not found", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0
