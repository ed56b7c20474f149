"""Writing generated files: all of them or none, never a half-written file.

Each file is written to a hidden temporary file in the same folder and renamed over its name
when every file has been written; on any error the temporary files (and any file already
renamed in this call) are removed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from concord.domain.errors import DomainError


def write_all(folder: str | os.PathLike[str], files: Mapping[str, bytes]) -> list[Path]:
    """Write each name → bytes into `folder` (made if missing); return the paths written."""
    out = Path(folder)
    made = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DomainError("--out", str(folder), f"cannot be made: {e.strerror}") from None
    if not out.is_dir():
        raise DomainError("--out", str(folder), "is not a folder")
    temps: list[tuple[str, Path]] = []
    done: list[Path] = []
    try:
        for name, content in files.items():
            fd, made_at = tempfile.mkstemp(dir=out, prefix=f".{name}.", suffix=".part")
            temps.append((name, Path(made_at)))
            with os.fdopen(fd, "wb") as f:
                f.write(content)
                f.flush()
                os.fsync(f.fileno())
        for name, part in temps:
            os.replace(part, out / name)
            done.append(out / name)
        return done
    except OSError as e:
        for _, part in temps:
            part.unlink(missing_ok=True)
        for path in done:
            path.unlink(missing_ok=True)
        if made:
            try:
                out.rmdir()
            except OSError:
                pass
        raise DomainError("--out", str(folder), f"could not be written: {e.strerror or e}") from None
