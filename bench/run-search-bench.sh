#!/usr/bin/env bash
# Search and indexing benchmark: builds bench/DebtHelp.Benchmarks in Release, runs it against content/ and a
# generated 10,000-article corpus, and writes docs/benchmarks/search.md. Extra arguments go to the program
# (e.g. --articles 2000 --large-searches 2000 for a quick look). Takes a few minutes.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench_dir/.." && pwd)"
project="$bench_dir/DebtHelp.Benchmarks/DebtHelp.Benchmarks.csproj"
out="$repo/docs/benchmarks/search.md"

dotnet build "$project" -c Release --nologo -v quiet

mem_total="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
mem_available="$(awk '/^MemAvailable:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"

dotnet run --project "$project" -c Release --no-build -- \
  --content "$repo/content" \
  --out "$out" \
  --machine "Date=$(date -u '+%Y-%m-%d %H:%M UTC')" \
  --machine "CPUs (\`nproc\`)=$(nproc)" \
  --machine "CPU=${cpu:-unknown}" \
  --machine "Memory=$mem_total total, $mem_available available at start" \
  --machine "OS=$(uname -sr)" \
  --machine "Source=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$repo" diff --quiet HEAD -- src content 2>/dev/null || echo ' + uncommitted changes under src/ or content/')" \
  --machine ".NET SDK (\`dotnet --version\`)=$(dotnet --version)" \
  "$@"

echo
cat "$out"
