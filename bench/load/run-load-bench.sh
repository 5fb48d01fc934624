#!/usr/bin/env bash
# Load benchmark of the published site with its shipped settings (appsettings.json as published: Information
# logging, the shipped Kestrel:InlineScheduling): start-up (cold and warm), wrk on pages next to two references
# serving the same bytes in the same run (bare Kestrel from memory: bench/KestrelCeiling, the runtime's own
# ceiling; and nginx from files), search, Warning logging for comparison, an A/B of Kestrel:InlineScheduling, and
# a generated 10,000-article corpus. Writes docs/benchmarks/load.md. Everything runs on loopback (127.0.0.1)
# against processes this script starts and stops; every loop is bounded. Takes about 15 minutes on the 2-core
# machine (LOAD_BENCH_DURATION=10 about 11).
#
# Settings (environment):
#   LOAD_BENCH_SOURCE=worktree|head  what to build: the working tree (default; falls back to HEAD when it does
#                                    not build, e.g. while someone is mid-edit) or the last commit
#   LOAD_BENCH_DURATION=15           seconds per wrk run
#   LOAD_BENCH_ARTICLES=10000        size of the generated corpus (0 skips that part)
#   LOAD_BENCH_QUIET_WAIT=60         seconds to wait at most for other processes to leave the CPUs alone
#   LOAD_BENCH_RETRIES=4             measured runs that may be repeated because other processes disturbed them
#   LOAD_BENCH_OUT=docs/benchmarks/load.md
#   LOAD_BENCH_AB=1                  A/B of Kestrel:InlineScheduling true vs false (0 skips it)
#   LOAD_BENCH_KEEP=1                keep the temporary folder (logs, wrk output) for a look afterwards
set -euo pipefail

load_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$load_dir/../.." && pwd)"
source_mode="${LOAD_BENCH_SOURCE:-worktree}"
duration="${LOAD_BENCH_DURATION:-15}"
articles="${LOAD_BENCH_ARTICLES:-10000}"
quiet_wait="${LOAD_BENCH_QUIET_WAIT:-60}"
out="${LOAD_BENCH_OUT:-$repo/docs/benchmarks/load.md}"
threads=2
connections=32
startup_runs=5

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
command -v ss >/dev/null || missing+=(iproute2)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

work="$(mktemp -d /tmp/debthelp-load.XXXXXX)"
chmod 755 "$work" # nginx workers run as nobody and must read the static copy
mkdir -p "$work/logs" "$work/wrk" "$work/nginx/www/articles" "$work/nginx/tmp"
results="$work/results.txt"
: >"$results"
app_pid=""
nginx_pid=""
kestrel_pid=""

stop_pid() { # pid: TERM, then KILL after 15 s
  local pid="$1" i
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  stop_pid "$app_pid"
  stop_pid "$nginx_pid"
  stop_pid "$kestrel_pid"
  stop_pid "${app2_pid:-}"
  if [[ "${LOAD_BENCH_KEEP:-0}" == 1 ]]; then
    log "kept $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

record() { printf '%s\n' "$*" >>"$results"; }

now_ns() { date +%s%N; }

# A loopback port below the kernel's ephemeral range (wrk's own client sockets take ports from that range, and a
# port held by any socket, even a client's, cannot be bound), with no socket on it at all.
free_port() {
  local low port i
  low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  for ((i = 0; i < 200; i++)); do
    port=$((10000 + RANDOM % (low - 10000)))
    if [[ -z "$(ss -Htan "( sport = :$port or dport = :$port )" 2>/dev/null)" ]] &&
      ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free loopback port found" >&2
  return 1
}

machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $9 }' /proc/stat; }
softirq_ticks() { awk '/^cpu / { print $8 }' /proc/stat; }

