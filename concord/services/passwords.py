"""Passwords, kept only as argon2id hashes (argon2-cffi, its recommended parameters)."""

from __future__ import annotations

from concord.domain.errors import DomainError

MIN_LENGTH = 10


def _hasher():  # noqa: ANN202
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise DomainError("password", "(hidden)", f"must be at least {MIN_LENGTH} characters long")
    return _hasher().hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True for the right password. The same work is done when there is no hash,
    so that a missing account takes as long to refuse as a wrong password."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored_hash:
        _hasher().hash("a constant-time decoy")
        return False
    try:
        return _hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
