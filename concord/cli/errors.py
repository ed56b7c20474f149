"""Turning errors into messages and exit statuses, in one place.

Exit statuses (also in the README):

- 0: done; 1: `check --strict` found something overdue, or a question was declined;
- 2: bad input — the message names the field, the value as typed, and the reason;
- 3: conflict — the record changed since it was read;
- 4: not allowed — the acting user may not do this;
- 5: the register is busy — another program held the write lock too long; try again;
- 6: the database cannot be reached (HOST:PORT and the reason; never a password);
- 70: an internal error — a bug; one line, no traceback (CONCORD_DEBUG=1 shows it).

Nothing is written on any status but 0 and 1.
"""

from __future__ import annotations

import os
import sys

import typer

from concord.cli.options import SafeStream, terminal_safe
from concord.domain.errors import (
    CannotConnect, ConflictError, DomainError, PermissionDenied, RegisterBusy, shown,
)

EXIT_BAD_INPUT = 2
EXIT_CONFLICT = 3
EXIT_DENIED = 4
EXIT_BUSY = 5
EXIT_UNREACHABLE = 6
EXIT_INTERNAL = 70


def _say(message: str) -> None:
    print(terminal_safe(message), file=sys.stderr)


def run_guarded(app: typer.Typer, argv: list[str] | None = None) -> int:
    """Run the app; every error becomes one line on standard error and an exit status.
    Whatever a command prints is escaped for the terminal (`SafeStream`)."""
    real = sys.stdout
    sys.stdout = SafeStream(real)
    try:
        return _run(app, argv)
    finally:
        try:
            sys.stdout.flush()
        except (OSError, ValueError):
            pass
        sys.stdout = real


#: errors that are not bad input: (type, how the line starts, exit status)
_KNOWN: tuple[tuple[type[Exception], str, int], ...] = (
    (PermissionDenied, "concord: not allowed: ", EXIT_DENIED),
    (ConflictError, "concord: conflict: ", EXIT_CONFLICT),
    (RegisterBusy, "concord: busy: ", EXIT_BUSY),
    (CannotConnect, "concord: ", EXIT_UNREACHABLE),
)


def _known(exc: Exception) -> int | None:
    for kind, prefix, code in _KNOWN:
        if isinstance(exc, kind):
            _say(f"{prefix}{exc}")
            return code
    return None


def _run(app: typer.Typer, argv: list[str] | None) -> int:
    try:
        result = app(args=argv, standalone_mode=False)
        if isinstance(result, int):  # typer.Exit(code) comes back as a return value here
            return result
    except DomainError as exc:
        _say(f"concord: error: {exc.field}: {shown(exc.value)} {exc.reason}")
        return EXIT_BAD_INPUT
    except (PermissionDenied, ConflictError, RegisterBusy, CannotConnect) as exc:
        return _known(exc) or EXIT_INTERNAL
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        _say("Aborted.")
        return 1
    except typer.TyperException as exc:  # usage errors: shown, exit 2 like click does
        if hasattr(exc, "show"):
            exc.show()
        else:
            _say(f"concord: error: {exc}")
        return getattr(exc, "exit_code", EXIT_BAD_INPUT)
    except OSError as exc:  # a file or folder that cannot be read or written (PermissionDenied is above)
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _say(f"concord: error: {where}{exc.strerror or exc}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001  (the safety net: one clear line, never a traceback)
        return _last_resort(exc)
    return 0


def _last_resort(exc: Exception) -> int:
    from concord.services.database import explain

    code = _known(exc)
    if code is None:
        code = _known(explain(exc) or exc)
    if code is not None:
        return code
    if os.environ.get("CONCORD_DEBUG"):
        raise exc
    if isinstance(exc, RecursionError):
        _say("concord: error: the input is nested too deeply to read")
        return EXIT_BAD_INPUT
    if isinstance(exc, MemoryError):
        _say("concord: error: the input is too large to read in memory")
        return EXIT_BAD_INPUT
    _say(f"concord: internal error ({type(exc).__name__}); nothing was written. "
         "Please report it; CONCORD_DEBUG=1 shows the details")
    return EXIT_INTERNAL