pid_ticks() { # pids...: user + system ticks of the processes and their children (nginx workers)
  local total=0 pid child
  for pid in "$@"; do
    [[ -r "/proc/$pid/stat" ]] || continue
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
    for child in $(cat "/proc/$pid/task/$pid/children" 2>/dev/null); do
      total=$((total + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
    done
  done
  echo "$total"
}

# Other people's builds and browsers share these 2 cores: wait (bounded) until the machine is idle apart from
# our own server, so the numbers measure the site and not the neighbours. Every run records what others used.
wait_quiet() { # max seconds
  local max="$1" start ok=0 b0 b1 o0 o1 others
  start=$SECONDS
  while ((SECONDS - start < max)); do
    b0=$(machine_busy_ticks)
    o0=$(pid_ticks $app_pid $nginx_pid $kestrel_pid)
    sleep 1
    b1=$(machine_busy_ticks)
    o1=$(pid_ticks $app_pid $nginx_pid $kestrel_pid)
    others=$((b1 - b0 - (o1 - o0)))
    if ((others <= 20)); then # 0.2 of a core
      ok=$((ok + 1))
      ((ok >= 2)) && return 0
    else
      ok=0
    fi
  done
  log "the machine is still busy with other processes ($others ticks/s); measuring anyway, see the 'others' column"
}

# --- the build -----------------------------------------------------------------------------------------------
snapshot_source() { # mode dest
  local mode="$1" dest="$2"
  rm -rf "$dest"
  mkdir -p "$dest/src"
  if [[ "$mode" == head ]]; then
    git -C "$repo" archive HEAD global.json Directory.Build.props Directory.Packages.props .editorconfig src/DebtHelp.Web content bench/KestrelCeiling |
      tar -C "$dest" -xf -
  else
    cp "$repo/global.json" "$repo/Directory.Build.props" "$repo/Directory.Packages.props" "$repo/.editorconfig" "$dest/"
    cp -r "$repo/content" "$dest/content"
    tar -C "$repo/src" --exclude=bin --exclude=obj --exclude=App_Data -cf - DebtHelp.Web | tar -C "$dest/src" -xf -
    mkdir -p "$dest/bench"
    tar -C "$repo/bench" --exclude=bin --exclude=obj -cf - KestrelCeiling | tar -C "$dest/bench" -xf -
  fi
}

# A copy, so that parallel edits and builds in the repository neither break nor race this build.
commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
source_note=""
log "publishing the Release build ($source_mode)"
snapshot_source "$source_mode" "$work/source"
publish_start=$(now_ns)
# As docs/operations.md publishes it: for the platform, so ReadyToRun (precompiled) is on.
publish_flags=(-c Release -r linux-x64 --self-contained false --nologo)
if ! dotnet publish "$work/source/src/DebtHelp.Web" "${publish_flags[@]}" -o "$work/app" -v quiet >"$work/logs/publish.log" 2>&1; then
  if [[ "$source_mode" == head ]]; then
    cat "$work/logs/publish.log" >&2
    exit 1
  fi
  log "the working tree does not build (errors below); measuring HEAD ($commit) instead"
  grep -m 5 'error' "$work/logs/publish.log" >&2 || true
  source_mode=head
  source_note="the working tree did not build at the time (someone mid-edit), so HEAD was measured"
  snapshot_source head "$work/source"
  publish_start=$(now_ns)
  dotnet publish "$work/source/src/DebtHelp.Web" "${publish_flags[@]}" -o "$work/app" -v quiet >"$work/logs/publish.log" 2>&1 ||
    { cat "$work/logs/publish.log" >&2; exit 1; }
fi
publish_ms=$((($(now_ns) - publish_start) / 1000000))
if [[ "$source_mode" == worktree ]] && ! git -C "$repo" diff --quiet HEAD -- src/DebtHelp.Web content 2>/dev/null; then
  source_label="$commit + uncommitted changes in src/DebtHelp.Web or content (working tree)"
elif [[ "$source_mode" == worktree ]] && [[ -n "$(git -C "$repo" ls-files --others --exclude-standard -- src/DebtHelp.Web content 2>/dev/null)" ]]; then
  source_label="$commit + untracked files in src/DebtHelp.Web or content (working tree)"
else
  source_label="$commit"
fi
content="$work/source/content"
record "meta source=$source_mode publish_ms=$publish_ms"
dotnet publish "$work/source/bench/KestrelCeiling" -c Release -o "$work/ceiling" --nologo -v quiet >"$work/logs/publish-ceiling.log" 2>&1 ||
  { cat "$work/logs/publish-ceiling.log" >&2; exit 1; }
# The shipped scheduling default, read from the published settings; the ceiling runs with the same.
shipped_inline=$(python3 -c 'import json, sys; print(str(json.load(open(sys.argv[1], encoding="utf-8-sig")).get("Kestrel", {}).get("InlineScheduling", True)).lower())' "$work/app/appsettings.json")
record "meta shipped_inline=$shipped_inline"

log "generating the search queries"
python3 "$load_dir/generate.py" queries "$content" "$work/queries" --variants 250000 >"$work/logs/queries.txt"
rotating="$work/queries/rotating.txt"
record "meta base_questions=$(wc -l <"$work/queries/questions.txt") rotating_queries=$(wc -l <"$rotating")"
record "meta articles=$(ls "$content/articles"/*.md | wc -l)"

# --- the app ---------------------------------------------------------------------------------------------
app_port=""
app_url=""
app_log=""
start_ns=0

start_app() { # content index-dir log-level|default log-name [VAR=value ...]: 'default' keeps the shipped level
  local level_env=() extra_env=("${@:5}")
  [[ "$3" != default ]] && level_env=("Serilog__MinimumLevel__Default=$3")
  app_port=$(free_port)
  app_url="http://127.0.0.1:$app_port"
  app_log="$work/logs/$4.log"
  start_ns=$(now_ns)
  # Started from its own folder, as a service would be: the content root (appsettings.json, wwwroot) is the
  # working directory. The KnowledgeBase override keeps the one 'Indexed N articles in X ms' line at any level.
  (cd "$work/app" && exec env Content__RootPath="$1" Index__Directory="$2" RateLimiting__SearchPermitsPerMinute=0 \
    Content__Watch=false "${level_env[@]}" 'Serilog__MinimumLevel__Override__DebtHelp.Web.KnowledgeBase=Information' "${extra_env[@]}" \
    dotnet DebtHelp.Web.dll --urls "$app_url" >"$app_log" 2>&1) &
  app_pid=$!
}

stop_app() {
  stop_pid "$app_pid"
  app_pid=""
}

wait_200() { # url timeout-seconds: prints ms since start_ns at the first 200 (polled every ~20 ms)
  local url="$1" deadline=$((SECONDS + $2)) code
  while ((SECONDS < deadline)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null || true)
    if [[ "$code" == 200 ]]; then
      echo $((($(now_ns) - start_ns) / 1000000))
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the site exited; log: $(tail -n 5 "$app_log")" >&2; return 1; }
    sleep 0.02
  done
  echo "no 200 from $url within $2 s; log: $(tail -n 5 "$app_log")" >&2
  return 1
}

indexed_ms() { sed -n 's/.*Indexed [0-9]* articles in [0-9]* topics in \([0-9]*\) ms.*/\1/p' "$app_log" | head -n 1; }

measure_start() { # label content index-dir timeout runs
  local label="$1" i health home
  for ((i = 1; i <= $5; i++)); do
    [[ "$label" == *cold ]] && rm -rf "$3" && mkdir -p "$3"
    start_app "$2" "$3" default "start-$label-$i"
    health=$(wait_200 "$app_url/healthz" "$4")
    home=$(wait_200 "$app_url/" "$4")
    record "start $label run=$i healthz_ms=$health home_ms=$home indexed_ms=$(indexed_ms) rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$app_pid/status")"
    stop_app
  done
}

# A search run can leave requests queued in the site after wrk stops (wrk closes the connections, the site still
# finishes the work): wait, bounded, until the site is idle, so the next run does not pay for the last one.
wait_app_idle() { # max seconds
  local max="$1" start t0 t1
  start=$SECONDS
  while ((SECONDS - start < max)); do
    t0=$(pid_ticks $app_pid)
    sleep 0.5
    t1=$(pid_ticks $app_pid)
    ((t1 - t0 <= 5)) && return 0
  done
  log "the site was still busy ${max} s after the run"
}

rss_record() { # label
  record "rss $1 $(awk '/^VmRSS/ { printf "rss_kb=%s ", $2 } /^VmHWM/ { printf "hwm_kb=%s ", $2 } /^Threads/ { printf "threads=%s", $2 }' "/proc/$app_pid/status")"
}

# wrk with the reporting script; records throughput, latency, CPU of server / wrk / everything else. A measured
# run during which other processes took more than a quarter of a core is repeated once the machine is quiet,
# as long as the retry budget lasts (the row then shows the cleaner run; the log says so).
retries_left="${LOAD_BENCH_RETRIES:-4}"
retry_shift=0 # a repeated rotating run moves on to queries not asked yet (10,000 further per retry)
run_wrk() { # name server(app|nginx) url seconds timeout [VAR=value ...]
  local name="$1" server="$2" url="$3" seconds="$4" timeout="$5"
  shift 5
  local pids b0 s0 q0 b1 s1 q1 times result others
  case "$server" in
    nginx) pids="$nginx_pid" ;;
    kestrel) pids="$kestrel_pid" ;;
    app2) pids="$app2_pid" ;;
    *) pids="$app_pid" ;;
  esac
  b0=$(machine_busy_ticks)
  q0=$(softirq_ticks)
  s0=$(pid_ticks $pids)
  TIMEFORMAT='%U %S'
  { time env LOAD_THREADS=$threads LOAD_SHIFT=$retry_shift "$@" wrk -t$threads -c$connections -d"${seconds}s" --timeout "${timeout}s" --latency \
    -s "$load_dir/wrk-report.lua" "$url" >"$work/wrk/$name.txt"; } 2>"$work/wrk/$name.time"
  b1=$(machine_busy_ticks)
  q1=$(softirq_ticks)
  s1=$(pid_ticks $pids)
  times=$(tail -n 1 "$work/wrk/$name.time")
  result=$(sed -n 's/^RESULT //p' "$work/wrk/$name.txt")
  [[ -n "$result" ]] || { cat "$work/wrk/$name.txt" >&2; return 1; }
  others=$(awk -v m=$((b1 - b0)) -v s=$((s1 - s0)) -v w="$times" -v d="$seconds" 'BEGIN { split(w, t, " "); print int((m - s - 100 * (t[1] + t[2])) / d) }')
  if [[ "$name" != warmup* ]] && ((others > 25 && retries_left > 0)); then
    retries_left=$((retries_left - 1))
    retry_shift=$((retry_shift + 10000))
    log "  $name: other processes took $others ticks/s during the run; repeating it ($retries_left retries left)"
    [[ "$server" == app ]] && wait_app_idle 30
    wait_quiet 30
    run_wrk "$name" "$server" "$url" "$seconds" "$timeout" "$@"
    return
  fi
  record "wrk $name server=$server $result server_ticks=$((s1 - s0)) machine_ticks=$((b1 - b0)) softirq_ticks=$((q1 - q0)) wrk_cpu_s=$(awk '{ print $1 + $2 }' <<<"$times")"
  log "  $name: $(grep -o 'rps=[0-9.]* p50_ms=[0-9.]* p90_ms=[0-9.]* p99_ms=[0-9.]*' <<<"$result")"
}

