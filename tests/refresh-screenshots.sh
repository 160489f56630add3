#!/usr/bin/env bash
# Refreshes docs/screenshots (the user guide's pictures): runs the browser journeys with MM_SCREENSHOTS_DIR pointed at
# that folder. Test runs otherwise write their screenshots under the temp folder, so they never change the working
# tree. Needs Debian's Chromium at /usr/bin/chromium; the multi-instance test takes no screenshot and is skipped here
# unless MM_PG_SERVER is set. Extra arguments go to `dotnet test`, e.g. --filter FullyQualifiedName~PracticeJourney.
set -euo pipefail
cd "$(dirname "$0")/.."

MM_SCREENSHOTS_DIR="$PWD/docs/screenshots" dotnet test tests/MaternalMicrobiome.EndToEnd.Tests "$@"
# What changed, for the commit.
git status --short -- docs/screenshots 2>/dev/null || true
