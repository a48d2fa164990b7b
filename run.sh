#!/usr/bin/env bash
# Installs what is missing, starts the project-local PostgreSQL, builds web/ and serves the app with demo data
# at http://127.0.0.1:5080. Ctrl+C stops the app; PostgreSQL keeps running (eng/postgres.sh stop stops it).
set -euo pipefail
cd "$(dirname "$0")"
source eng/common.sh
ensure_dotnet
eng/postgres.sh start
build_web
dotnet build src/Mentoring.Api -c Release -v quiet -nologo
export MENTORING_DB="${MENTORING_DB:-$(eng/postgres.sh url mentoring)}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Mentoring__SeedDemo=true
echo "Serving http://127.0.0.1:5080 (GraphQL at /graphql, GraphiQL at /graphql/ui)"
exec dotnet run --project src/Mentoring.Api -c Release --no-build --no-launch-profile --urls "${MENTORING_URLS:-http://127.0.0.1:5080}"
