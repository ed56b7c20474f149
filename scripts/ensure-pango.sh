#!/usr/bin/env bash
# Generated papers (concord/papers) are made with WeasyPrint, which draws text with
# Debian's pango; the tests read PDFs back with poppler's pdftotext and pdftoppm.
# Install the packages where they are missing and we can (never a downloaded copy).
set -uo pipefail
PACKAGES=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core poppler-utils)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null 2>&1 || { echo "missing ${missing[*]} and apt-get is not here: generated papers need pango" >&2; exit 0; }
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi
echo "Installing Debian's ${missing[*]} for generated papers" >&2
{ $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"; } \
  >/dev/null 2>&1 || echo "could not install ${missing[*]}: generated papers (concord pack, concord paper) need them" >&2
