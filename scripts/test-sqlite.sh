#!/usr/bin/env bash
# The whole test suite on SQLite (the embedded default).
set -euo pipefail
cd "$(dirname "$0")/.."
export CONCORD_TEST_DATABASE_URL=""
exec .venv/bin/pytest -q -p no:cacheprovider -n 2 "$@"
