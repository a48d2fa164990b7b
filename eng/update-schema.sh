#!/usr/bin/env bash
# Rewrites src/Mentoring.Api/schema.graphql and the permission matrix in docs/security.md from the code (review and commit the diff).
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_SCHEMA=1 dotnet test tests/Mentoring.Api.Tests --filter "FullyQualifiedName~SchemaFileTests|FullyQualifiedName~SecurityDocTests" -v quiet -nologo
