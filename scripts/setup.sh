#!/usr/bin/env bash
# Makes a fresh clone runnable: installs the locked dependencies when missing or stale, then compiles.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi
if ! node -e "require('better-sqlite3')(':memory:').close()" 2>/dev/null; then
  echo "setup: building better-sqlite3 for this Node" >&2
  npm rebuild better-sqlite3 >&2
fi
npx --no-install tsc -p tsconfig.json
# The gazetteer index read at start-up (dist/place-index.json); without it each process builds it (~0.6 s).
node scripts/build-place-index.mjs >&2
node scripts/build-language-table.mjs >&2