article_path=/articles/night-visits
repeated_query="$(python3 -c 'import urllib.parse; print(urllib.parse.quote("催收人员晚上上门怎么办"))')"

# The page runs of one round: the site, bare Kestrel and nginx on the same page one after another, in an order
# that moves each round (so no server always runs first, right after a search run, or last).
page_round() { # round page-name path
  local round="$1" page="$2" path="$3" suffix order who
  [[ "$round" == 1 ]] && suffix="" || suffix="-r$round"
  case "$round" in
    1) order="site kestrel nginx" ;;
    2) order="kestrel nginx site" ;;
    *) order="nginx site kestrel" ;;
  esac
  for who in $order; do
    case "$who" in
      site) run_wrk "$prefix-$page$suffix" app "$app_url$path" "$duration" 10 ;;
      kestrel) run_wrk "kestrel-$page$suffix" kestrel "$kestrel_url$path" "$duration" 10 ;;
      nginx) run_wrk "nginx-$page$suffix" nginx "$nginx_url$path" "$duration" 10 ;;
    esac
  done
}

load_suite() { # prefix [with-references]: the five runs against the running app (pages next to bare Kestrel and nginx)
  prefix="$1"
  if [[ -n "${2:-}" ]]; then
    page_round 1 article "$article_path"
    page_round 1 home /
    # What a browser sends: the page comes compressed, from the cache (stored compressed, not compressed per hit).
    run_wrk "$prefix-article-br" app "$app_url$article_path" "$duration" 10 LOAD_ACCEPT_ENCODING=br
  else
    run_wrk "$prefix-article" app "$app_url$article_path" "$duration" 10
    run_wrk "$prefix-home" app "$app_url/" "$duration" 10
  fi
  run_wrk "$prefix-search-repeated" app "$app_url/search?q=$repeated_query" "$duration" 10 LOAD_COUNT_HITS=1
  wait_quiet 10
  # Warm-up used queries from offset 0 (thread 1 from 60,000); these start at 10,000 (thread 1 at 70,000), so none
  # was asked before unless a thread sends more than 10,000 in the warm-up (the 'cache hits' column would show it).
  run_wrk "$prefix-search-rotating" app "$app_url/" "$duration" 10 LOAD_QUERIES="$rotating" LOAD_PREFIX="/search?q=" LOAD_OFFSET=10000 LOAD_COUNT_HITS=1
  wait_app_idle 30
  wait_quiet 10
  run_wrk "$prefix-api-rotating" app "$app_url/" "$duration" 10 LOAD_QUERIES="$rotating" LOAD_PREFIX="/api/search?limit=10&q=" LOAD_OFFSET=10000 LOAD_COUNT_HITS=1
  wait_app_idle 30
}

