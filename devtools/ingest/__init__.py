"""Ingestion development tools: synthetic papers with the facts they were made
from (`synth`), and the field-level scorer for gold sets and the real-paper
corpus (`score`, `score_corpus`)."""
