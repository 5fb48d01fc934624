#!/usr/bin/env bash
# Phone screenshots of the reader features of issue 15 items 1, 4, 5, 6 (scripts/reader-screenshots.cs, Playwright
# in Debian's Chromium) into docs/screenshots/, from the real content on a freshly started site. Run
# `dotnet build DebtHelp.sln -c Release` first. Needs: apt-get install -y chromium fonts-wqy-microhei
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5391}"
base="http://127.0.0.1:$port"
index="$(mktemp -d)"
site_pid=""
cleanup() { if [[ -n "$site_pid" ]]; then kill "$site_pid" 2>/dev/null || true; fi; rm -rf "$index"; }
trap cleanup EXIT
# The built site itself (not `dotnet run`, whose child process would outlive a kill), from its project folder (wwwroot).
(cd src/DebtHelp.Web && exec env Index__Directory="$index" Content__Watch=false dotnet bin/Release/net10.0/DebtHelp.Web.dll --urls "$base") >"$index/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 1 120); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "$base/healthz" >/dev/null
dotnet run scripts/reader-screenshots.cs -- "$base" "$PWD/docs/screenshots"
