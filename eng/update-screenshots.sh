#!/usr/bin/env bash
# Retakes the user guide's screenshots (docs/screenshots) by running the browser tests; review and commit the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/common.sh
eng/postgres.sh start
export MENTORING_TEST_DB="${MENTORING_TEST_DB:-$(eng/postgres.sh url mentoring_test)}"
build_web
UPDATE_SCREENSHOTS=1 dotnet test tests/Mentoring.Api.Tests -c Release --filter "FullyQualifiedName~Browser" -v quiet -nologo
