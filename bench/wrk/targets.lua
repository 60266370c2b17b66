-- wrk script for the PCU Academy benchmark (bench/run.py writes the targets).
--
-- BENCH_TARGETS names a file of tab-separated lines: method, path, session
-- key ("-" for anonymous) and form body ("-" for none). Each request takes
-- the next line, so every connection acts as a different signed-in trainee.
-- With BENCH_ONCE=1 each line is used at most once (submissions): requests
-- past the end are counted as "wrapped" and the figure is reported invalid.
-- done() prints one JSON line that bench/run.py reads.

local targets = {}
local index = 0
local once = os.getenv("BENCH_ONCE") == "1"
local csrf = os.getenv("BENCH_CSRF") or ""
local origin = os.getenv("BENCH_ORIGIN") or ""
wrapped = 0
redirects = 0
threads = {}

local function load(path)
  local lines = {}
  for line in io.lines(path) do
    local method, url, session, body = line:match("^(%S+)\t(%S+)\t(%S+)\t(.*)$")
    if method then
      lines[#lines + 1] = {method = method, url = url, session = session, body = body}
    end
  end
  return lines
end

function setup(thread)
  thread:set("thread_id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  targets = load(os.getenv("BENCH_TARGETS"))
  local count = tonumber(os.getenv("BENCH_THREADS") or "1")
  -- Threads take interleaved lines so that, with BENCH_ONCE, no line is used twice.
  index = thread_id or 0
  step = count
end

function request()
  local n = #targets
  local position = index
  index = index + step
  if position >= n then
    wrapped = wrapped + 1
  end
  local t = targets[(position % n) + 1]
  local headers = {["X-Forwarded-Proto"] = "https", ["Accept-Encoding"] = "identity"}
  local cookie = {}
  if t.session ~= "-" then
    cookie[#cookie + 1] = "sessionid=" .. t.session
  end
  local body = nil
  if t.method == "POST" then
    cookie[#cookie + 1] = "csrftoken=" .. csrf
    headers["X-CSRFToken"] = csrf
    headers["Origin"] = origin
    headers["Referer"] = origin .. t.url
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    if t.body ~= "-" then
      body = t.body
    end
  end
  if os.getenv("BENCH_JSON") == "1" then
    headers["Accept"] = "application/json"
  end
  if #cookie > 0 then
    headers["Cookie"] = table.concat(cookie, "; ")
  end
  return wrk.format(t.method, t.url, headers, body)
end

function response(status, headers, body)
  if status >= 300 and status < 400 then
    redirects = redirects + 1
  end
end

function done(summary, latency, requests)
  local total_wrapped, total_redirects = 0, 0
  for _, thread in ipairs(threads) do
    total_wrapped = total_wrapped + (thread:get("wrapped") or 0)
    total_redirects = total_redirects + (thread:get("redirects") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "connect_errors": %d, "read_errors": %d, ' ..
    '"write_errors": %d, "status_errors": %d, "timeouts": %d, "redirects": %d, "wrapped": %d, ' ..
    '"p50_ms": %.3f, "p90_ms": %.3f, "p95_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "mean_ms": %.3f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    total_redirects, total_wrapped,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
end
