#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benches.
#   scripts/postgres.sh start DIR   installs Debian's postgresql when initdb is missing, runs initdb in DIR, starts the
#                                   server on a free port bound to 127.0.0.1 (its unix socket inside DIR), creates the
#                                   database "storyline" and prints its URL on stdout (everything else goes to stderr).
#                                   --durable keeps fsync on (benches: figures comparable with SQLite's synced commits).
#   scripts/postgres.sh stop DIR    stops that server and deletes DIR.
# initdb refuses to run as root: as root the cluster belongs to the "postgres" user (created by Debian's package).
set -euo pipefail

find_bin() {
  local name=$1 dir
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  # Debian keeps the server binaries out of PATH, under /usr/lib/postgresql/<version>/bin.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/$name" ]; then echo "$dir/$name"; return 0; fi
  done
  return 1
}

install_postgres() {
  echo "postgres: initdb not found, installing Debian's postgresql package" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >&2
  $sudo apt-get install -y -q --no-install-recommends postgresql >&2
}

# Runs a command as the cluster's owner: ourselves, or "postgres" when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start() {
  local dir=$1 durable=${2:-}
  local initdb pg_ctl
  if ! initdb=$(find_bin initdb); then
    install_postgres
    initdb=$(find_bin initdb) || { echo "postgres: initdb still missing after installing postgresql" >&2; exit 1; }
  fi
  pg_ctl=$(find_bin pg_ctl)
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    chown postgres "$dir"
    runuser -u postgres -- test -x "$dir" \
      || { echo "postgres: user postgres cannot reach $dir (a parent folder is private); use a folder it can enter" >&2; exit 1; }
  fi
  as_owner "$initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  local port
  port=$(free_port)
  # fsync off for tests: a throwaway cluster needs no durability across power loss (a killed backend is still crash-safe).
  local sync="-c fsync=off -c full_page_writes=off"
  if [ "$durable" = "--durable" ]; then sync=""; fi
  as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $sync -c max_connections=200" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner psql -h "$dir" -p "$port" -U postgres -d postgres -qc 'CREATE DATABASE storyline' >&2
  echo "$port" >"$dir/port"
  echo "postgres://postgres@127.0.0.1:$port/storyline"
}

stop() {
  local dir=$1 pg_ctl
  if [ -f "$dir/data/postmaster.pid" ] && pg_ctl=$(find_bin pg_ctl); then
    as_owner "$pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:?usage: postgres.sh start DIR [--durable]}" "${3:-}" ;;
  stop) stop "${2:?usage: postgres.sh stop DIR}" ;;
  *) echo "usage: scripts/postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
