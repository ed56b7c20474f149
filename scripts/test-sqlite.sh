#!/usr/bin/env bash
# The whole test suite on SQLite (the embedded default).
set -euo pipefail
cd "$(dirname "$0")/.."
export CONCORD_TEST_DATABASE_URL=""
# OCR of scanned pages uses tesseract from Debian's packages; install it where we can.
if ! command -v tesseract >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq tesseract-ocr; } \
    >/dev/null 2>&1 || echo "tesseract-ocr could not be installed: the OCR test will be skipped" >&2
fi
scripts/ensure-chromium.sh
exec .venv/bin/pytest -q -p no:cacheprovider -n 2 "$@"
