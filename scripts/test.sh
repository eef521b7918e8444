#!/usr/bin/env bash
# The whole test suite, from a fresh clone: dependencies, build, Chromium for the browser tests, a throwaway
# PostgreSQL cluster for the PostgreSQL engine's tests (installed from Debian's packages when missing), then vitest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/ensure-chromium.sh
# The PostgreSQL tests must run here: STORYLINE_REQUIRE_PG makes them fail, not skip, when no cluster could start.
export STORYLINE_REQUIRE_PG=1
pg_tmp=$(mktemp -d)
chmod 755 "$pg_tmp"
trap 'bash scripts/postgres.sh stop "$pg_tmp/cluster"; rm -rf "$pg_tmp"' EXIT
if url=$(bash scripts/postgres.sh start "$pg_tmp/cluster"); then
  export STORYLINE_TEST_PG="$url"
else
  echo "test: could not start PostgreSQL; its tests will fail" >&2
fi
npx --no-install vitest run "$@"
