#!/usr/bin/env bash
# Generated papers (concord/papers) are made with WeasyPrint, which draws text with
# Debian's pango; the tests read PDFs back with poppler's pdftotext and pdftoppm.
exec "$(dirname "$0")/ensure-debian.sh" "generated papers (concord pack, concord paper)" \
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core poppler-utils
