#!/usr/bin/env bash
# The same set-up as run.sh, then every test: domain, API over real HTTP on real PostgreSQL, jobs, and the
# browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
source eng/common.sh
ensure_dotnet
ensure_apt chromium python3-aiosmtpd fonts-dejavu-core # the browser tests; a real SMTP server for the mail tests; the PDF statements' font
eng/postgres.sh start
export MENTORING_TEST_DB="${MENTORING_TEST_DB:-$(eng/postgres.sh url mentoring_test)}"
build_web
dotnet build Mentoring.sln -c Release -v quiet -nologo

log="$(mktemp)"
status=0
# One suite at a time: the fault suite drives load at two API nodes and kills processes, which on two cores starves the
# browser tests beside it (a sign-in then outlasts any sensible wait). Domain and jobs take seconds; the fault suite last.
for suite in Domain Jobs Api Faults; do
  dotnet test "tests/Mentoring.$suite.Tests" -c Release --no-build --logger "console;verbosity=minimal" 2>&1 | tee -a "$log" || status=$?
done
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
# The fault suite's measured recovery times (docs/reliability.md).
cat tests/Mentoring.Faults.Tests/bin/Release/net10.0/*/fault-run/recovery.md 2>/dev/null || true
echo "$passed passed, $failed failed"
exit $status
