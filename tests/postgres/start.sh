#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on 127.0.0.1 (trust auth, in its own folder) for the integration tests and
# prints the environment to use. As root it runs the server as the postgres user; otherwise as the current user.
# Usage: eval "$(tests/postgres/start.sh)"   ...   tests/postgres/stop.sh
set -euo pipefail
port="${MM_PG_PORT:-55432}"
dir="${MM_PG_DIR:-/tmp/mm-postgres}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi

as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

started=0
if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  started=1
  rm -rf "$dir" && mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
  # A throw-away server: no test needs it to survive a power cut, so it skips fsync (CREATE DATABASE per test class is
  # then quick). The app's own crash test kills the app, not the database server.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-h 127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
fi
# MM_PG_STARTED tells the caller whether to stop the server afterwards (not when it reused a running one).
echo "export MM_PG='Host=127.0.0.1;Port=$port;Username=postgres' MM_PG_DIR='$dir' MM_PG_STARTED=$started"
