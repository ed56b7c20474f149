"""Files the register writes are its owner's alone (0600), whatever the umask.

The SQLite database is created empty with mode 0600 before SQLite opens
it; SQLite gives its WAL and shared-memory files the database file's
mode. Exports and backups are written to a new file created 0600 (a
folder 0700) and renamed into place when complete.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def create_private(path: Path) -> None:
    """Create `path` empty and private if it does not exist yet."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except (FileExistsError, FileNotFoundError, NotADirectoryError, PermissionError):
        return  # there already, or SQLite will say what is wrong with the place
    os.close(fd)


def open_private(path: Path):  # noqa: ANN201  (a binary file object)
    """A new file at `path` (replacing any), writable, readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.fchmod(fd, FILE_MODE)  # an existing file keeps its mode through O_TRUNC
    return os.fdopen(fd, "wb")


def make_private_folder(path: Path) -> None:
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(path, FOLDER_MODE)
