"""Projects: RAG status, phases and savings.

Started by the integrator with the enum the store needs: extend this
module with the rules; keep the names and values of `RAG`.
"""

from __future__ import annotations

from enum import StrEnum


class RAG(StrEnum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    COMPLETE = "complete"
