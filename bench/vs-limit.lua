-- wrk script for bench/vs-limit.sh: POSTs the request in
-- $SPINECDS_BENCH_REQUEST with a fresh hookInstance on every call, so no
-- server can answer from a cache keyed on the body. nginx and SpineCDS run
-- the same script, so both pay the same client cost.
local f = assert(io.open(os.getenv("SPINECDS_BENCH_REQUEST"), "rb"))
local body = f:read("*a")
f:close()

-- Split the body around the hookInstance value once; each request joins
-- the two halves around a new id.
local s, e = body:find('"hookInstance"%s*:%s*"[^"]*"')
assert(s, "the request has no hookInstance")
local head = body:sub(1, s - 1) .. '"hookInstance": "'
local tail = '"' .. body:sub(e + 1)

local counter = 0
local prefix
local threads = 0

-- Runs in the main Lua state once per thread: number the threads so their
-- ids never collide.
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  prefix = string.format("%04x%04x", thread_number or 0, os.time() % 0x10000)
end

function request()
  counter = counter + 1
  local id = string.format("%s-0000-4000-8000-%012x", prefix, counter)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, head .. id .. tail)
end
