#!/usr/bin/env bash
# Replays every fuzz target's corpus (tests/fuzz/corpus/<target>/), then
# fuzzes each target briefly; SECONDS (default 180) is the whole fuzzing
# budget, shared evenly. New inputs go to a scratch copy of the corpus, not
# into the repository; a crash leaves its input in $out and fails the run.
#   tests/fuzz/run.sh [seconds]
# Builds the targets in build/fuzz (clang, -DSPINECDS_FUZZ=ON) when needed;
# SPINECDS_FUZZ_BUILD names another build tree.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
budget=${1:-180}
build=${SPINECDS_FUZZ_BUILD:-$root/build/fuzz}
out=${SPINECDS_FUZZ_OUT:-$root/build/fuzz-out}
jobs=${SPINECDS_JOBS:-2}

if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DSPINECDS_FUZZ=ON -DSPINECDS_TESTS=OFF \
    > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
fi
targets=()
for src in "$root"/tests/fuzz/fuzz_*.cpp; do
  targets+=("$(basename "$src" .cpp)")
done
# Only the targets: the spinecds binary is not linked with the fuzzer runtime.
cmake --build "$build" -j "$jobs" --target "${targets[@]}"
per_target=$((budget / ${#targets[@]}))
((per_target >= 1)) || per_target=1

# Leaks are reported by the unit tests' ASan build; here a crash, a hang
# (-timeout) or a blow-up (-rss_limit_mb) is what fails.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/fuzz/ubsan.supp}
mkdir -p "$out"
status=0
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/$t"
  corpus="$root/tests/fuzz/corpus/$t"
  scratch="$out/$t-corpus"
  rm -rf "$scratch" && mkdir -p "$scratch" "$corpus"
  echo "== $t: replay $(find "$corpus" -type f | wc -l) inputs, then fuzz ${per_target}s"
  if ! "$bin" -runs=0 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/$t-" "$corpus" > "$out/$t.replay.log" 2>&1; then
    tail -40 "$out/$t.replay.log"
    status=1
    continue
  fi
  if ! "$bin" -max_total_time="$per_target" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$out/$t-" -print_final_stats=1 "$scratch" "$corpus" \
      > "$out/$t.fuzz.log" 2>&1; then
    tail -40 "$out/$t.fuzz.log"
    status=1
    continue
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$out/$t.fuzz.log" |
    tr '\n' ' '
  echo
done
exit $status
