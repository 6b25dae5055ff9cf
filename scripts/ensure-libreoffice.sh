#!/usr/bin/env bash
# Makes sure a headless LibreOffice Calc is present for test/xlsx/libreoffice.test.ts, which
# recalculates the exported .xlsx with it. Idempotent: installs only when soffice is missing.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
# The -nogui build is the smallest that converts and recalculates spreadsheets headless.
$sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui
