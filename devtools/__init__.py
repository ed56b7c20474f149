"""Tools for developing Concord, not part of the runtime: the synthetic paper
generator and the ingestion scorer."""
