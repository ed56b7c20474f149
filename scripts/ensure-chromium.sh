#!/usr/bin/env bash
# The browser tests drive Debian's chromium (never a downloaded browser):
# install the package where it is missing and we can.
set -uo pipefail
[ -x /usr/bin/chromium ] && exit 0
command -v apt-get >/dev/null 2>&1 || { echo "chromium is missing and apt-get is not here: the browser tests need /usr/bin/chromium" >&2; exit 0; }
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi
echo "Installing Debian's chromium for the browser tests" >&2
{ $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium; } \
  >/dev/null 2>&1 || echo "chromium could not be installed: the browser tests need /usr/bin/chromium" >&2
