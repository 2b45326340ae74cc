#!/usr/bin/env bash
# The demo: installs, builds, starts `spinecds serve` on its defaults
# (127.0.0.1:8080, --no-auth), sends it the project's L2-to-pelvis order-sign
# request and prints discovery and the cards readably. README.md's demo command.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

deploy/install-deps.sh
echo "== building spinecds (Release) in build/demo"
cmake -S "$root" -B "$root/build/demo" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPINECDS_TESTS=OFF > /dev/null
cmake --build "$root/build/demo" -j "$(nproc)" > "$root/build/demo.log" 2>&1 ||
  { tail -50 "$root/build/demo.log"; exit 1; }
bin="$root/build/demo/service/spinecds"
request="$root/tests/data/service/l2-pelvis-order-sign.json"

workdir=$(mktemp -d)
(cd "$workdir" && exec "$bin" serve --no-auth) 2> "$workdir/serve.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fsS http://127.0.0.1:8080/healthz > /dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$workdir/serve.log"; exit 1; }
  sleep 0.1
done

echo "== spinecds serve is listening on http://127.0.0.1:8080 (log: $workdir/serve.log)"
head -1 "$workdir/serve.log"
echo
echo "== GET /cds-services"
curl -fsS http://127.0.0.1:8080/cds-services |
  jq -r '.services[] | "\(.id)  (hook: \(.hook))\n  \(.title)\n  prefetch: \(.prefetch | keys | join(", "))"'
echo
echo "== POST /cds-services/lumbar-fusion-order-sign  ($(basename "$request"))"
response=$(curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @"$request" \
  http://127.0.0.1:8080/cds-services/lumbar-fusion-order-sign)
echo "$response" | jq -r '
  if (.cards | length) == 0 then "(no cards)" else
  .cards[] | "[\(.indicator | ascii_upcase)] \(.summary)\n  source: \(.source.label)" +
    (if .suggestions then "\n" + ([.suggestions[] | "  suggestion: \(.label)"] | join("\n")) else "" end)
  end'
if echo "$response" | jq -e '.systemActions' > /dev/null; then
  echo "$response" | jq -r '.systemActions[] | "[systemAction] \(.type) \(.resource.resourceType)/\(.resource.id): \(.description)"'
fi
echo
echo "== the full response"
echo "$response" | jq .
