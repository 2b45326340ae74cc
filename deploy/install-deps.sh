#!/usr/bin/env bash
# Installs what SpineCDS needs on Debian 12, as root. Used by README.md's two
# commands and by .ci/run.
#   deploy/install-deps.sh          build and run the service
#   deploy/install-deps.sh --test   also what the tests need (Node.js for the
#                                   local FHIR server, PostgreSQL, benchmarks)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ pkg-config ca-certificates curl jq openssl
          libboost-dev libboost-system-dev libcpprest-dev rapidjson-dev libssl-dev
          doctest-dev libsqlite3-dev sqlite3 libpq-dev
          libjs-markdown-it)  # embedded in the binary for the page at / (service/CMakeLists.txt)
if [[ "${1:-}" == "--test" ]]; then
  # python3-yaml: tests/deploy/test_manifests.py reads the Kubernetes and compose YAML.
  # nginx: tests/integration/test_replicas.cpp balances two replicas with it.
  # clang + libclang-rt-dev: the libFuzzer targets (tests/fuzz/run.sh).
  # chromium: tests/browser drives it through playwright-core.
  # wrk: bench/vs-limit.sh, which deploy/test.sh runs briefly.
  packages+=(postgresql libbenchmark-dev clang-format python3-yaml nginx clang libclang-rt-dev
             chromium wrk)
  # The machine image may bring its own Node.js 20 and npm (whose nodejs
  # package conflicts with Debian's npm); take Debian's only when none is there.
  if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
    packages+=(nodejs npm)
  fi
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ "${1:-}" == "--test" && -f tests/browser/package-lock.json ]]; then
  # playwright-core for the browser test (exact pin, committed lockfile; no browser download).
  (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

if [[ "${1:-}" == "--test" && -f tests/fhir-server/package-lock.json ]]; then
  # The local FHIR R4 server the integration tests start (exact pins, committed lockfile).
  (cd tests/fhir-server && npm ci --no-audit --no-fund --loglevel=error)
fi
