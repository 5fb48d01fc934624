-- wrk script for the load benchmark. Prints one machine-readable RESULT line at the end.
--
-- Without LOAD_QUERIES it requests the URL given on the command line, as plain wrk does.
-- With LOAD_QUERIES=<file of URL-encoded queries> and LOAD_PREFIX=<path up to the query, e.g. /search?q=>,
-- each request asks the next query of the list: thread t starts at LOAD_OFFSET + t * (lines / LOAD_THREADS)
-- and walks forward, so the threads never ask the same query while each sends fewer than lines / LOAD_THREADS.
-- LOAD_SHIFT is added to LOAD_OFFSET (the runner moves a repeated run on to fresh queries).
-- LOAD_COUNT_HITS=1 also counts responses that carry an Age header (served from the output cache); reading
-- headers in Lua costs wrk some throughput, so the page runs leave it off.

local queries_file = os.getenv("LOAD_QUERIES")
local prefix = os.getenv("LOAD_PREFIX") or "/search?q="
local offset = tonumber(os.getenv("LOAD_OFFSET") or "0") + tonumber(os.getenv("LOAD_SHIFT") or "0")
local nthreads = tonumber(os.getenv("LOAD_THREADS") or "2")
local count_hits = os.getenv("LOAD_COUNT_HITS") == "1"
-- LOAD_ACCEPT_ENCODING=br asks for compressed answers, as browsers do (the references serve plain bytes).
local accept_encoding = os.getenv("LOAD_ACCEPT_ENCODING")
if accept_encoding then wrk.headers["Accept-Encoding"] = accept_encoding end

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("tid", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

local queries, position, chunk
sent = 0
hits = 0
lines = 0

function init(args)
   if queries_file then
      queries = {}
      for line in io.lines(queries_file) do
         if #line > 0 then queries[#queries + 1] = line end
      end
      lines = #queries
      chunk = math.floor(lines / nthreads)
      position = (offset + tid * chunk) % lines
   end
end

if queries_file then
   request = function()
      local q = queries[position + 1]
      position = (position + 1) % lines
      sent = sent + 1
      return wrk.format("GET", prefix .. q)
   end
end

if count_hits then
   response = function(status, headers, body)
      if status == 200 and (headers["Age"] or headers["age"]) then hits = hits + 1 end
   end
end

function done(summary, latency, requests)
   local total_sent, total_hits, max_sent, n = 0, 0, 0, 0
   for _, thread in ipairs(threads) do
      local s = thread:get("sent") or 0
      total_sent = total_sent + s
      total_hits = total_hits + (thread:get("hits") or 0)
      if s > max_sent then max_sent = s end
      n = thread:get("lines") or 0
   end
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f mean_ms=%.3f " ..
      "non2xx=%d connect_err=%d read_err=%d write_err=%d timeouts=%d bytes=%d " ..
      "queries=%d sent=%d max_thread_sent=%d hits=%d counted_hits=%s\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000,
      e.status, e.connect, e.read, e.write, e.timeout, summary.bytes,
      n, total_sent, max_sent, total_hits, tostring(count_hits)))
end