# JIT and caches: every kind of request. The runtime keeps recompiling hot methods (tiered compilation) for
# about 30 s after start-up, at up to a quarter of the CPU (seen with perf), so the warm-up lasts that long.
warm_up() {
  run_wrk warmup-pages app "$app_url$article_path" 4 10 >/dev/null 2>&1
  run_wrk warmup-home app "$app_url/" 3 10 >/dev/null 2>&1
  run_wrk warmup-search app "$app_url/search?q=$repeated_query" 3 10 >/dev/null 2>&1
  run_wrk warmup-rotating app "$app_url/" 12 10 LOAD_QUERIES="$rotating" LOAD_PREFIX="/search?q=" LOAD_OFFSET=0 >/dev/null 2>&1
  run_wrk warmup-api app "$app_url/" 6 10 LOAD_QUERIES="$rotating" LOAD_PREFIX="/api/search?limit=10&q=" LOAD_OFFSET=0 >/dev/null 2>&1
  wait_app_idle 30
}

log "waiting for a quiet machine (at most ${quiet_wait} s)"
wait_quiet "$quiet_wait"
record "meta loadavg_before=\"$(cut -d' ' -f1-3 /proc/loadavg)\""

# --- 1-2. start-up ------------------------------------------------------------------------------------------
log "start-up: $startup_runs cold and $startup_runs warm starts"
measure_start cold "$content" "$work/index-real" 60 "$startup_runs"
measure_start warm "$content" "$work/index-real" 60 "$startup_runs"
record "meta index_bytes_real=$(du -cb "$work"/index-real/*.db | tail -n 1 | cut -f1)"

