#!/usr/bin/env bash
# Rewrites src/Mentoring.Api/schema.graphql from the code's schema (review and commit the diff).
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_SCHEMA=1 dotnet test tests/Mentoring.Api.Tests --filter "FullyQualifiedName~SchemaFileTests" -v quiet -nologo
