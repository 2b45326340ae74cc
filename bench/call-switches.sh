#!/usr/bin/env bash
# Thread hand-offs per hook call, counted rather than timed (the machine is
# shared, so wall clock says little): starts `spinecds serve --no-auth`
# (default configuration, reviews on), sends a few warm-up calls, then CALLS
# calls of REQUEST from CONNECTIONS keep-alive connections (one client
# thread each, every call with a fresh hookInstance), and prints per call:
#   - context switches of the whole process and of each thread kind
#     (voluntary: the thread slept, mostly a futex or epoll wait; involuntary:
#     it was preempted), from /proc/PID/task/*/status before and after, for
#     each thread (name/tid) that switched at least once per 20 calls.
#
# Usage: bench/call-switches.sh SPINECDS_BINARY [REQUEST.json] [CALLS] [CONNECTIONS]
#   REQUEST.json default: tests/data/founding/seed-l2-pelvis/request.json
#   CALLS default 200, CONNECTIONS default 1
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$(realpath "$1")
request=$(realpath "${2:-$root/tests/data/founding/seed-l2-pelvis/request.json}")
calls=${3:-200}
conns=${4:-1}

source "$root/bench/lib.sh"

# Per thread name: voluntary and involuntary switches so far.
snapshot() {
  for t in /proc/"$1"/task/*; do
    printf '%s\t%s\t%s\n' "$(cat "$t/comm" 2> /dev/null)/${t##*/}" \
      "$(awk '/^voluntary_ctxt_switches/ {print $2}' "$t/status" 2> /dev/null)" \
      "$(awk '/^nonvoluntary_ctxt_switches/ {print $2}' "$t/status" 2> /dev/null)"
  done
}

drive() {  # url calls conns
  python3 - "$1" "$2" "$3" "$request" << 'EOF'
import http.client, re, sys, threading, urllib.parse, uuid
url, calls, conns, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
body = open(path, "rb").read()
m = re.search(rb'"hookInstance"\s*:\s*"[^"]*"', body)
head, tail = body[:m.start()] + b'"hookInstance": "', b'"' + body[m.end():]
u = urllib.parse.urlparse(url)
failed = []
def run(k, n):
    c = http.client.HTTPConnection(u.hostname, u.port)
    for i in range(n):
        c.request("POST", "/cds-services/lumbar-fusion-order-sign",
                  head + str(uuid.uuid4()).encode() + tail, {"Content-Type": "application/json"})
        r = c.getresponse(); r.read()
        if r.status != 200: failed.append(r.status)
threads = [threading.Thread(target=run, args=(k, calls // conns)) for k in range(conns)]
for t in threads: t.start()
for t in threads: t.join()
sys.exit(1 if failed else 0)
EOF
}

bench_serve "$bin"
drive "$url" 6 1 || { echo "call-switches: the warm-up calls failed" >&2; exit 1; }
sleep 0.5
server=$pid
snapshot "$server" > "$work/before"
drive "$url" "$calls" "$conns" || { echo "call-switches: a call failed" >&2; exit 1; }
sleep 0.5  # the batch writers finish the last batch
snapshot "$server" > "$work/after"
n=$(( calls / conns * conns ))
echo "context switches per call ($n calls of $(basename "$(dirname "$request")"), $conns connection(s)):"
python3 - "$work/before" "$work/after" "$n" << 'EOF'
import sys, collections
def read(p):
    rows = collections.defaultdict(lambda: [0, 0, 0])
    for line in open(p):
        name, v, nv = (line.rstrip("\n").split("\t") + ["0", "0"])[:3]
        r = rows[name]; r[0] += int(v or 0); r[1] += int(nv or 0); r[2] += 1
    return rows
b, a, n = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
tv = tn = 0
for name in sorted(a, key=lambda k: int(k.rsplit("/", 1)[1])):
    v = a[name][0] - b.get(name, [0, 0])[0]; nv = a[name][1] - b.get(name, [0, 0])[1]
    tv += v; tn += nv
    if v + nv >= n * 0.05:
        print(f"  {name:<28} voluntary {v / n:6.2f}  involuntary {nv / n:6.2f}")
print(f"  {'whole process':<28} voluntary {tv / n:6.2f}  involuntary {tn / n:6.2f}")
EOF

