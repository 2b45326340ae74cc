#!/usr/bin/env bash
# SpineCDS against the wire's limit, in one run on loopback: nginx answering
# SpineCDS's own response bytes with `return 200`, and SpineCDS evaluating the
# same request for real (`serve --no-auth`, default configuration, reviews
# on). Both are driven by wrk with the same Lua script, so both pay the same
# client cost: every request carries a fresh hookInstance. Runs are
# interleaved (nginx c32, SpineCDS c32, nginx c1, SpineCDS c1, repeated) so a
# noisy neighbour hits both alike.
#
# Usage: bench/vs-limit.sh [REQUEST.json]
#   REQUEST.json  default: tests/data/founding/seed-l2-pelvis/request.json (the
#                 project's copy of the seed case, 50,980 bytes)
#   DURATION=15   seconds per wrk run        ROUNDS=2  interleaved rounds
#   SOAK=0        seconds of an extra c32 soak of SpineCDS, sampling its RSS
#   BUILD=build/bench-release  where the Release binary is built
#   SPINECDS_BIN=PATH  use this binary instead of building one (CI's short run)
# Exit status: 0 when every run had only 2xx answers and no socket errors
# (wrk's 2 s timeout counts as an error); 1 otherwise. Timing never fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${DURATION:-15}
rounds=${ROUNDS:-2}
soak=${SOAK:-0}
build=${BUILD:-$root/build/bench-release}

request=${1:-}
if [[ -z "$request" ]]; then
  # The project's own copy of ../shared/cases/seed-l2-pelvis/request.json.
  request="$root/tests/data/founding/seed-l2-pelvis/request.json"
fi
[[ -f "$request" ]] || { echo "vs-limit: no request file $request" >&2; exit 2; }

