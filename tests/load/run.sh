#!/usr/bin/env bash
# Load run (docs/performance.md, "Load"): publishes the app in Release, starts it in Production on a fresh SQLite data
# folder on 127.0.0.1:5199, drives simulated mothers at it with tests/MaternalMicrobiome.LoadTests (one headless
# Chromium, one browser context and Blazor circuit per mother), prints the report, and stops the app. Each mother
# confirms her email from the mail the app sends to the load program's own SMTP capture on 127.0.0.1:5198.
# Not part of ./test.sh. Extra arguments go to the load project, e.g. tests/load/run.sh --users 10,20 --duration 30s
#   --pin               the app on core 0, the load driver and its Chromium on core 1 (taskset): the server measured alone
#   --app-source DIR    publish the app from another checkout (e.g. a `git worktree` of an older commit), driven by this
#                       checkout's load project: before and after figures from the same driver
set -euo pipefail
cd "$(dirname "$0")/../.."

pin=false
source_dir=.
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pin) pin=true; shift ;;
    --app-source) source_dir="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
app_cpu=()
load_cpu=()
if $pin; then
  app_cpu=(taskset -c 0)
  load_cpu=(taskset -c 1)
fi

work="${LOAD_DIR:-/tmp/nt-load}"
port="${LOAD_PORT:-5199}"
smtp_port="${LOAD_SMTP_PORT:-5198}"
rm -rf "$work/data" && mkdir -p "$work"
rm -rf "$work/app"
dotnet publish "$source_dir/src/MaternalMicrobiome.Web" -c Release -o "$work/app" >/dev/null
dotnet build tests/MaternalMicrobiome.LoadTests -c Release >/dev/null

# Production, as deployed: published static assets, no demo accounts, no developer exception page.
# Started from its own folder: the content root (appsettings.json, wwwroot) is the working directory.
(cd "$work/app" && exec "${app_cpu[@]}" dotnet MaternalMicrobiome.Web.dll --urls "http://127.0.0.1:$port" --environment Production \
  --Storage:DataDirectory "$work/data" \
  --Email:Host 127.0.0.1 --Email:Port "$smtp_port" --Email:Security None --Email:FromAddress load@test.local \
  --Email:PublicBaseUrl "http://127.0.0.1:$port/") >"$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done

echo "App from $(git -C "$source_dir" rev-parse --short HEAD)$($pin && echo ', pinned: app on core 0, load driver and Chromium on core 1' || true)"
echo "Machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/ *Model name: *//'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(uptime)"
"${load_cpu[@]}" dotnet run -c Release --no-build --project tests/MaternalMicrobiome.LoadTests -- \
  --url "http://127.0.0.1:$port" --smtp-port "$smtp_port" --pid "$app" "${args[@]}"
echo "After the run: $(uptime); app log: $work/app.log"
