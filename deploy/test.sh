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
# Say what the disk has at each stage, so a run that stops on "No space left
# on device" explains itself. The release tree takes about 3 GiB, mostly test
# programs and objects, removed once its tests ran; the sanitized tree links
# the libraries shared (linked statically into every test program it passed
# 8 GiB and a CI run ran out of disk: CMakeLists.txt).
disk_free() { echo "== disk free where the build goes: $(df -h --output=avail "$root" | tail -1 | tr -d ' ')"; }
disk_free
status=0
for variant in release asan; do
  build="$root/build/$variant"
  flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
  [[ $variant == asan ]] && flags+=(-DSPINECDS_SANITIZE=ON -DSPINECDS_SHARED_LIBS=ON -DCMAKE_BUILD_TYPE=Debug)
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
  disk_free
  # Later stages read nothing of the release tree but its service binary
  # (README's examples run it): drop the test programs and objects.
  if [[ $variant == release ]]; then
    rm -rf "$build/tests"
    find "$build" -name '*.o' -delete
  fi
done
# libFuzzer (clang, its own build tree): replay the corpora in tests/fuzz/corpus
# and fuzz every target for an even share of 3 minutes (docs/fuzzing.md).
echo "== fuzz: replay corpora, then fuzz 180 s in all"
SPINECDS_JOBS=$jobs tests/fuzz/run.sh 180 || status=1
exit $status
