"""Concord's own session class: the store's write hooks (audit, validation,
casting) are registered on it, not on SQLAlchemy's global `Session`, so
no other session in the process runs them and they are in place as soon
as the models are (see `concord.store.models`)."""

from __future__ import annotations

from sqlalchemy.orm import Session


class ConcordSession(Session):
    """A session of the register: every flush is audited and validated."""
