#!/usr/bin/env bash
# The browser tests and the sidebar bench drive Debian's Chromium (never a downloaded build).
# Installs it, with its recommended fonts (Liberation Sans stands in for Arial), only when it
# is missing, so running this again costs nothing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium
