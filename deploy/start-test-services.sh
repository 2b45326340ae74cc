#!/usr/bin/env bash
# Starts what the tests need that the tests do not start themselves: a local
# PostgreSQL for the feedback-store tests (the FHIR test server is started by
# its tests). Prints the connection URL it exported to tests/.test-env.
set -euo pipefail
cd "$(dirname "$0")/.."

env_file=tests/.test-env
: > "$env_file"
if command -v pg_ctlcluster > /dev/null 2>&1; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
    pg_createcluster "$version" main > /dev/null
  fi
  pg_ctlcluster "$version" main start 2>/dev/null || true
  for _ in $(seq 1 50); do
    pg_isready -q && break
    sleep 0.2
  done
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='spinecds'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE spinecds LOGIN PASSWORD 'spinecds-test'\""
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='spinecds_test'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE DATABASE spinecds_test OWNER spinecds\""
  echo "SPINECDS_TEST_POSTGRES=postgresql://spinecds:spinecds-test@127.0.0.1:5432/spinecds_test" >> "$env_file"
  echo "start-test-services: PostgreSQL is up"
fi
