"""Ingestion: read board papers (PDF, DOCX, HTML, Markdown, text) into one
document model and extract the records they hold, with provenance.

    from concord.ingest import run
    result = run([Path("papers/")], jobs=2)
    result.as_json()   # EXTRACTION_FORMAT.md
    result.errors      # [IngestError(source, reason)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from concord.ingest.errors import IngestError

if TYPE_CHECKING:
    from concord.ingest.pipeline import IngestResult, run

__all__ = ["IngestError", "IngestResult", "run"]


def __getattr__(name: str) -> Any:
    """The pipeline (and its extractors' patterns) loads on first use, not with the package: a
    `concord` command that reads no paper does not pay for compiling them."""
    if name in ("IngestResult", "run"):
        from concord.ingest import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'concord.ingest' has no attribute {name!r}")
