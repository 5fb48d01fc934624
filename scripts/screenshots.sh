#!/usr/bin/env bash
# Retakes the phone screenshots in docs/screenshots/ (home, an article, a search) from the real content,
# in headless Chromium at 360x740. Needs what the browser tests need: apt-get install -y chromium fonts-wqy-microhei
set -euo pipefail
cd "$(dirname "$0")/.."
DEBTHELP_UPDATE_SCREENSHOTS=1 dotnet test tests/DebtHelp.Web.BrowserTests --configuration Release \
  --filter "FullyQualifiedName~PhoneScreenshotTests"
ls -l docs/screenshots/*.png
