#!/usr/bin/env bash
# Phone screenshots (360x800 CSS px, scale 2) of the reader pages added for issues 11 part 3 and 15, into
# docs/screenshots/reader-*.png, from the Release build serving the real content/. The browser is driven by the .NET
# file-based program scripts/reader-screenshots/ReaderScreenshots.cs (Playwright for .NET, Debian's Chromium); the
# rights card is printed to an A4 PDF and its page(s) turned into PNGs with pdftoppm, so you can see it is one page.
#   scripts/reader-screenshots-navigation.sh     (needs: apt-get install -y chromium fonts-wqy-microhei poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
out="$root/docs/screenshots"
for tool in "${CHROMIUM_PATH:-/usr/bin/chromium}" pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y chromium fonts-wqy-microhei poppler-utils" >&2; exit 2; }
done

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/DebtHelp.Web --configuration Release --nologo -v quiet >/dev/null
port="${PORT:-5391}"
base="http://127.0.0.1:$port"
(cd src/DebtHelp.Web && Content__RootPath="$root/content" Content__Watch=false Index__Directory="$work/index" \
  exec dotnet bin/Release/net10.0/DebtHelp.Web.dll --urls "$base" >"$work/site.log" 2>&1) &
server=$!
for _ in $(seq 1 300); do
  if curl -fs "$base/healthz" >/dev/null 2>&1; then break; fi
  sleep 0.2
done
curl -fs "$base/healthz" >/dev/null || { cat "$work/site.log" >&2; exit 1; }

dotnet run --file scripts/reader-screenshots/ReaderScreenshots.cs -- "$base" "$work/shots"
rm -f "$out"/reader-*.png
cp "$work"/shots/reader-*.png "$out"/
pages="$(pdfinfo "$work/rights-card.pdf" | awk '/^Pages:/ { print $2 }')"
pdftoppm -r 70 -png "$work/rights-card.pdf" "$out/reader-rights-card-print"
echo "rights card printed to A4 by Playwright: $pages page(s) -> docs/screenshots/reader-rights-card-print-*.png"
