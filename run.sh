#!/usr/bin/env bash
# Installs what is missing, starts the project-local PostgreSQL, builds web/ and serves the app with demo data
# at http://127.0.0.1:5080. Ctrl+C stops the app; PostgreSQL keeps running (eng/postgres.sh stop stops it).
# Mail the app sends (invitations, reminders, summaries) goes to a local SMTP server that keeps every message in
# .local/mail/new (one file each) unless Mentoring__Jobs__Smtp__Host says otherwise.
set -euo pipefail
cd "$(dirname "$0")"
source eng/common.sh
ensure_dotnet
ensure_apt python3-aiosmtpd fonts-dejavu-core # local mail; the font volunteer-hours statements (PDF) are set in
eng/postgres.sh start
build_web
dotnet build src/Mentoring.Api -c Release -v quiet -nologo
export MENTORING_DB="${MENTORING_DB:-$(eng/postgres.sh url mentoring)}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Mentoring__SeedDemo=true
if [ -z "${Mentoring__Jobs__Smtp__Host:-}" ]; then
  mkdir -p .local
  /usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:2525 -c aiosmtpd.handlers.Mailbox "$PWD/.local/mail" &
  smtp=$!
  trap 'kill $smtp 2>/dev/null || true' EXIT
  export Mentoring__Jobs__Smtp__Host=127.0.0.1 Mentoring__Jobs__Smtp__Port=2525 Mentoring__Jobs__Smtp__Security=None
  echo "Mail goes to .local/mail/new"
fi
echo "Serving http://127.0.0.1:5080 (GraphQL at /graphql, GraphiQL at /graphql/ui)"
dotnet run --project src/Mentoring.Api -c Release --no-build --no-launch-profile --urls "${MENTORING_URLS:-http://127.0.0.1:5080}"
