#!/usr/bin/env bash
# Instructions the running service spends per hook call, counted by callgrind
# (this VM exposes no hardware counters, so `perf stat -e instructions` says
# "not supported"; callgrind counts the same thing and does not move with the
# machine's load). Starts `spinecds serve --no-auth` (default configuration,
# reviews on) under callgrind, sends a few warm-up calls, zeroes the counters,
# sends CALLS calls of REQUEST one after another, and prints the instructions
# per call of the whole process (every thread: HTTP, worker, batch writers)
# and the functions that cost most, inclusive.
#
# Usage: bench/call-instructions.sh SPINECDS_BINARY [REQUEST.json] [CALLS]
#   REQUEST.json default: tests/data/founding/seed-l2-pelvis/request.json
#   CALLS        default: 20
#   TOP=25       functions listed
#   KEEP=FILE    keep the callgrind dump there (for callgrind_annotate --tree=calling)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$(realpath "$1")
request=$(realpath "${2:-$root/tests/data/founding/seed-l2-pelvis/request.json}")
calls=${3:-20}
top=${TOP:-25}
command -v valgrind > /dev/null && command -v callgrind_control > /dev/null ||
  { echo "call-instructions: valgrind is not installed" >&2; exit 2; }

source "$root/bench/lib.sh"
bench_serve "$bin" valgrind --tool=callgrind --callgrind-out-file="$work/cg.out"
call() {
  curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary "@$request" "$url/cds-services/lumbar-fusion-order-sign"
}
for _ in 1 2 3; do
  [[ $(call) == 200 ]] || { echo "call-instructions: the warm-up call failed" >&2; exit 1; }
done
sleep 1  # the batch writers store the warm-up's reviews and ledger rows
callgrind_control -z "$pid" > /dev/null
for _ in $(seq 1 "$calls"); do
  [[ $(call) == 200 ]] || { echo "call-instructions: a call failed" >&2; exit 1; }
done
sleep 1
callgrind_control -d "$pid" > /dev/null
sleep 1
dump=$(ls -t "$work"/cg.out* | grep -v '^$' | head -1)
[[ -n "${KEEP:-}" ]] && cp "$dump" "$KEEP"
total=$(callgrind_annotate "$dump" 2> /dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
python3 -c "import sys; t,n=int(sys.argv[1]),int(sys.argv[2]); print(f'{t/n:,.0f} instructions per call, whole process ({n} calls of {sys.argv[3]})')" \
  "$total" "$calls" "$(basename "$(dirname "$request")")/$(basename "$request")"
callgrind_annotate --inclusive=yes "$dump" 2> /dev/null |
  awk -v n="$calls" -v top="$top" '/^ *[0-9,]+ \(/ && $0 !~ /PROGRAM TOTALS/ {
      v=$1; gsub(",", "", v); $1=""; $2="";
      if (shown++ < top) printf "%12.0f  %s\n", v / n, substr($0, 1, 160) }'