need=()
command -v wrk > /dev/null || need+=(wrk)
command -v nginx > /dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
if ((${#need[@]})); then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" > /dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if [[ -n "${SPINECDS_BIN:-}" ]]; then
  bin=$(realpath "$SPINECDS_BIN")
  echo "== using $bin"
else
  echo "== building a Release spinecds in $build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPINECDS_TESTS=OFF > /dev/null
  cmake --build "$build" --target spinecds -j "$(nproc)" > /dev/null
  bin="$build/service/spinecds"
fi

source "$root/bench/lib.sh"

service=lumbar-fusion-order-sign
bench_serve "$bin"
cds_port=$port
cds_pid=$pid
cds_url="http://127.0.0.1:$cds_port/cds-services/$service"

# SpineCDS's own answer to this request: the bytes nginx will return.
status=$(curl -sS -o "$work/response.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary "@$request" "$cds_url")
[[ "$status" == 200 ]] || { echo "vs-limit: SpineCDS answered $status" >&2; cat "$work/response.json" >&2; exit 1; }

# nginx: `return 200` with the exact bytes. One configuration token holds at
# most 4 KiB, so the body is split into variables that the `return` joins.
# Inside a single-quoted nginx string a backslash and a quote need escaping,
# and `$` would start a variable, so it is spelt through a geo variable.
nginx_port=$(bench_free_port)
python3 - "$work/response.json" "$work/body.conf" << 'EOF'
import sys
body = open(sys.argv[1], "rb").read().decode("utf-8")
chunks = [body[i:i + 1000] for i in range(0, len(body), 1000)]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for n, chunk in enumerate(chunks):
        quoted = chunk.replace("\\", "\\\\").replace("'", "\\'").replace("$", "${dollar}")
        out.write(f"set $part{n} '{quoted}';\n")
    out.write('return 200 "' + "".join(f"${{part{n}}}" for n in range(len(chunks))) + '";\n')
EOF
cat > "$work/nginx.conf" << EOF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_timeout 300s;
  keepalive_requests 10000000;
  client_body_buffer_size 128k;
  client_max_body_size 8m;
  geo \$dollar { default "\$"; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      default_type application/json;
      include $work/body.conf;
    }
  }
}
EOF
"$nginx_bin" -p "$work" -c "$work/nginx.conf" &
pids+=("$!")
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null -X POST "http://127.0.0.1:$nginx_port/cds-services/$service" 2> /dev/null && break
  sleep 0.1
done
curl -sS -X POST -H 'Content-Type: application/json' --data-binary "@$request" \
  -o "$work/nginx-answer.json" "http://127.0.0.1:$nginx_port/cds-services/$service"
cmp -s "$work/response.json" "$work/nginx-answer.json" ||
  { echo "vs-limit: nginx does not return SpineCDS's exact bytes" >&2; exit 1; }

echo "== request $(wc -c < "$request") bytes, response $(wc -c < "$work/response.json") bytes; ${duration}s per run, $rounds round(s), $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

export SPINECDS_BENCH_REQUEST="$request"
failed=0
results="$work/results.tsv"
: > "$results"
run() {  # name threads connections url
  local name=$1 t=$2 c=$3 url=$4 out="$work/wrk-$1-c$3.txt"
  wrk -t"$t" -c"$c" -d"${duration}s" --timeout 2s --latency -s "$root/bench/vs-limit.lua" "$url" > "$out" 2>&1 || true
  local rps p50 p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  p50=$(awk '$1 == "50%" {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  if grep -qE 'Non-2xx|Socket errors' "$out" || [[ -z "$rps" ]]; then
    echo "   $name c$c: ERRORS"
    grep -E 'Non-2xx|Socket errors' "$out" | sed 's/^/     /'
    failed=1
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$c" "$rps" "$p50" "$p99" >> "$results"
  printf '   %-8s c%-3s %10s req/s   p50 %-9s p99 %s\n' "$name" "$c" "$rps" "$p50" "$p99"
}
for r in $(seq 1 "$rounds"); do
  echo "-- round $r"
  run nginx 2 32 "http://127.0.0.1:$nginx_port/cds-services/$service"
  run spinecds 2 32 "$cds_url"
  run nginx 1 1 "http://127.0.0.1:$nginx_port/cds-services/$service"
  run spinecds 1 1 "$cds_url"
done

if ((soak > 0)); then
  echo "-- soak: SpineCDS c32 for ${soak}s, RSS sampled every 10 s"
  wrk -t2 -c32 -d"${soak}s" --timeout 2s --latency -s "$root/bench/vs-limit.lua" "$cds_url" > "$work/wrk-soak.txt" 2>&1 &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2> /dev/null; do
    printf '   rss %s kB\n' "$(awk '/^VmRSS/ {print $2}' "/proc/$cds_pid/status")"
    sleep 10
  done
  wait "$wrk_pid" || true
  grep -E 'Requests/sec|Non-2xx|Socket errors' "$work/wrk-soak.txt" | sed 's/^/   /'
  grep -qE 'Non-2xx|Socket errors' "$work/wrk-soak.txt" && failed=1
fi

hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$cds_pid/status")
python3 - "$results" "$hwm" << 'EOF'
import sys, statistics
def ms(v):
    v = v.strip()
    for unit, f in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if v.endswith(unit):
            return float(v[: -len(unit)]) * f
    return float("nan")
rows = {}
for line in open(sys.argv[1]):
    name, c, rps, p50, p99 = line.rstrip("\n").split("\t")
    if not rps:
        continue
    rows.setdefault((name, c), []).append((float(rps), ms(p50), ms(p99)))
def med(name, c, i):
    v = [r[i] for r in rows.get((name, c), [])]
    return statistics.median(v) if v else float("nan")
print("== medians over rounds")
print("| server | c32 req/s | c32 p50 | c32 p99 | c1 req/s | c1 p50 | c1 p99 |")
print("|---|---|---|---|---|---|---|")
for n in ("nginx", "spinecds"):
    print(f"| {n} | {med(n,'32',0):,.0f} | {med(n,'32',1):.2f} ms | {med(n,'32',2):.2f} ms "
          f"| {med(n,'1',0):,.0f} | {med(n,'1',1):.3f} ms | {med(n,'1',2):.3f} ms |")
print(f"c32 throughput ratio (SpineCDS / nginx): {med('spinecds','32',0) / med('nginx','32',0):.3f}x  (target >= 0.15x)")
print(f"c32 p99 ratio (SpineCDS / nginx):        {med('spinecds','32',2) / med('nginx','32',2):.1f}x  (target <= 10x)")
print(f"c1 p50 of SpineCDS:                      {med('spinecds','1',1):.3f} ms  (target <= 1 ms)")
print(f"SpineCDS peak RSS (VmHWM):               {int(sys.argv[2]) / 1024:.1f} MiB  (target <= 64 MB)")
EOF
if ((failed)); then
  echo "vs-limit: a run had non-2xx answers or socket errors" >&2
  exit 1
fi
