"""Legacy Word documents (.doc, Word 97–2003; RTF) and OpenDocument text (.odt): converted to DOCX by LibreOffice,
then read as a DOCX.

Ten years of a body's papers are full of them. LibreOffice keeps what a text dump loses: the tables as tables, the
numbered lists' numbers, and the page headers and footers where a protective marking is printed (rule 18), so a
converted paper is read exactly as the same paper saved as DOCX would be.

LibreOffice runs headless, with a profile of its own for each conversion (two at once would otherwise lock each other
out), on a copy of the file under a plain name, and within a time limit. Without LibreOffice the paper is refused
with the way to read it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from concord.ingest.document import Page
from concord.ingest.errors import IngestError
from concord.ingest.readers.guard import Limits, check_zip

#: seconds one conversion may take (CONCORD_INGEST_DOC_SECONDS)
DEFAULT_SECONDS = 120
_INSTALL = ("reading a legacy Word (.doc), RTF or OpenDocument (.odt) file needs LibreOffice, which is not installed "
            "here (Debian: apt-get install libreoffice-writer-nogui; `make run` installs it); or save the file as DOCX or "
            "PDF")


def converter() -> str | None:
    """The LibreOffice program to convert with: CONCORD_SOFFICE, else `soffice` or `libreoffice` on the PATH."""
    named = os.environ.get("CONCORD_SOFFICE")
    if named:
        return shutil.which(named)
    return shutil.which("soffice") or shutil.which("libreoffice")


#: LibreOffice's import filters for each format, tried in turn: named, so that a damaged file is refused rather than
#: opened as plain text
FILTERS = {"doc": ("MS Word 97", "MS WinWord 6.0"), "rtf": ("Rich Text Format",), "odt": ("writer8",)}
_CALLED = {"doc": "Word", "rtf": "Rich Text", "odt": "OpenDocument text"}


def read_doc(path: Path, limits: Limits, kind: str = "doc", converted: Path | None = None) -> list[Page]:
    """The pages of a legacy Word document (`kind` doc, rtf for Rich Text, odt for OpenDocument text), read through a
    DOCX that LibreOffice makes of it (`converted`: the DOCX a batch made of it already, `convert_all`)."""
    if converted is None or not converted.is_file():
        with tempfile.TemporaryDirectory(prefix="concord-doc-") as tmp:
            return _read_converted(path, _convert_alone(path, Path(tmp), kind), limits)
    return _read_converted(path, converted, limits)


def _read_converted(path: Path, converted: Path, limits: Limits) -> list[Page]:
    from concord.ingest.readers.docx import read_docx

    try:
        check_zip(converted, limits)
        return read_docx(converted)
    except IngestError as e:
        raise IngestError(path.name, f"converted to DOCX by LibreOffice: {e.reason}") from None


def _convert_alone(path: Path, work: Path, kind: str) -> Path:
    program = converter()
    if program is None:
        raise IngestError(path.name, _INSTALL)
    source = work / f"paper.{kind}"
    shutil.copyfile(path, source)
    said = ""
    for infilter in FILTERS[kind]:
        converted, said = _convert(program, [source], work, infilter, path.name, _seconds())
        if converted:
            return converted[0]
    raise IngestError(path.name, f"LibreOffice could not read it as a {_CALLED[kind]} document: corrupt, "
                      "password-protected or not such a file" + (f" ({said})" if said else ""))


def convert_all(papers: dict[Path, str], into: Path) -> dict[Path, Path]:
    """The DOCX LibreOffice makes of each of `papers` (path → its kind), one run of LibreOffice for each kind, not one
    for each paper (it takes two seconds to start and a tenth of one to convert): {paper: its DOCX, in `into`}. A
    paper the batch could not convert is left out: `read_doc` converts it alone, and says why if that fails too."""
    program = converter()
    done: dict[Path, Path] = {}
    if program is None:
        return done
    for kind in sorted(set(papers.values())):
        group = [p for p, k in papers.items() if k == kind]
        work = into / kind
        (work / "in").mkdir(parents=True)
        staged = {}
        for n, paper in enumerate(group):  # plain names, one a paper: two papers of one name in two folders
            staged[paper] = work / "in" / f"{n}.{kind}"
            try:
                staged[paper].symlink_to(paper.resolve())
            except OSError:
                shutil.copyfile(paper, staged[paper])
        try:
            made, _ = _convert(program, list(staged.values()), work, FILTERS[kind][0], group[0].name,
                               _seconds() + 5 * len(group))
        except IngestError:  # too slow in a batch: each is converted alone
            continue
        by_name = {m.name: m for m in made}
        done.update({p: by_name[f"{n}.docx"] for n, p in enumerate(group) if f"{n}.docx" in by_name})
    return done


def _convert(program: str, sources: list[Path], work: Path, infilter: str, name: str,
             seconds: int) -> tuple[list[Path], str]:
    """The DOCX LibreOffice makes of each of `sources` with the import filter `infilter`, and what it said."""
    out = work / "out"
    command = [program, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
               "--nologo", "--nolockcheck", f"--infilter={infilter}", "--convert-to", "docx:MS Word 2007 XML",
               "--outdir", str(out), *map(str, sources)]
    env = {**os.environ, "HOME": str(work)}  # nothing of LibreOffice's is written outside the temporary folder
    try:
        ran = subprocess.run(command, capture_output=True, timeout=seconds, env=env, cwd=work, check=False)
    except subprocess.TimeoutExpired:
        raise IngestError(name, f"LibreOffice took more than {seconds} s to convert this Word document "
                          "(set CONCORD_INGEST_DOC_SECONDS to allow longer)") from None
    except OSError as e:
        raise IngestError(name, f"LibreOffice could not be started ({e.strerror or e}): {_INSTALL}") from None
    made = [c for c in (out / f"{s.stem}.docx" for s in sources) if c.is_file() and c.stat().st_size > 0]
    lines = (ran.stderr or b"").decode("utf-8", "replace").splitlines()
    return made, " ".join(ln.strip() for ln in lines if "javaldx" not in ln and ln.strip())[-200:]


def _seconds() -> int:
    raw = os.environ.get("CONCORD_INGEST_DOC_SECONDS", "")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 100_000 else DEFAULT_SECONDS
