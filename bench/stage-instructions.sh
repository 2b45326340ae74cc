#!/usr/bin/env bash
# Instructions per iteration of one per-stage benchmark, counted by callgrind:
# the figure that does not move with the load of a shared machine. Runs the
# benchmark twice (two minimum times) and divides the difference in
# instructions by the difference in iterations, so set-up cancels out.
#
# Usage: bench/stage-instructions.sh BENCH_BINARY FILTER
#   e.g. bench/stage-instructions.sh build/dev/bench/bench_stages 'BM_Parse/0$'
#   MIN1=0.01 MIN2=0.2: the two minimum times (raise MIN2 for a slow stage)
set -euo pipefail
bin=$1
filter=$2
run() {
  local log
  log=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" --benchmark_filter="$filter" \
    --benchmark_min_time="$1" --benchmark_format=json 2>"$log" >"$log.json"
  local ir iters
  ir=$(grep -oE 'Collected : [0-9]+' "$log" | grep -oE '[0-9]+')
  iters=$(python3 -c 'import json,sys; print(sum(b["iterations"] for b in json.load(open(sys.argv[1]))["benchmarks"]))' "$log.json")
  rm -f "$log" "$log.json"
  echo "$ir $iters"
}
read -r ir1 n1 < <(run "${MIN1:-0.01}")
read -r ir2 n2 < <(run "${MIN2:-0.2}")
python3 -c "import sys; a,b,c,d=map(int,sys.argv[1:5]); print(f'{sys.argv[5]}: {(c-a)/(d-b):,.0f} instructions per iteration ({b} and {d} iterations)')" \
  "$ir1" "$n1" "$ir2" "$n2" "$filter"
