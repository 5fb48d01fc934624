#!/usr/bin/env bash
# Retakes the phone screenshots in docs/screenshots/ (home, an article, a search) from the real content,
# in headless Chromium at 360x740. Needs what the browser tests need: apt-get install -y chromium fonts-wqy-microhei
# The test takes them into a temp folder (a test run never writes into the repository); this script copies them.
set -euo pipefail
cd "$(dirname "$0")/.."
shots="${TMPDIR:-/tmp}/debthelp-browser-tests/screenshots"
rm -rf "$shots"
dotnet test tests/DebtHelp.Web.BrowserTests --configuration Release \
  --filter "FullyQualifiedName~PhoneScreenshotTests"
cp "$shots"/*.png docs/screenshots/
ls -l docs/screenshots/*.png
