#!/usr/bin/env bash
# Legacy Word papers (.doc, and RTF saved as .doc) are read through a DOCX that LibreOffice makes of them
# (concord/ingest/readers/doc.py). Any LibreOffice already here will do; else Debian's headless Writer.
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 && exit 0
exec "$(dirname "$0")/ensure-debian.sh" "reading legacy Word (.doc) papers" libreoffice-writer-nogui
