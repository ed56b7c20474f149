"""The one error type for input that cannot be read: it names the file and the reason."""

from __future__ import annotations


class IngestError(Exception):
    """A file that could not be read or extracted.

    ``source`` is the file's base name (or path as given); ``reason`` says
    what is wrong in words a governance officer understands. The batch
    goes on; the pipeline collects these in ``IngestResult.errors``.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self):  # picklable across the process pool
        return (IngestError, (self.source, self.reason))

    def as_dict(self) -> dict[str, str]:
        return {"source": self.source, "reason": self.reason}


class IngestWarning(IngestError):
    """Read, but incompletely (e.g. pages without a text layer and no OCR)."""

    def __reduce__(self):
        return (IngestWarning, (self.source, self.reason))