# --- 3. load on the site as shipped, next to bare Kestrel and nginx serving the same bytes -----------------
log "load: the site as shipped (Information), bare Kestrel and nginx serving the same article and home page"
start_app "$content" "$work/index-real" default load-information
wait_200 "$app_url/healthz" 60 >/dev/null
mkdir -p "$work/pages"
curl -s -D "$work/nginx/headers.txt" -o "$work/nginx/www/articles/night-visits" "$app_url$article_path"
curl -s -D "$work/nginx/headers-home.txt" -o "$work/nginx/www/index.html" "$app_url/"
chmod -R a+rX "$work/nginx/www"
# The ceiling's canned responses: the site's own bytes and headers for the two pages.
cp "$work/nginx/www/articles/night-visits" "$work/pages/article.body"
cp "$work/nginx/headers.txt" "$work/pages/article.headers"
echo "$article_path" >"$work/pages/article.path"
cp "$work/nginx/www/index.html" "$work/pages/home.body"
cp "$work/nginx/headers-home.txt" "$work/pages/home.headers"
echo / >"$work/pages/home.path"
record "meta page_bytes_article=$(wc -c <"$work/nginx/www/articles/night-visits") page_bytes_home=$(wc -c <"$work/nginx/www/index.html")"
# The same response headers the site sends (security headers, Cache-Control); nginx adds its own ETag.
add_headers=$(tr -d '\r' <"$work/nginx/headers.txt" | awk -F': ' 'NR > 1 && NF >= 2 && tolower($1) !~ /^(date|content-length|content-type|transfer-encoding|age|etag|connection|server|vary)$/ {
  v = substr($0, length($1) + 3); gsub(/\\/, "\\\\", v); gsub(/"/, "\\\"", v); printf "    add_header %s \"%s\" always;\n", $1, v }')
nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  gzip off;
  sendfile on;
  tcp_nopush on;
  server_tokens off;
  keepalive_requests 10000000;
  client_body_temp_path $work/nginx/tmp;
  proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp;
  scgi_temp_path $work/nginx/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/www;
    default_type "text/html; charset=utf-8";
