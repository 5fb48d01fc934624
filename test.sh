#!/usr/bin/env bash
# The one test command: builds everything and runs every test (unit, integration, content checks).
# Prints the totals as a plain line "N passed, N failed" at the end.
set -uo pipefail
cd "$(dirname "$0")"

# The browser tests (tests/DebtHelp.Web.BrowserTests) drive Debian's Chromium and need a Chinese font, or every
# character renders as a box. A fresh machine has neither: install them as root (CI), else say how.
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ] || ! fc-list 2>/dev/null | grep -qi wqy; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing Chromium and a Chinese font for the browser tests"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-wqy-microhei
  else
    echo "The browser tests need Chromium and a Chinese font; as root run: apt-get install -y chromium fonts-wqy-microhei" >&2
  fi
fi

# The proxy tests (tests/DebtHelp.Web.Tests/Operations) start a real nginx on loopback ports in front of the
# published site: install Debian's nginx when it is missing (as root, as on CI), else say how. Only the binary is
# used; the package's own service is not needed and is stopped if the install started it.
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing nginx for the proxy tests"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx
    service nginx stop >/dev/null 2>&1 || true
  else
    echo "The proxy tests need nginx; as root run: apt-get install -y nginx" >&2
  fi
fi

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
