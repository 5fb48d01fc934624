#!/usr/bin/env bash
# Rewrites docs/search-quality.md from a run of the evaluation test (tests/DebtHelp.Web.Tests/Search/EvaluationTests.cs),
# which prints the report to the test output between two marker lines and writes no file itself.
set -euo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp)"
DEBTHELP_REPORT_BLIND="${DEBTHELP_REPORT_BLIND:-1}" dotnet test tests/DebtHelp.Web.Tests --configuration Release --filter "FullyQualifiedName~Search.EvaluationTests" \
  --logger "console;verbosity=detailed" > "$log"
# The console logger indents test output by one space; the report is everything between the markers.
sed -n '/<!-- search-quality report start -->/,/<!-- search-quality report end -->/p' "$log" \
  | sed '1d;$d' | sed 's/^ //' | sed '${/^$/d}' > docs/search-quality.md
rm -f "$log"
grep -c . docs/search-quality.md > /dev/null && echo "wrote docs/search-quality.md"
