"""Ingestion pipeline: paths in, one extraction result out.

``run(paths, jobs=1, on_progress=None)`` reads every file (folders are
walked recursively), extracts the records, and returns an ``IngestResult``
whose ``as_json()`` is exactly the shape of EXTRACTION_FORMAT.md; files
that cannot be read are in ``.errors`` and the rest of the batch goes on.
With ``jobs > 1`` files are read in a process pool.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from concord.ingest.errors import IngestError
from concord.ingest.extract import KEYS, empty, extract_document
from concord.ingest.readers import Limits, read

Progress = Callable[[int, int, str], None]
_SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class IngestResult:
    records: dict[str, list[Any]] = field(default_factory=empty)
    errors: list[IngestError] = field(default_factory=list)
    pages: int = 0

    def as_json(self) -> dict[str, Any]:
        out = {k: list(self.records.get(k, [])) for k in ("documents",) + KEYS}
        out["documents"] = [{k: v for k, v in d.items() if k != "_text"} for d in out["documents"]]
        out["errors"] = [e.as_dict() for e in self.errors]
        return out

    def add(self, records: dict[str, list[Any]]) -> None:
        for k, v in records.items():
            self.records.setdefault(k, []).extend(v)
        self.pages += sum(d.get("pages", 0) for d in records.get("documents", []))


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[IngestError]]:
    """Files to read, folders walked recursively in a stable order; missing paths are errors."""
    files: list[Path] = []
    errors: list[IngestError] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in sorted(names)
                             if not n.startswith(".") and n not in _SKIP_NAMES)
        elif p.is_file():
            files.append(p)
        else:
            errors.append(IngestError(p.name or str(p), "no such file or folder"))
    return files, errors


def ingest_file(path: Path, limits: Limits | None = None,
                keep_text: bool = False) -> tuple[dict[str, list[Any]] | None, IngestError | None]:
    """Read and extract one file; never raises for bad input.

    With `keep_text`, the document entry also carries the text read (`_text`),
    for a register that keeps papers searchable; `as_json()` leaves it out.
    """
    try:
        doc = read(path, limits)
        recs = extract_document(doc)
        if keep_text:
            for entry in recs.get("documents", []):
                entry["_text"] = doc.text
        return recs, None
    except IngestError as e:
        return None, e
    except MemoryError:
        return None, IngestError(path.name, "ran out of memory reading the file")
    except Exception as e:  # a reader bug must not stop the batch
        return None, IngestError(path.name, f"could not be read ({type(e).__name__}: {e})")


def _work(args: tuple[str, Limits | None, bool]) -> tuple[str, dict[str, list[Any]] | None, IngestError | None]:
    path, limits, keep_text = args
    recs, err = ingest_file(Path(path), limits, keep_text)
    return path, recs, err


def run(paths: Sequence[Path], jobs: int = 1, on_progress: Progress | None = None,
        limits: Limits | None = None, keep_text: bool = False) -> IngestResult:
    files, errors = expand(paths)
    result = IngestResult(errors=list(errors))
    total = len(files)
    if jobs <= 1 or total <= 1:
        for i, f in enumerate(files, start=1):
            recs, err = ingest_file(f, limits, keep_text)
            _collect(result, recs, err)
            if on_progress:
                on_progress(i, total, f.name)
        return result
    done: dict[str, tuple[Any, Any]] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, min(16, total // (jobs * 8) or 1))
        for i, (path, recs, err) in enumerate(pool.map(_work, [(str(f), limits, keep_text) for f in files],
                                                       chunksize=chunk), start=1):
            done[path] = (recs, err)
            if on_progress:
                on_progress(i, total, Path(path).name)
    for f in files:  # same order as a one-process run
        _collect(result, *done[str(f)])
    return result


def _collect(result: IngestResult, recs, err) -> None:
    if err is not None:
        result.errors.append(err)
    if recs is not None:
        result.add(recs)
