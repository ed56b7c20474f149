-- wrk script for benchmarks/web/run.py: every request carries one of the signed-in sessions'
-- cookies, in turn, and the run ends with one JSON line of figures on stdout.
--   wrk -t T -c C -d S --latency -s sessions.lua URL -- COOKIE_FILE
-- COOKIE_FILE holds one Cookie header value a line (one signed-in session each); thread i of T
-- takes the i-th share of them, so each session is used by one thread only.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

function init(args)
  local all = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(all, line) end
  end
  local count = tonumber(args[2]) or 1
  cookies = {}
  for i, cookie in ipairs(all) do
    if (i - 1) % count == number - 1 then table.insert(cookies, cookie) end
  end
  if #cookies == 0 then cookies = all end
  turn = 0
  -- no sessions given: the requests are a public reader's, without a cookie
  statuses = {}
end

function request()
  if #cookies == 0 then return wrk.format("GET", nil, {}) end
  turn = turn % #cookies + 1
  return wrk.format("GET", nil, { Cookie = cookies[turn] })
end

function response(status, headers, body)
  if status ~= 200 then
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total, bad = {}, {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status, n in pairs(total) do
    bad[#bad + 1] = string.format('"%d": %d', status, n)
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"mean_us": %.1f, "socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}, ' ..
    '"statuses": {%s}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, latency.mean, e.connect, e.read, e.write, e.timeout,
    table.concat(bad, ", ")))
end
