"""Ingestion pipeline: paths in, one extraction result out.

``run(paths, jobs=1, on_progress=None)`` reads every file (folders are
walked recursively), extracts the records, and returns an ``IngestResult``
whose ``as_json()`` is exactly the shape of EXTRACTION_FORMAT.md; files
that cannot be read are in ``.errors`` and the rest of the batch goes on.
With ``jobs > 1`` files are read in a process pool.

``each(...)`` gives the same one file at a time, in the same order, so
that a caller can store each document as it comes and keep only one in
memory. Only regular files are read (never a FIFO, socket or device),
and symbolic links are followed only where they stay inside the folder
given, unless ``follow_links`` asks for more.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from concord.ingest.errors import IngestError
from concord.ingest.extract import KEYS, empty, extract_document
from concord.ingest.marking import printed_marking
from concord.ingest.readers import Limits, converted_kind, read

Progress = Callable[[int, int, str], None]
_SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class IngestResult:
    records: dict[str, list[Any]] = field(default_factory=empty)
    errors: list[IngestError] = field(default_factory=list)
    pages: int = 0

    def as_json(self) -> dict[str, Any]:
        out = {k: list(self.records.get(k, [])) for k in ("documents",) + KEYS}
        out["documents"] = [{k: v for k, v in d.items() if not k.startswith("_")} for d in out["documents"]]
        out["errors"] = [e.as_dict() for e in self.errors]
        return out

    def add(self, records: dict[str, list[Any]]) -> None:
        for k, v in records.items():
            self.records.setdefault(k, []).extend(v)
        self.pages += sum(d.get("pages", 0) for d in records.get("documents", []))


def expand(paths: Iterable[Path], follow_links: bool = False) -> tuple[list[Path], list[IngestError]]:
    """Files to read, folders walked recursively in a stable order.

    Whatever cannot be read is an error naming it, and the rest goes on:
    a missing path, a dangling symbolic link, a link loop, a link out of
    the folder (unless `follow_links`), anything that is not a regular file.
    """
    files: list[Path] = []
    errors: list[IngestError] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            _walk(p, follow_links, files, errors)
        elif p.exists() or p.is_symlink():
            problem = _unreadable(p, None, follow_links=True)  # a file named on the command line is meant
            if problem:
                errors.append(IngestError(p.name or str(p), problem))
            else:
                files.append(p)
        else:
            errors.append(IngestError(p.name or str(p), "no such file or folder"))
    return files, errors


def _walk(top: Path, follow_links: bool, files: list[Path], errors: list[IngestError]) -> None:
    root = top.resolve()
    seen = {root}
    for dirpath, dirs, names in os.walk(top, followlinks=follow_links):
        here = Path(dirpath)
        kept = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            full = here / d
            if full.is_symlink():
                real = full.resolve()
                if not follow_links:
                    if not real.is_relative_to(root):
                        errors.append(IngestError(d, f"a link to the folder {real}, outside {top}: not read "
                                                     "(--follow-links reads it)"))
                    continue  # a link within the folder: its files are read where they are
                if real in seen or root.is_relative_to(real):
                    errors.append(IngestError(d, "a link back to a folder already read (a loop): not followed"))
                    continue
                seen.add(real)
            kept.append(d)
        dirs[:] = kept
        for n in sorted(names):
            if n.startswith(".") or n in _SKIP_NAMES:
                continue
            problem = _unreadable(here / n, root, follow_links)
            if problem:
                errors.append(IngestError(n, problem))
            else:
                files.append(here / n)


def _unreadable(path: Path, root: Path | None, follow_links: bool) -> str | None:
    """Why `path` must not be read, or None: only regular files, links only within `root`."""
    try:
        st = os.lstat(path)
    except OSError as e:
        return f"cannot be read ({e.strerror or e})"
    if stat.S_ISLNK(st.st_mode):
        try:
            target = path.resolve(strict=True)
        except FileNotFoundError:
            return f"a symbolic link to {os.readlink(path)}, which does not exist: not read"
        except (RuntimeError, OSError) as e:  # a loop: RuntimeError before Python 3.13, OSError(ELOOP) since
            if isinstance(e, OSError) and e.errno != errno.ELOOP:
                return f"cannot be read ({e.strerror or e})"
            return "a symbolic link loop: not read"
        if root is not None and not follow_links and not target.is_relative_to(root):
            return f"a symbolic link to {target}, outside the folder: not read (--follow-links reads it)"
        try:
            st = os.stat(target)
        except OSError as e:
            return f"cannot be read ({e.strerror or e})"
    if not stat.S_ISREG(st.st_mode):
        return f"not a regular file ({_kind(st.st_mode)}): not read"
    if not os.access(path, os.R_OK):
        return "cannot be read (permission denied)"
    return None


def _kind(mode: int) -> str:
    for test, word in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return word
    return "not a file"


def ingest_file(path: Path, limits: Limits | None = None, keep_text: bool = False,
                converted: Path | None = None) -> tuple[dict[str, list[Any]] | None, IngestError | None]:
    """Read and extract one file; never raises for bad input.

    With `keep_text`, the document entry also carries the text read (`_text`),
    for a register that keeps papers searchable; `as_json()` leaves it out.
    `converted` is the DOCX a batch made of a legacy Word paper already.
    """
    try:
        doc = read(path, limits, converted)
        recs = extract_document(doc)
        marking = printed_marking(doc.text + "\n\n" + doc.furniture if doc.furniture else doc.text)
        for entry in recs.get("documents", []):
            entry["marking"] = marking.printed if marking else None
            entry["held_until_approved"] = bool(marking and marking.held_until_approved)
            if keep_text:
                entry["_text"] = doc.text
        return recs, None
    except IngestError as e:
        return None, e
    except MemoryError:
        return None, IngestError(path.name, "ran out of memory reading the file")
    except RecursionError:
        return None, IngestError(path.name, "its markup is nested too deeply to read (thousands of levels): "
                                 "not a paper as written by a person or an office program")
    except Exception as e:  # a reader bug must not stop the batch
        return None, IngestError(path.name, f"could not be read ({type(e).__name__}: {e})")


#: files larger than this are read one at a time, whatever --jobs says
BIG_FILE = 20 * 1024 * 1024


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _give_back_memory() -> None:
    """Hand the heap a large paper's reading freed back to the system (glibc keeps it otherwise),
    so that the next paper, and storing this one, start from a small process."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def _work(args: tuple[str, Limits | None, bool, Path | None]
          ) -> tuple[str, dict[str, list[Any]] | None, IngestError | None]:
    path, limits, keep_text, converted = args
    recs, err = ingest_file(Path(path), limits, keep_text, converted)
    _give_back_memory()
    return path, recs, err


