#!/usr/bin/env bash
# Install Debian packages where they are missing and we can (never a downloaded copy):
#   scripts/ensure-debian.sh WHAT-NEEDS-THEM PACKAGE...
# A machine without apt-get, or without the rights to use it, is told what is missing.
set -uo pipefail
why="$1"; shift
missing=()
for p in "$@"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null 2>&1 || { echo "missing ${missing[*]} and apt-get is not here: $why needs them" >&2; exit 0; }
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi
echo "Installing Debian's ${missing[*]} for $why" >&2
{ $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"; } \
  >/dev/null 2>&1 || echo "could not install ${missing[*]}: $why needs them" >&2
