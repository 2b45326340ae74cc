#!/usr/bin/env bash
# Sets up, builds and runs every test: once as a normal build, once under
# AddressSanitizer + UndefinedBehaviorSanitizer, then the fuzz targets
# briefly. README.md's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

deploy/install-deps.sh --test
deploy/start-test-services.sh

jobs=$(nproc)
# The three build trees need about 4 GiB; say what the disk had, so a run that
# stops on "No space left on device" explains itself.
echo "== disk free where the build goes: $(df -h --output=avail "$root" | tail -1 | tr -d ' ')"
status=0
for variant in release asan; do
  build="$root/build/$variant"
  flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
  [[ $variant == asan ]] && flags+=(-DSPINECDS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
  echo "== $variant: configure and build"
  mkdir -p "$root/build"
  cmake -S "$root" -B "$build" -G Ninja "${flags[@]}" > "$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; exit 1; }
  cmake --build "$build" -j "$jobs"
  echo "== $variant: tests"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$build" --output-on-failure -j "$jobs" || status=1
  if [[ $variant == release ]]; then
    # Issue 14: the ratio to nginx on a tiny run, printed for the log. It fails
    # only on non-2xx answers or socket errors, never on timing.
    echo "== release: vs-limit, short run (timing is informative only)"
    SPINECDS_BIN="$build/service/spinecds" DURATION=2 ROUNDS=1 bench/vs-limit.sh || status=1
  fi
done
# libFuzzer (clang, its own build tree): replay the corpora in tests/fuzz/corpus
# and fuzz every target for an even share of 3 minutes (docs/fuzzing.md).
echo "== fuzz: replay corpora, then fuzz 180 s in all"
SPINECDS_JOBS=$jobs tests/fuzz/run.sh 180 || status=1
exit $status