def run(paths: Sequence[Path], jobs: int = 1, on_progress: Progress | None = None,
        limits: Limits | None = None, keep_text: bool = False, follow_links: bool = False) -> IngestResult:
    files, errors = expand(paths, follow_links)
    result = IngestResult(errors=list(errors))
    for i, (f, recs, err) in enumerate(each(files, jobs, limits, keep_text), start=1):
        collect(result, recs, err)
        if on_progress:
            on_progress(i, len(files), f.name)
    return result


#: legacy Word papers converted by one run of LibreOffice (`_Conversions`)
CONVERT_CHUNK = 40


class _Conversions:
    """The batch's legacy Word papers, converted to DOCX a chunk of `CONVERT_CHUNK` files at a time by one run of
    LibreOffice a format, just before the chunk's first file is read; a chunk's DOCX are removed once its last file
    has been read. (One run a paper would cost about two seconds a paper to start LibreOffice.)"""

    def __init__(self, files: Sequence[Path]) -> None:
        self.files = files
        self.made: dict[int, Path] = {}
        self.dirs: dict[int, tempfile.TemporaryDirectory[str]] = {}

    def get(self, i: int) -> Path | None:
        """The DOCX made of the `i`th file, if it is a legacy paper converted with others of its chunk."""
        chunk = i // CONVERT_CHUNK
        if chunk not in self.dirs:
            self.dirs[chunk] = tempfile.TemporaryDirectory(prefix="concord-docs-")
            first = chunk * CONVERT_CHUNK
            legacy = {k: kind for k, f in enumerate(self.files[first:first + CONVERT_CHUNK], start=first)
                      if (kind := converted_kind(f))}
            if len(legacy) > 1:
                from concord.ingest.readers.doc import convert_all

                made = convert_all({self.files[k]: kind for k, kind in legacy.items()}, Path(self.dirs[chunk].name))
                self.made.update({k: made[self.files[k]] for k in legacy if self.files[k] in made})
        return self.made.get(i)

    def read(self, i: int) -> None:
        """The `i`th file has been read: its chunk's DOCX go with the chunk's last file."""
        chunk = i // CONVERT_CHUNK
        if (i + 1) % CONVERT_CHUNK == 0 or i + 1 == len(self.files):
            gone = self.dirs.pop(chunk, None)
            if gone is not None:
                gone.cleanup()

    def close(self) -> None:
        for d in self.dirs.values():
            d.cleanup()
        self.dirs.clear()


