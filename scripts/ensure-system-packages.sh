#!/usr/bin/env bash
# Installs the Debian programs the tests drive, only where they are missing (so a second run
# costs nothing): Chromium for the sidebar and playground tests (Debian's build, never a
# downloaded one; its recommended fonts bring Liberation Sans for Arial), and a headless
# LibreOffice Calc that recalculates the exported .xlsx.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
for pkg in "${missing[@]}"; do
  if [ "$pkg" = chromium ]; then
    $sudo apt-get install -y chromium
  else
    # The -nogui build is the smallest that converts and recalculates spreadsheets headless.
    $sudo apt-get install -y --no-install-recommends "$pkg"
  fi
done
