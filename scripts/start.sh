#!/usr/bin/env bash
# The main job on a fresh machine: set up, ingest the bundled demo corpus, serve the dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node bin/storyline.js demo "$@"
