#!/usr/bin/env bash
# Builds the SpineCDS runtime image with podman on a Debian 12 base made with
# debootstrap from Debian's archive, copying in a `spinecds` binary built
# beforehand (deploy/Containerfile.runtime), then runs it and checks /healthz
# and the founding L2-to-pelvis case. Run by hand, as root; not part of CI:
#   deploy/podman-image.sh [BINARY]     (default: build/release/service/spinecds)
# Environment: DEBIAN_MIRROR (default http://deb.debian.org/debian), TAG (dev),
# FRESH_BASE=1 to debootstrap again instead of reusing the base made before.
# When podman or debootstrap is missing or cannot run here, it prints why it
# skipped and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

skip() {
  echo "podman-image: skipped: $*"
  exit 0
}
fail() {
  echo "podman-image: $*" >&2
  exit 1
}

command -v podman > /dev/null || skip "podman is not installed (apt-get install podman)"
command -v debootstrap > /dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"
[[ $(id -u) == 0 ]] || skip "debootstrap needs root"
if ! why=$(podman info 2>&1 > /dev/null); then
  skip "podman cannot run containers here: $(echo "$why" | tail -1)"
fi

binary=${1:-build/release/service/spinecds}
[[ -x $binary ]] || { echo "podman-image: no binary at $binary: build it first" >&2; exit 2; }
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
base=localhost/spinecds-base:bookworm
image=localhost/spinecds:${TAG:-dev}
# The runtime libraries, as deploy/Containerfile.runtime installs them.
packages=libcpprest2.10,libssl3,libsqlite3-0,libpq5,ca-certificates,curl

work=$(mktemp -d)
container=""
cleanup() {
  [[ -n $container ]] && podman rm -f "$container" > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${FRESH_BASE:-} ]] && podman image exists "$base"; then
  echo "== base image $base, made earlier (FRESH_BASE=1 makes it again)"
else
  echo "== debootstrap bookworm (minbase) from $mirror"
  debootstrap --variant=minbase --include="$packages" bookworm "$work/rootfs" "$mirror" \
    > "$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log"; fail "debootstrap failed"; }
  # The packages debootstrap fetched stay out of the image.
  rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/*
  tar -C "$work/rootfs" -c . | podman import --quiet - "$base" > /dev/null
  echo "== base image $base ($(du -sh "$work/rootfs" | cut -f1) unpacked)"
fi

# Podman's defaults, else what works inside a container without cgroup v2
# or the right to raise rlimits: runc (crun refuses hybrid cgroups) and
# rlimits no higher than this process's own.
engine=(podman)
limits=()
if ! why=$(podman run --rm "$base" true 2>&1); then
  limits=(--ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc=4096:4096)
  if command -v runc > /dev/null && podman --runtime runc run --rm "${limits[@]}" "$base" true > /dev/null 2>&1; then
    engine=(podman --runtime runc)
    echo "== podman with runc and this shell's rlimits (the defaults failed: $(echo "$why" | tail -1))"
  else
    skip "podman cannot run a container here: $(echo "$why" | tail -1)"
  fi
fi

mkdir "$work/context"
# Stripped, as the Dockerfile's build stage does (a RelWithDebInfo binary
# is mostly debug information).
strip -o "$work/context/spinecds" "$binary"
# Docker format: OCI images have no HEALTHCHECK.
"${engine[@]}" build --quiet --format docker "${limits[@]}" --build-arg BASE="$base" \
  -f deploy/Containerfile.runtime -t "$image" "$work/context" > /dev/null
echo "== runtime image $image"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Without systemd podman cannot time the HEALTHCHECK and says so on stderr;
# it is run once below instead.
container=$("${engine[@]}" run -d "${limits[@]}" -p "127.0.0.1:$port:8080" "$image" \
  serve --no-auth 2> "$work/run.log") || { cat "$work/run.log"; fail "the container did not start"; }
url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
  curl -fsS "$url/healthz" > /dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "$url/healthz" | grep -q '"ok"' || { podman logs "$container"; fail "/healthz did not answer"; }
echo "== /healthz ok; /readyz: $(curl -fsS "$url/readyz")"
[[ $(podman exec "$container" id -u) == 10001 ]] || fail "the container does not run as uid 10001"
podman healthcheck run "$container" > /dev/null || fail "the image's HEALTHCHECK fails"
echo "== runs as uid 10001; HEALTHCHECK passes"

cards=$(curl -fsS -X POST -H 'Content-Type: application/json' \
  --data-binary @deploy/sandbox/l2-pelvis-order-sign.json "$url/cds-services/lumbar-fusion-order-sign")
python3 - "$cards" << 'PY' || fail "the seed case did not get its cards"
import json, sys
cards = json.loads(sys.argv[1])["cards"]
summaries = [c["summary"] for c in cards]
print("\n".join("   " + s for s in summaries))
assert any("L4-L5" in s and c["indicator"] == "warning" for s, c in zip(summaries, cards))
PY
echo "podman-image: OK: $image (Debian 12 from debootstrap, uid 10001) serves /healthz and the seed case"
