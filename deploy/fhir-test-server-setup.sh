#!/usr/bin/env bash
# Installs the FHIR R4 test server the integration tests start themselves
# (tests/fhir-server: Medplum's FHIR engine 4.5.2 on Node 20). Run after the
# Debian packages are installed; safe to run again.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  # Debian 12 ships Node 20, the newest line Medplum 4.5.x runs on.
  apt-get install -y --no-install-recommends nodejs npm
fi

major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  echo "fhir-test-server-setup: node $(node --version) is too old; Medplum 4.5.2 needs 20" >&2
  exit 1
fi

# The lockfile pins every package with its download address and integrity;
# the project's .npmrc keeps those addresses in it (the machines' global npm
# config would drop them), so `npm ci` installs exactly what was tested.
cd "$here/tests/fhir-server"
npm ci --no-audit --no-fund --loglevel=error
node -e "import('@medplum/fhir-router').then(() => console.log('fhir test server: ready'))"
