#!/usr/bin/env bash
# Per-stage cost of one hook call (issue 14): builds bench/bench_stages.cpp
# (RelWithDebInfo, -DSPINECDS_BENCHMARKS=ON) and prints one table: each stage
# on the seed case and on the large record (5,000 Observations, 300
# DiagnosticReports, 200 Procedures).
#
# Usage: bench/stages.sh [--build DIR] [--min-time SECONDS] [--filter REGEX]
#   --build DIR     build directory (default build/bench; configured if absent)
#   --min-time S    Google Benchmark's minimum time per benchmark (default 0.5)
#   --filter REGEX  only the benchmarks matching (default all)
# Wall-clock figures move with the machine's load; for a stable figure count
# instructions: valgrind --tool=callgrind DIR/bench/bench_stages
#   --benchmark_filter=... (docs/performance.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/bench"
min_time=0.5
filter=.
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --min-time) min_time=$2; shift 2 ;;
    --filter) filter=$2; shift 2 ;;
    *) echo "stages.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSPINECDS_BENCHMARKS=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
fi
cmake --build "$build" -j2 --target bench_stages >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$build/bench/bench_stages" --benchmark_filter="$filter" --benchmark_min_time="$min_time" \
  --benchmark_format=json >"$out"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
python3 - "$out" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
rows = {}
for r in runs:
    name, arg = r["name"].split("/")[:2]
    stage = name.removeprefix("BM_")
    rows.setdefault(stage, {})[arg] = (r["real_time"], r["cpu_time"], r.get("label", ""))
labels = {}
for r in runs:
    labels[r["name"].split("/")[1]] = r.get("label", "")
print(f"| stage | seed: CPU µs | large: CPU µs |")
print(f"|---|---|---|")
for stage, cols in rows.items():
    cell = lambda a: f"{cols[a][1]:,.1f}" if a in cols else "–"
    print(f"| {stage} | {cell('0')} | {cell('1')} |")
for arg, name in (("0", "seed"), ("1", "large")):
    if arg in labels:
        print(f"{name}: {labels[arg]}")
PY
