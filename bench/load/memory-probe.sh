#!/usr/bin/env bash
# Memory and warm start of a published build on one content folder (issue 13):
#   memory-probe.sh BIN CONTENT PORT [SEARCHES] [WARM_RUNS]
# Builds the index once if the probe's own index folder has none (a cold start, not timed), then starts the site
# WARM_RUNS times on that file (a warm start: same build, same content) and times each to the first 200 on /. The
# last start then answers SEARCHES different questions from the rotating query file (4 at a time) and the probe
# prints VmRSS / VmHWM after the warm start and after the searches, and the GC's view (heap and committed bytes,
# from /metrics when PROBE_GC=1: collecting metrics costs start-up time, so it is off by default). Started as
# run-load-bench.sh starts the site (dotnet DebtHelp.Web.dll, Content:Watch off), so the numbers compare. Bounded: every wait gives up; the site it started is stopped on exit, its index folder removed.
# Extra environment for the site (e.g. DOTNET_gcServer=0) can be passed in PROBE_ENV="A=1 B=2"; PROBE_INDEX=DIR keeps
# the index folder (and its file) between probes of the same build instead of a fresh one that is removed.
set -euo pipefail
bin=$(realpath "$1"); content=$(realpath "$2"); port=$3; searches=${4:-2000}; runs=${5:-3}
queries=${PROBE_QUERIES:-/tmp/debthelp-load.DZdkxW/queries/rotating.txt}
work=$(mktemp -d "/tmp/memory-probe.XXXXXX")
index=${PROBE_INDEX:-$work/index}
pid=""
read -r -a extra <<<"${PROBE_ENV:-}"
[[ "${PROBE_GC:-0}" == 1 ]] && extra+=(Internal__AllowedNetworks__0=127.0.0.1/32)

cleanup() {
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }

start_site() { # log-name
  (cd "$bin" && exec env Content__RootPath="$content" Index__Directory="$index" RateLimiting__SearchPermitsPerMinute=0 \
    Content__Watch=false "${extra[@]}" dotnet DebtHelp.Web.dll --urls "http://127.0.0.1:$port" >"$work/$1.log" 2>&1) &
  pid=$!
}

stop_site() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

wait_200() { # path timeout-s: prints ms since $t0 when the path first answers 200
  local deadline=$((SECONDS + $2)) code
  while ((SECONDS < deadline)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port$1" 2>/dev/null || true)
    [[ "$code" == 200 ]] && { echo $(($(now_ms) - t0)); return 0; }
    kill -0 "$pid" 2>/dev/null || { echo "the site exited: $(tail -n 3 "$work"/*.log)" >&2; return 1; }
    sleep 0.02
  done
  echo "no 200 from $1 within $2 s" >&2
  return 1
}

status() { awk '/^VmRSS/ { rss = $2 } /^VmHWM/ { hwm = $2 } END { printf "rss_mb=%d hwm_mb=%d", rss / 1024, hwm / 1024 }' "/proc/$pid/status"; }

gc_view() { # the runtime's own numbers: what the GC holds vs what the process maps
  [[ "${PROBE_GC:-0}" == 1 ]] || return 0
  curl -s --max-time 5 "http://127.0.0.1:$port/metrics" |
    awk '/^dotnet_gc_last_collection_heap_size_bytes/ { heap += $NF; match($0, /generation="[a-z0-9]+"/); gen[substr($0, RSTART + 12, RLENGTH - 13)] = $NF }
         /^dotnet_gc_last_collection_memory_committed_size_bytes/ { committed += $NF }
         END { printf "gc_heap_mb=%d gc_committed_mb=%d (", heap / 1048576, committed / 1048576; for (g in gen) printf " %s=%d", g, gen[g] / 1048576; printf " )" }'
}

if ! ls "$index"/kb-*.db >/dev/null 2>&1; then
  t0=$(now_ms)
  start_site cold
  wait_200 /healthz/ready 600 >/dev/null
  echo "cold build $(($(now_ms) - t0)) ms ($(ls "$index"))"
  stop_site
fi

for ((i = 1; i <= runs; i++)); do
  t0=$(now_ms)
  start_site "warm-$i"
  # As run-load-bench.sh measures it: ready (/healthz/ready), then the first page.
  ready=$(wait_200 /healthz/ready 120)
  home=$(wait_200 / 120)
  cpu=$(awk '{ print ($14 + $15) * 10 }' "/proc/$pid/stat")
  indexed=$(sed -n 's/.*Indexed [0-9]* articles in [0-9]* topics in \([0-9]*\) ms (\([a-z ]*\)index file.*/\1 \2/p' "$work/warm-$i.log" | head -n 1)
  sleep 1
  echo "warm run=$i ready_ms=$ready first_home_ms=$home cpu_ms_to_home=$cpu indexed_ms=${indexed%% *} mode=${indexed#* } $(status)"
  ((i < runs)) && stop_site
done

sleep 2
echo "after warm start: $(status) $(gc_view)"
python3 - "$port" "$queries" "$searches" <<'EOF'
import sys, time, urllib.request, concurrent.futures
port, qfile, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
qs = []
with open(qfile, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            qs.append(line.strip())
        if len(qs) >= n:
            break
def get(q):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q={q}", timeout=30) as r:
        r.read()
        return r.status
start = time.time()
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    codes = list(pool.map(get, qs))
print(f"searches={len(codes)} non200={sum(c != 200 for c in codes)} seconds={time.time() - start:.1f}")
EOF
sleep 2
echo "after searches: $(status) $(gc_view)"
