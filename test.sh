#!/usr/bin/env bash
# The one test command: builds everything and runs every test (unit, integration, content checks).
# Prints the totals as a plain line "N passed, N failed" at the end.
set -uo pipefail
cd "$(dirname "$0")"

results="$(mktemp -d)"
dotnet test DebtHelp.sln --configuration Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
rm -rf "$results"

if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "no tests ran" >&2
  status=1
fi
echo "$passed passed, $failed failed"
exit $status
