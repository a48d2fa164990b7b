#!/usr/bin/env bash
# Restores a backup made by eng/backup.sh, then re-applies the erasure register so that nobody erased since the backup
# comes back. README "Backups and restores".
#
#   eng/restore.sh FILE [--key-file KEY] [--no-reapply]
#
# The database: MENTORING_DB (the Npgsql connection string the app takes), else the project cluster's "mentoring".
# Stop the app (every API node and worker) first. Each schema in the backup is dropped and restored in ONE transaction:
# if anything fails (a file cut short, a wrong key), the database is left as it was. Schemas not in the backup are not
# touched.
#   --key-file KEY  the key the backup was encrypted with (needed for a .enc file)
#   --no-reapply    restore only; the register is then re-applied by the next node that runs the jobs, when it starts
# Re-applying runs the app once with --reapply-erasures and the app's own settings (MENTORING_DB, Mentoring__Schema,
# Mentoring__Jobs__Erasure__RegisterDirectory): MENTORING_APP is the command that starts the app (e.g.
# "dotnet /srv/mentoring/Mentoring.Api.dll"); by default the build in src/Mentoring.Api/bin/Release.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/pg-client.sh

file="" key="" reapply=1
while [ $# -gt 0 ]; do
  case "$1" in
    --key-file) key="$2"; shift 2 ;;
    --no-reapply) reapply=0; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    *) file="$1"; shift ;;
  esac
done
[ -n "$file" ] && [ -r "$file" ] || { echo "usage: eng/restore.sh FILE [--key-file KEY] [--no-reapply]" >&2; exit 2; }
if [ -z "$key" ] && [[ "$file" == *.enc ]]; then echo "$file is encrypted: give --key-file" >&2; exit 2; fi
[ -z "$key" ] || require_key_file "$key"
use_database
pg_restore_bin="$(pg_tool pg_restore)"

# The dump, read as pg_restore reads it: decrypted on the fly, so no clear copy of it is ever written to disk.
dump() {
  if [ -n "$key" ]; then openssl "${OPENSSL_ENC[@]}" -d -pass "file:$key" -in "$file"; else cat "$file"; fi
}

# pg_restore --list stops after the table of contents, so the rest of the stream has nowhere to go: only its own
# answer counts here.
if ! contents="$(set +o pipefail; dump 2>/dev/null | "$pg_restore_bin" --list 2>/dev/null)"; then
  echo "$file could not be read as a backup${key:+ with this key}" >&2
  exit 2
fi
schemas="$(awk '$4 == "SCHEMA" && $5 == "-" { print $6 }' <<< "$contents" | sort -u)"
# One transaction, committed only when the whole dump was read: a file cut short or a wrong key rolls everything back
# (psql would commit whatever came before the end of its input).
committed="$({
  echo "begin;"
  for schema in $schemas; do
    [ "$schema" = public ] && continue # never dropped: it may hold what is not the product's
    echo "drop schema if exists \"${schema//\"/\"\"}\" cascade;"
  done
  if dump | "$pg_restore_bin" --no-owner --no-privileges --file=-; then echo "commit;"; echo "select 'restore committed';"; else echo "rollback;"; fi
} | PGOPTIONS="-c client_min_messages=warning" "$(pg_tool psql)" -X -q -At --set ON_ERROR_STOP=1 --file=- || true)"
if [[ "$committed" != *"restore committed"* ]]; then
  echo "ERROR: the restore of $file failed and was rolled back: the database is as it was" >&2
  exit 1
fi
echo "restored $file into $PGDATABASE (schemas: $(echo $schemas | tr ' ' ','))"

if [ "$reapply" = 0 ]; then
  echo "erasure register NOT re-applied (--no-reapply): the next node that runs the jobs re-applies it when it starts" >&2
  exit 0
fi
app="${MENTORING_APP:-}"
if [ -z "$app" ]; then
  dll="$(ls src/Mentoring.Api/bin/Release/net*/*/Mentoring.Api.dll src/Mentoring.Api/bin/Release/net*/Mentoring.Api.dll 2>/dev/null | head -1 || true)"
  [ -n "$dll" ] && app="dotnet $dll"
fi
if [ -z "$app" ]; then
  echo "WARNING: no app to re-apply the erasure register with (set MENTORING_APP, or build src/Mentoring.Api)." >&2
  echo "         Start a node that runs the jobs (in-process or --worker) before anyone uses the app: it re-applies it first." >&2
  exit 0
fi
# shellcheck disable=SC2086 # MENTORING_APP is a command with its arguments
if ! MENTORING_DB="$MENTORING_DB_URL" $app --reapply-erasures; then
  echo "ERROR: the database is restored but the erasure register was NOT re-applied; run '$app --reapply-erasures' before starting the app" >&2
  exit 1
fi
