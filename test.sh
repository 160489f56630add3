#!/usr/bin/env bash
# The test command: restores, builds and runs every test project (domain, components and integration, browser).
# The browser tests need Debian's Chromium at /usr/bin/chromium; as root this script installs it when missing.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

dotnet tool restore >/dev/null
dotnet test MaternalMicrobiome.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "${TEST_LOG:-/dev/null}"
