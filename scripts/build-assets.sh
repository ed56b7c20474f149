#!/usr/bin/env bash
# The web application's static files: GOV.UK Frontend's CSS, JS, fonts and
# images from node_modules (installed by `npm ci`) and Concord's own script
# and styles, copied into concord/web/static/ (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=node_modules/govuk-frontend/dist/govuk
OUT=concord/web/static
[ -d "$SRC" ] || { echo "GOV.UK Frontend is not installed: run npm ci" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
cp -R "$SRC/assets/." "$OUT/"
cp "$SRC/govuk-frontend.min.css" "$SRC/govuk-frontend.min.js" "$OUT/"
cp concord/web/frontend/* "$OUT/"
