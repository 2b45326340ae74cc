-- wrk script: POSTs the project's L2-pelvis order-sign request on every call.
local f = assert(io.open(os.getenv("SPINECDS_BENCH_REQUEST"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
