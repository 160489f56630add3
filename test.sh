#!/usr/bin/env bash
# The test command: restores, builds and runs every test project (domain, components and integration, browser), one
# after the other, on SQLite, then the integration suite (Web.Tests) again on PostgreSQL. Browser tests need Debian's
# Chromium at /usr/bin/chromium and the second pass Debian's postgresql; the multi-instance browser test also needs
# nginx and a PostgreSQL server (MM_PG_SERVER, set below for every pass); as root this script installs what is missing.
# Set MM_PG to a server's connection string to use that server instead of a throw-away local one.
# Each test project writes a TRX file, TestResults/<pass>/<project>.trx (TEST_RESULTS moves the folder), which .ci/run
# summarises; the script fails when any test was skipped, since here everything a test needs is provided. It also fails
# when the code is not in the .editorconfig's style: the build makes every style rule an error, and
# `dotnet format whitespace --verify-no-changes` checks the layout.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v python3 >/dev/null || missing+=(python3)
[ -n "${MM_PG:-}" ] || ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if [ -z "${MM_PG:-}" ]; then
  eval "$(tests/postgres/start.sh)"
fi
trap '[ "${MM_PG_STARTED:-0}" = 1 ] && tests/postgres/stop.sh' EXIT
# The SQLite pass clears MM_PG on purpose; MultiInstanceTests still needs a server for its own database.
export MM_PG_SERVER="${MM_PG_SERVER:-$MM_PG}"

dotnet tool restore >/dev/null
log="${TEST_LOG:-/dev/null}"
results="${TEST_RESULTS:-TestResults}"
rm -rf "$results/sqlite" "$results/postgres"
# One test project, its results in <results>/<pass>/<project>.trx: run_tests <pass> <project> [dotnet test arguments].
run_tests() {
  local pass=$1 project=$2
  shift 2
  dotnet test "$project" --no-build --logger "console;verbosity=normal" \
    --logger "trx;LogFileName=$(basename "$project").trx" --results-directory "$results/$pass" "$@"
}

# Code style first. The build enforces the .editorconfig's rules (EnforceCodeStyleInBuild, warnings as errors), so the
# formatter only checks the layout here: `dotnet format whitespace` needs no compilation and takes seconds, where the
# full `dotnet format --verify-no-changes` would compile the solution a second time (minutes on two cores) to report
# what the build below reports anyway. Fix a tree with `dotnet format MaternalMicrobiome.sln`. The tests still run.
echo "== code style: dotnet format whitespace --verify-no-changes" | tee "$log"
format_status=0
dotnet format whitespace MaternalMicrobiome.sln --verify-no-changes --verbosity quiet 2>&1 | tee -a "$log" || format_status=$?
if [ "$format_status" != 0 ]; then
  echo "dotnet format would change files: run 'dotnet format MaternalMicrobiome.sln' and commit the result" | tee -a "$log"
fi

echo "== pass: all tests on SQLite" | tee -a "$log"
status=0
# Built once with every core, then one test project at a time: the browser journeys time their waits and should not
# share two cores with the integration suite's parallel classes.
dotnet build MaternalMicrobiome.sln -v quiet -nologo 2>&1 | tee -a "$log" || status=$?
if [ "$status" = 0 ]; then
  for project in tests/*.Tests; do
    MM_PG='' run_tests sqlite "$project" "$@" 2>&1 | tee -a "$log" || status=$?
  done
fi
echo "== pass: integration suite on PostgreSQL" | tee -a "$log"
pg_status=0
run_tests postgres tests/MaternalMicrobiome.Web.Tests "$@" 2>&1 | tee -a "$log" || pg_status=$?
skip_status=0
tests/trx-report.py skipped "$results" 2>&1 | tee -a "$log" || skip_status=$?
exit $(( status != 0 ? status : pg_status != 0 ? pg_status : skip_status != 0 ? skip_status : format_status ))
