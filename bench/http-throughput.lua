-- wrk script for bench/http-throughput.sh: POSTs tools/call of iso_to_unix_timestamp on the MCP
-- session named by MCP_SESSION (none for the floor server). Each thread numbers its own requests: a
-- session refuses an id that is still in flight, and eight connections share one session.
local session = os.getenv("MCP_SESSION")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("base", threads * 1000000000)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json, text/event-stream"
  wrk.headers["MCP-Protocol-Version"] = "2025-06-18"
  if session ~= nil and session ~= "" then
    wrk.headers["Mcp-Session-Id"] = session
  end
  counter = base or 0
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, '{"jsonrpc":"2.0","id":' .. counter
    .. ',"method":"tools/call","params":{"name":"iso_to_unix_timestamp",'
    .. '"arguments":{"iso_datetime":"2025-01-01T00:00:00Z"}}}')
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT %.0f %.3f %.3f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
