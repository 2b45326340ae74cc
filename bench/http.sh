#!/usr/bin/env bash
# Load test of the running service on loopback with wrk (Debian's package):
# the order-sign endpoint with a full-prefetch request, and discovery.
# Usage: bench/http.sh [seconds] [connections]. Prints wrk's report; the latest
# figures are kept in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-10}
connections=${2:-32}
command -v wrk > /dev/null || { apt-get install -y -q wrk > /dev/null; }
cmake -S "$root" -B "$root/build/bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPINECDS_TESTS=OFF > /dev/null
cmake --build "$root/build/bench" --target spinecds -j "$(nproc)"
source "$root/bench/lib.sh"
bench_serve "$root/build/bench/service/spinecds"
export SPINECDS_BENCH_REQUEST="$root/tests/data/service/l2-pelvis-order-sign.json"
echo "== order-sign, $(wc -c < "$SPINECDS_BENCH_REQUEST") byte body, $connections connections, ${seconds}s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/http-order-sign.lua \
  "$url/cds-services/lumbar-fusion-order-sign"
echo "== discovery"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url/cds-services"
