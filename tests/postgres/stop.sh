#!/usr/bin/env bash
# Stops the cluster tests/postgres/start.sh started.
set -euo pipefail
dir="${MM_PG_DIR:-/tmp/mm-postgres}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
