"""Concord: a governance register for UK police collaboration."""

__version__ = "0.1.0"
