"""Ingestion: read board papers (PDF, DOCX, HTML, Markdown, text) into one
document model and extract the records they hold, with provenance.

    from concord.ingest import run
    result = run([Path("papers/")], jobs=2)
    result.as_json()   # EXTRACTION_FORMAT.md
    result.errors      # [IngestError(source, reason)]
"""

from concord.ingest.errors import IngestError
from concord.ingest.pipeline import IngestResult, run

__all__ = ["IngestError", "IngestResult", "run"]
