# Set-up shared by the bench scripts that start `spinecds serve` on loopback.
# Source it after `set -euo pipefail`. It makes `work`, a temporary folder
# removed on exit, and kills on exit every process listed in `pids`.
work=$(mktemp -d)
pids=()
bench_cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap bench_cleanup EXIT

bench_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# bench_serve BINARY [WRAPPER...]: starts `BINARY serve --no-auth` in $work on
# a free port, under WRAPPER when given (valgrind starts in tens of seconds,
# hence the two-minute wait), and waits for /healthz. Sets `port`, `url`
# (http://127.0.0.1:PORT) and `pid`; the log is $work/serve.log.
bench_serve() {
  local bin=$1
  shift
  port=$(bench_free_port)
  # The allocator as deploy/Dockerfile sets it; GLIBC_TUNABLES= (set, empty)
  # measures glibc's default.
  (cd "$work" && GLIBC_TUNABLES=${GLIBC_TUNABLES-glibc.malloc.tcache_count=256} \
    exec "$@" "$bin" serve --no-auth --port "$port") > "$work/serve.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  url="http://127.0.0.1:$port"
  for _ in $(seq 1 1200); do
    curl -fsS -o /dev/null "$url/healthz" 2> /dev/null && return 0
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.1
  done
  echo "bench: spinecds did not answer /healthz; the end of its log:" >&2
  tail -20 "$work/serve.log" >&2
  return 1
}
