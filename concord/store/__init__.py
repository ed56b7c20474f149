"""Storage: SQLAlchemy 2 models, the engine and session, audit and migrations.

Only this package and `concord.services` touch SQLAlchemy.
"""
