#!/usr/bin/env bash
# Instructions per call of extract_findings on the text benchmark's report
# text, counted by callgrind: the figure that does not move with the load of
# a shared machine. Counts only inside extract_findings, and takes the
# difference between a one-call and a many-call run so that building the
# engine's tables once cancels out.
#
# Usage: bench/text-instructions.sh BENCH_BINARY [BYTES]
#   e.g. bench/text-instructions.sh build/dev/bench/bench_text_findings 262144
set -euo pipefail
bin=$1
bytes=${2:-262144}
run() {
  local out
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" \
    --toggle-collect='spinecds::terminology::extract_findings*' "$bin" \
    --benchmark_filter="BM_ExtractFindings/$bytes\$" --benchmark_min_time="$1" >/dev/null 2>&1
  local ir calls
  ir=$(callgrind_annotate "$out" 2>/dev/null | grep -oE '^ *[0-9,]+ +\(100.0%\) +PROGRAM TOTALS' | grep -oE '[0-9,]+' | head -1 | tr -d ,)
  calls=$(python3 "$(dirname "$0")/callgrind_calls.py" "$out" BM_ExtractFindings extract_findings)
  rm -f "$out"
  echo "$ir $calls"
}
read -r ir1 n1 < <(run 0.01)
read -r ir2 n2 < <(run 1)
python3 -c "import sys; a,b,c,d=map(int,sys.argv[1:5]); n=int(sys.argv[5]); per=(c-a)/(d-b); print(f'extract_findings on {n} bytes: {per:,.0f} instructions per call, {per/n:.1f} per byte ({b} and {d} calls)')" \
  "$ir1" "$n1" "$ir2" "$n2" "$bytes"
