#!/usr/bin/env bash
# Bounded loopback load: GraphQL contracts query and createContract mutation vs a minimal-API baseline doing
# the same Marten work in the same process. Prints a markdown table for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")"
source eng/common.sh
ensure_dotnet
eng/postgres.sh start
export MENTORING_BENCH_DB="${MENTORING_BENCH_DB:-$(eng/postgres.sh url mentoring_bench)}"
dotnet build bench/Mentoring.Bench -c Release -v quiet -nologo
dotnet run --project bench/Mentoring.Bench -c Release --no-build

# Matching (pure domain): ranking and batch assignment with BenchmarkDotNet, greedy as the baseline.
dotnet build bench/Mentoring.Bench.Matching -c Release -v quiet -nologo
dotnet run --project bench/Mentoring.Bench.Matching -c Release --no-build

# Reminder scan planning (pure domain) over 10,000 and 100,000 active matches, next-due-date-only as the baseline; and one
# contract's monthly outcome summary on stores of 100,000 and 1,000,000 events (seeded once, about 1.5 min) vs counting the
# month's referrals.
dotnet build bench/Mentoring.Bench.Jobs -c Release -v quiet -nologo
dotnet run --project bench/Mentoring.Bench.Jobs -c Release --no-build
