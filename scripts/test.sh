#!/usr/bin/env bash
# `npm test`: every check CI runs, cheapest first, ending with one `N passed, N failed` line.
# On a fresh Debian machine it installs what the browser tests need (see ensure-browsers.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

if [ ! -d node_modules ]; then
  step "Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

step "Browsers for the element tests"
bash scripts/ensure-browsers.sh

step "Generated JSON Schemas match the zod schemas"
npx tsx scripts/generate-json-schema.ts --check

step "Review dates: contacts and content (warns within 30 days, fails once passed)"
npx tsx scripts/check-review-dates.ts

step "Build (library, dist/embed.js, types, custom-elements.json)"
npm run -s build > "$logs/build.log" 2>&1 || { cat "$logs/build.log"; exit 1; }
echo "built."

step "Type-check"
npm run -s typecheck

step "Lint"
npm run -s lint

step "API reference (typedoc, warnings as errors)"
npx typedoc > "$logs/typedoc.log" 2>&1 || { cat "$logs/typedoc.log"; exit 1; }
echo "docs/api written."

step "Size budgets (brotli)"
node bench/size.mjs --check

step "Unit tests in Node: schema, content, core, static HTML, safety, package"
shopt -s nullglob
node_tests=(test/core/*.test.ts test/content/*.test.ts test/static/*.test.ts test/safety/*.test.ts test/package/*.test.ts)
shopt -u nullglob
set +e
# Dots while it runs; a failing test prints its name, error and stack at the end.
npx tsx --test --test-reporter=dot --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$logs/unit.tap" \
  "${node_tests[@]}"
unit_status=$?
set -e
unit_pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$logs/unit.tap" | tail -1)
unit_fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$logs/unit.tap" | tail -1)

step "Element and page tests in the browsers"
set +e
node scripts/run-browser-tests.mjs | tee "$logs/browser.log"
browser_status=${PIPESTATUS[0]}
set -e
browser_line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$logs/browser.log" | tail -1)
browser_pass=${browser_line%% passed*}
browser_fail=$(sed -E 's/.* ([0-9]+) failed$/\1/' <<<"${browser_line:-0 passed, 0 failed}")

passed=$(( ${unit_pass:-0} + ${browser_pass:-0} ))
failed=$(( ${unit_fail:-0} + ${browser_fail:-0} ))
printf '\nunit (node): %s passed, %s failed\n' "${unit_pass:-0}" "${unit_fail:-0}"
printf 'browsers: %s passed, %s failed\n' "${browser_pass:-0}" "${browser_fail:-0}"
echo "${passed} passed, ${failed} failed"
if [ "$unit_status" -ne 0 ] || [ "$browser_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ -z "$unit_pass" ] || [ -z "$browser_line" ]; then
  exit 1
fi
