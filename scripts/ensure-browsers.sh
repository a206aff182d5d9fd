#!/usr/bin/env bash
# Makes sure the browsers the browser tests need are present; silent when they are.
#
# Engines: SHG_BROWSERS=chromium,firefox,webkit (default: all three).
# Overrides (used as-is, never installed over): CHROME_PATH / CHROMIUM_PATH, FIREFOX_PATH,
# WEBKIT_DRIVER_PATH + WEBKIT_BROWSER_PATH; a Playwright cache (~/.cache/ms-playwright) is used
# for Chromium (and MiniBrowser) when nothing else is found. The lookup itself lives in
# scripts/browsers.mjs, shared with the test config.
#
# On Debian as root (or with passwordless sudo) missing engines are installed with apt-get
# (chromium, firefox-esr, webkit2gtk-driver, xvfb — only the missing ones). Anywhere else, or with
# SHG_NO_INSTALL=1, it stops and says exactly what to install.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '%s\n' "$*" >&2; }

if ! command -v node >/dev/null 2>&1; then
  say "ensure-browsers: node is not on PATH (Node.js 20+ is needed to run the tests)."
  exit 1
fi

# Loud notice when the user has limited the engines: CI runs all three.
if [[ -n "${SHG_BROWSERS:-}" && "${SHG_BROWSERS,,}" != "all" ]]; then
  selected=$(node --input-type=module -e "import { selectedEngines } from './scripts/browsers.mjs'; const s = selectedEngines(); console.log(s.engines.join(' ') + '|' + ['chromium','firefox','webkit'].filter(e => !s.engines.includes(e)).join(' '))")
  if [[ -n "${selected#*|}" ]]; then
    say ""
    say "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    say "!!  SHG_BROWSERS=${SHG_BROWSERS}: testing ONLY in: ${selected%|*}"
    say "!!  SKIPPED engines: ${selected#*|}   (CI tests all three; unset SHG_BROWSERS)"
    say "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    say ""
  fi
fi

# Prints "<engine>\t<ok|missing|error>\t..." per selected engine (see scripts/browsers.mjs).
check() { node scripts/browsers.mjs; }

status=0
report=$(check) || status=$?
if [[ $status -eq 2 ]]; then exit 2; fi # unknown engine name: browsers.mjs said which
if [[ $status -ne 0 && $status -ne 3 ]]; then
  say "ensure-browsers: could not check the browsers (node scripts/browsers.mjs exited with $status)."
  exit 1
fi

errors=$(awk -F'\t' '$2 == "error" { print "  - " $1 ": " $4 }' <<<"$report")
if [[ -n "$errors" ]]; then
  say "ensure-browsers: a browser override is wrong:"
  say "$errors"
  exit 1
fi

missing_pkgs=$(awk -F'\t' '$2 == "missing" { print $3 }' <<<"$report" | tr '\n' ' ' | xargs)
[[ -z "$missing_pkgs" ]] && exit 0

missing_engines=$(awk -F'\t' '$2 == "missing" { print $1 }' <<<"$report" | tr '\n' ' ' | xargs)
hints=$(awk -F'\t' '$2 == "missing" { print "  - " $1 ": " $4 }' <<<"$report")

os_id=""
if [[ -r /etc/os-release ]]; then os_id=$(. /etc/os-release && echo "${ID:-}"); fi

sudo_cmd=""
can_install=false
if [[ "${SHG_NO_INSTALL:-}" != "1" && "$os_id" == "debian" ]] && command -v apt-get >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then
    can_install=true
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    can_install=true
    sudo_cmd="sudo"
  fi
fi

if ! $can_install; then
  say "ensure-browsers: missing for the browser tests: ${missing_engines}"
  if [[ "$os_id" == "debian" ]]; then
    say "Install them with:"
    say "  sudo apt-get update && sudo apt-get install -y ${missing_pkgs}"
  else
    say "$hints"
  fi
  say "Or point at browsers you have: CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH + WEBKIT_BROWSER_PATH;"
  say "or test fewer engines: SHG_BROWSERS=chromium (CI tests all three)."
  exit 1
fi

say "ensure-browsers: installing ${missing_pkgs} (missing: ${missing_engines}) with apt-get…"
$sudo_cmd apt-get update -q
$sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing_pkgs

status=0
report=$(check) || status=$?
still=$(awk -F'\t' '$2 != "ok" { print "  - " $1 ": " $4 }' <<<"$report")
if [[ $status -ne 0 || -n "$still" ]]; then
  say "ensure-browsers: still missing after apt-get install:"
  say "$still"
  exit 1
fi
say "ensure-browsers: installed ${missing_pkgs}."