def each(files: Sequence[Path], jobs: int = 1, limits: Limits | None = None,
         keep_text: bool = False) -> Iterator[tuple[Path, dict[str, list[Any]] | None, IngestError | None]]:
    """Read and extract `files` one by one, in order: (path, records, error) for each.

    With `jobs > 1` they are read in a process pool, a few files ahead of
    the one given back, so that memory holds a handful of documents
    however large the batch. Legacy Word papers are converted to DOCX a
    chunk at a time, by one run of LibreOffice for the chunk.
    """
    conversions = _Conversions(files)
    try:
        yield from _each(files, jobs, limits, keep_text, conversions)
    finally:
        conversions.close()


def _each(files: Sequence[Path], jobs: int, limits: Limits | None, keep_text: bool,
          conversions: _Conversions) -> Iterator[tuple[Path, dict[str, list[Any]] | None, IngestError | None]]:
    if jobs <= 1 or len(files) <= 1:
        for i, f in enumerate(files):
            found = ingest_file(f, limits, keep_text, conversions.get(i))
            _give_back_memory()
            yield (f, *found)
            conversions.read(i)
        return
    ahead: deque[tuple[int, Path, Future]] = deque()
    pending = deque(enumerate(files))
    while pending:
        # small files in a pool, a few ahead of the one given back; the pool ends before a large
        # file, which is read in a process of its own that ends with it: no worker keeps the
        # high-water mark of the largest paper for the rest of the batch, and none waits idle beside it
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            def submit() -> None:
                while pending and len(ahead) < 2 * jobs and _size(pending[0][1]) <= BIG_FILE:
                    i, f = pending.popleft()
                    ahead.append((i, f, pool.submit(_work, (str(f), limits, keep_text, conversions.get(i)))))

            submit()
            while ahead:
                i, f, future = ahead.popleft()
                yield (f, *_result(f, future))
                conversions.read(i)
                submit()
        while pending and _size(pending[0][1]) > BIG_FILE:
            i, f = pending.popleft()
            yield (f, *_read_alone(f, limits, keep_text, conversions.get(i)))
            conversions.read(i)


def _result(f: Path, future: Future) -> tuple[dict[str, list[Any]] | None, IngestError | None]:
    try:
        _, recs, err = future.result()
    except Exception as e:  # a worker that died (killed, out of memory): this file only
        recs, err = None, IngestError(f.name, f"could not be read ({type(e).__name__}: {e})")
    return recs, err


def _read_alone(f: Path, limits: Limits | None, keep_text: bool,
                converted: Path | None) -> tuple[dict[str, list[Any]] | None, IngestError | None]:
    """A large file is read in a process of its own that ends with it, so that no worker keeps the
    high-water mark of the largest paper for the rest of the batch."""
    with ProcessPoolExecutor(max_workers=1) as alone:
        return _result(f, alone.submit(_work, (str(f), limits, keep_text, converted)))


def collect(result: IngestResult, recs, err) -> None:
    if err is not None:
        result.errors.append(err)
    if recs is not None:
        result.add(recs)
