"""Synthetic board papers from randomised facts, for testing and
benchmarking ingestion against the facts they were generated from.

``generate(out_dir, papers=N, seed=S)`` writes the files and
``expected.json``; ``python -m devtools.ingest.synth OUT_DIR --papers N
--seed S`` does the same from the command line."""

from devtools.ingest.synth.corpus import generate

__all__ = ["generate"]
