#!/usr/bin/env bash
# Backs up the product's database: pg_dump's custom format (-Fc: compressed, restored with eng/restore.sh), optionally
# encrypted with a key file the operator holds. README "Backups and restores" says how, and what else to keep.
#
#   eng/backup.sh [-o FILE] [--key-file KEY] [--schema NAME]...
#
# The database: MENTORING_DB (the Npgsql connection string the app takes), else the project cluster's "mentoring".
#   -o FILE         where to write it (default .local/backups/mentoring-<UTC time>.dump, .dump.enc when encrypted)
#   --key-file KEY  encrypt with openssl (AES-256, key derived from KEY's first line with PBKDF2); keep KEY apart from
#                   the backups, and both apart from the database server
#   --schema NAME   only this schema (repeatable; the app's is "mentoring", Hangfire's "mentoring_hangfire"); default: all
# The erasure register is not in the database and not in the dump: back its directory up on its own (README).
# Prints the file written. The file appears only once complete (written beside it, then renamed), readable by its owner only.
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/pg-client.sh

out="" key="" schemas=()
while [ $# -gt 0 ]; do
  case "$1" in
    -o|--output) out="$2"; shift 2 ;;
    --key-file) key="$2"; shift 2 ;;
    --schema) schemas+=(--schema "$2"); shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
use_database
[ -z "$key" ] || require_key_file "$key"
if [ -z "$out" ]; then
  mkdir -p .local/backups
  out=".local/backups/${PGDATABASE}-$(date -u +%Y%m%dT%H%M%SZ).dump${key:+.enc}"
fi
mkdir -p "$(dirname "$out")"
umask 077
partial="$out.partial"
trap 'rm -f "$partial"' EXIT

# --no-owner / --no-privileges: the dump restores into a database whose roles have other names (a managed server).
dump=("$(pg_tool pg_dump)" --format=custom --no-owner --no-privileges "${schemas[@]}")
if [ -n "$key" ]; then
  "${dump[@]}" | openssl "${OPENSSL_ENC[@]}" -salt -pass "file:$key" -out "$partial"
else
  "${dump[@]}" --file="$partial"
fi
sync "$partial" 2>/dev/null || sync
mv "$partial" "$out"
trap - EXIT
echo "$out"
