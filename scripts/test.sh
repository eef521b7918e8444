#!/usr/bin/env bash
# The whole test suite, from a fresh clone: dependencies, build, Chromium for the browser tests, then vitest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/ensure-chromium.sh
npx --no-install vitest run "$@"