$add_headers
    location / { index index.html; }
  }
}
EOF
# All three servers stay up (an idle one costs nothing); each page's runs follow one another, so the three see
# the same machine.
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" >"$work/logs/nginx.log" 2>&1 &
nginx_pid=$!
nginx_url="http://127.0.0.1:$nginx_port"
kestrel_port=$(free_port)
kestrel_url="http://127.0.0.1:$kestrel_port"
(cd "$work/ceiling" && exec dotnet KestrelCeiling.dll --pages "$work/pages" --inline "$shipped_inline" --urls "$kestrel_url" >"$work/logs/kestrel.log" 2>&1) &
kestrel_pid=$!
for url in "$nginx_url" "$kestrel_url"; do
  for ((i = 0; i < 200; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url$article_path" || true)" == 200 ]] && break
    sleep 0.05
  done
  cmp -s <(curl -s "$url$article_path") "$work/nginx/www/articles/night-visits" || { log "$url does not serve the page"; exit 1; }
  cmp -s <(curl -s "$url/") "$work/nginx/www/index.html" || { log "$url does not serve the home page"; exit 1; }
done
record "meta nginx_headers_bytes=$(curl -s -D - -o /dev/null "$nginx_url$article_path" | wc -c) kestrel_headers_bytes=$(curl -s -D - -o /dev/null "$kestrel_url$article_path" | wc -c) app_headers_bytes=$(curl -s -D - -o /dev/null "$app_url$article_path" | wc -c)"
wait_quiet 10
run_wrk warmup-nginx nginx "$nginx_url$article_path" 3 10 >/dev/null 2>&1
run_wrk warmup-kestrel kestrel "$kestrel_url$article_path" 4 10 >/dev/null 2>&1
run_wrk warmup-kestrel-home kestrel "$kestrel_url/" 2 10 >/dev/null 2>&1
warm_up
rss_record after-warmup
log_lines_before=$(wc -l <"$app_log")
load_suite info with-references
# One round of 15 s runs is at the mercy of the moment (nginx alone has moved between 70,000 and 90,000 req/s
# on this machine): two more interleaved rounds per page, and the floor takes the median ratio of the three.
for round in 2 3; do
  page_round "$round" article "$article_path"
  page_round "$round" home /
done
rss_record after-load
record "meta info_log_lines=$(($(wc -l <"$app_log") - log_lines_before)) info_log_bytes=$(wc -c <"$app_log") info_request_lines=$(grep -c 'HTTP GET' "$app_log" || true) info_search_lines=$(grep -c 'Search of [0-9]* chars' "$app_log" || true)"
stop_pid "$nginx_pid"
nginx_pid=""
stop_app

# --- 4. the same runs with logging at Warning (no request lines), for comparison ---------------------------
log "load: the site at Warning"
start_app "$content" "$work/index-real" Warning load-warning
wait_200 "$app_url/healthz" 60 >/dev/null
wait_quiet 10
warm_up
load_suite warn
stop_app

