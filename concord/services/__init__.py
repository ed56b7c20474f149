"""Use cases that join the domain, the store and input/output."""
