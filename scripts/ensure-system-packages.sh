#!/usr/bin/env bash
# Makes sure the programs the tests drive are here: Chromium (or Chrome) for the sidebar and
# playground tests, and LibreOffice's soffice, which recalculates the exported .xlsx.
# It looks where test/support/programs.ts looks (the variable, the usual places, the PATH), so
# a second run costs nothing. Where apt-get exists it installs what is missing: Debian's own
# chromium, never a downloaded browser (its recommended fonts bring Liberation Sans for Arial).
# Elsewhere it only says what to install and exits 0: npm test goes on, and the tests that need
# a missing program fail with the same advice, rather than this script failing them all.
# Plain bash 3.2 (macOS): no empty arrays under set -u.
set -euo pipefail

# Succeeds when an argument is an executable file (an absolute path, globs expanded by the
# caller) or a command on the PATH.
any_of() {
  local p
  for p in "$@"; do
    case $p in
      /*) if [ -f "$p" ] && [ -x "$p" ]; then return 0; fi ;;
      *) if command -v "$p" >/dev/null 2>&1; then return 0; fi ;;
    esac
  done
  return 1
}

# Succeeds when the variable named $1 is set: the tests then use it and nothing else, so there
# is nothing to install, only a warning to give when it names no executable file.
chosen() {
  local value=${!1:-}
  [ -n "$value" ] || return 1
  if ! { [ -f "$value" ] && [ -x "$value" ]; }; then
    echo "okapi: $1=$value is not an executable file: fix or unset it, or the tests fail." >&2
  fi
  return 0
}

# One line saying what to do about a missing program ($1: chromium or soffice).
advise() {
  local what var brew
  case $1 in
    chromium) what='Chromium or Chrome' var=CHROMIUM brew=chromium ;;
    *) what=LibreOffice var=SOFFICE brew=libreoffice ;;
  esac
  if [ "$(uname -s)" = Darwin ]; then
    echo "okapi: $what not found: brew install --cask $brew (or set $var=/path/to/it)" >&2
  else
    echo "okapi: $what not found: install it, or set $var=/path/to/it" >&2
  fi
}

missing=""
chosen CHROMIUM || any_of /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome \
  /usr/bin/google-chrome-stable /snap/bin/chromium \
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' \
  /Applications/Chromium.app/Contents/MacOS/Chromium \
  chromium chromium-browser google-chrome || missing="$missing chromium"
chosen SOFFICE || any_of /usr/bin/soffice /usr/bin/libreoffice \
  /usr/lib/libreoffice/program/soffice /opt/libreoffice*/program/soffice \
  /Applications/LibreOffice.app/Contents/MacOS/soffice \
  soffice libreoffice || missing="$missing soffice"
if [ -z "$missing" ]; then exit 0; fi

# Installing needs apt-get and root (directly or through sudo); without them, only advise.
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
if ! command -v apt-get >/dev/null 2>&1 || { [ -n "$sudo" ] && ! command -v sudo >/dev/null 2>&1; }
then
  for program in $missing; do advise "$program"; done
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
for program in $missing; do
  if [ "$program" = chromium ]; then
    # Ubuntu has no chromium deb (its chromium-browser only installs the snap): advise there.
    if [ -z "$(apt-cache show --no-all-versions chromium 2>/dev/null)" ]; then
      echo 'okapi: Chromium not found: sudo snap install chromium (or set CHROMIUM=/path/to/it)' >&2
      continue
    fi
    $sudo apt-get install -y chromium
  else
    # The -nogui build is the smallest that converts and recalculates spreadsheets headless.
    $sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui
  fi
done
