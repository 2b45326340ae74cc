#!/usr/bin/env bash
# Answer time of the order-sign hook for a request whose record holds a
# report with a large text field (issue 11: 4 MiB answered within 2 s).
# Starts the given spinecds binary on loopback, posts the request made by
# bench/text_request.py three times and prints curl's total time of each.
#
# Usage: bench/text-request.sh SPINECDS_BINARY [BYTES]
#   e.g. bench/text-request.sh build/dev/service/spinecds 4194304
set -euo pipefail
bin=$(realpath "$1")
bytes=${2:-4194304}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
python3 "$here/text_request.py" "$bytes" "$work/request.json"
bench_serve "$bin"
for run in 1 2 3; do
  # A fresh hookInstance per call, as the service refuses a replayed one.
  sed -i -E "s/\"hookInstance\": \"[^\"]*\"/\"hookInstance\": \"$(cat /proc/sys/kernel/random/uuid)\"/" \
    "$work/request.json"
  curl -sS -o "$work/answer.json" -w "run $run: HTTP %{http_code}, %{time_total} s, " \
    -H 'Content-Type: application/json' --data-binary @"$work/request.json" \
    "$url/cds-services/lumbar-fusion-order-sign"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d.get("cards", [])), "cards")' \
    "$work/answer.json"
done