# --- 4b. A/B of the scheduling switch: two sites at once, one with each setting, runs interleaved ----------
app2_pid=""
if [[ "${LOAD_BENCH_AB:-1}" == 1 ]]; then
  other_inline=$([[ "$shipped_inline" == true ]] && echo false || echo true)
  log "A/B: Kestrel:InlineScheduling $shipped_inline (shipped) vs $other_inline, interleaved"
  start_app "$content" "$work/index-real" default ab-shipped
  wait_200 "$app_url/healthz" 60 >/dev/null
  shipped_pid=$app_pid
  shipped_url=$app_url
  start_app "$content" "$work/index-real" default ab-other "Kestrel__InlineScheduling=$other_inline"
  wait_200 "$app_url/healthz" 60 >/dev/null
  app2_pid=$app_pid
  other_url=$app_url
  app_pid=$shipped_pid
  app_url=$shipped_url
  wait_quiet 10
  run_wrk warmup-ab app "$shipped_url$article_path" 4 10 >/dev/null 2>&1
  run_wrk warmup-ab-search app "$shipped_url/" 6 10 LOAD_QUERIES="$rotating" LOAD_PREFIX="/search?q=" LOAD_OFFSET=0 >/dev/null 2>&1
  run_wrk warmup-ab2 app2 "$other_url$article_path" 4 10 >/dev/null 2>&1
  run_wrk warmup-ab2-search app2 "$other_url/" 6 10 LOAD_QUERIES="$rotating" LOAD_PREFIX="/search?q=" LOAD_OFFSET=0 >/dev/null 2>&1
  for round in 1 2; do
    if [[ "$round" == 1 ]]; then
      run_wrk "ab-shipped-article-r$round" app "$shipped_url$article_path" "$duration" 10
      run_wrk "ab-other-article-r$round" app2 "$other_url$article_path" "$duration" 10
    else
      run_wrk "ab-other-article-r$round" app2 "$other_url$article_path" "$duration" 10
      run_wrk "ab-shipped-article-r$round" app "$shipped_url$article_path" "$duration" 10
    fi
    run_wrk "ab-shipped-search-r$round" app "$shipped_url/" "$duration" 10 LOAD_QUERIES="$rotating" LOAD_PREFIX="/search?q=" LOAD_OFFSET=$((20000 * round)) LOAD_COUNT_HITS=1
    wait_app_idle 30
    run_wrk "ab-other-search-r$round" app2 "$other_url/" "$duration" 10 LOAD_QUERIES="$rotating" LOAD_PREFIX="/search?q=" LOAD_OFFSET=$((20000 * round)) LOAD_COUNT_HITS=1
    app_pid=$app2_pid
    wait_app_idle 30
    app_pid=$shipped_pid
  done
  record "meta ab_other_inline=$other_inline"
  stop_pid "$app2_pid"
  app2_pid=""
  stop_app
fi
stop_pid "$kestrel_pid"
kestrel_pid=""

# --- 5. a generated corpus -------------------------------------------------------------------------------
if ((articles > 0)); then
  log "generating $articles articles"
  python3 "$load_dir/generate.py" corpus "$content" "$work/corpus" --articles "$articles" >"$work/logs/corpus.txt"
  record "meta corpus_articles=$articles corpus_bytes=$(du -sb "$work/corpus/articles" | cut -f1) corpus_note=\"$(tr ' ' '_' <"$work/logs/corpus.txt")\""
  wait_quiet 15
  log "start-up on $articles articles (1 cold, 3 warm)"
  measure_start large-cold "$work/corpus" "$work/index-large" 300 1
  measure_start large-warm "$work/corpus" "$work/index-large" 120 3
  record "meta index_bytes_large=$(du -cb "$work"/index-large/*.db | tail -n 1 | cut -f1)"
  start_app "$work/corpus" "$work/index-large" default load-large
  wait_200 "$app_url/healthz" 120 >/dev/null
  rss_record large-after-start
  wait_quiet 10
  run_wrk warmup-large-article app "$app_url/articles/gen-00001" 3 10 >/dev/null 2>&1
  run_wrk large-article app "$app_url/articles/gen-00001" "$duration" 10
  # Few connections for the warm-up: every search it starts has to finish before the measured run begins.
  connections=4 run_wrk warmup-large app "$app_url/" 5 30 LOAD_QUERIES="$rotating" LOAD_PREFIX="/search?q=" LOAD_OFFSET=0 >/dev/null 2>&1
  wait_app_idle 60
  run_wrk large-search-rotating app "$app_url/" "$duration" 30 LOAD_QUERIES="$rotating" LOAD_PREFIX="/search?q=" LOAD_OFFSET=10000 LOAD_COUNT_HITS=1
  rss_record large-after-load
  wait_app_idle 60
  stop_app
fi

# --- 6. the report ---------------------------------------------------------------------------------------
record "meta retries_used=$((${LOAD_BENCH_RETRIES:-4} - retries_left))"
mem_total="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
record "machine date=\"$(date -u '+%Y-%m-%d %H:%M UTC')\" nproc=$(nproc) cpu=\"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)\" memory=\"$mem_total\" os=\"$(uname -sr)\" dotnet=\"$(dotnet --version)\" runtime=\"$(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }')\" nginx=\"$(nginx -v 2>&1 | sed 's/^nginx version: //')\" wrk=\"$(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }')\" source=\"$source_label\" source_note=\"$source_note\" duration=$duration threads=$threads connections=$connections"
python3 "$load_dir/report.py" "$results" "$load_dir/notes.md" >"$out"
log "wrote $out"
cat "$out"
