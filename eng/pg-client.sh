# PostgreSQL client settings for eng/backup.sh and eng/restore.sh. Source it; do not run it.
# shellcheck shell=bash

# The database, as the app takes it: MENTORING_DB (an Npgsql connection string), else the project cluster's
# "mentoring" database (eng/postgres.sh url). Exported as libpq's PG* variables, so the password never appears in a
# command line; MENTORING_DB_URL keeps the Npgsql form for the app.
use_database() {
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  MENTORING_DB_URL="${MENTORING_DB:-$("$root/eng/postgres.sh" url mentoring)}"
  export MENTORING_DB_URL
  local part key value
  IFS=';' read -r -a parts <<< "$MENTORING_DB_URL"
  for part in "${parts[@]}"; do
    [[ "$part" == *=* ]] || continue
    key="$(echo "${part%%=*}" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')"
    value="${part#*=}"
    value="${value#"${value%%[![:space:]]*}"}"; value="${value%"${value##*[![:space:]]}"}"
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      username|userid|user) export PGUSER="$value" ;;
      password|pwd) export PGPASSWORD="$value" ;;
      database|initialcatalog|db) export PGDATABASE="$value" ;;
      sslmode)
        case "$(echo "$value" | tr '[:upper:]' '[:lower:]')" in
          verifyca) export PGSSLMODE=verify-ca ;;
          verifyfull) export PGSSLMODE=verify-full ;;
          *) PGSSLMODE="$(echo "$value" | tr '[:upper:]' '[:lower:]')"; export PGSSLMODE ;;
        esac ;;
      targetsessionattributes) PGTARGETSESSIONATTRS="$(echo "$value" | tr '[:upper:]' '[:lower:]')"; export PGTARGETSESSIONATTRS ;;
    esac
  done
  [ -n "${PGDATABASE:-}" ] || { echo "no database named in the connection string" >&2; exit 2; }
}

# The newest PostgreSQL client tools installed (Debian keeps each major version apart); a dump is read by the same or a
# newer pg_restore.
pg_tool() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/$1" ]; then echo "$dir/$1"; elif command -v "$1" >/dev/null; then command -v "$1"; else
    echo "$1 not found: install Debian's postgresql-client" >&2; exit 2
  fi
}

# openssl enc with a key the operator holds: AES-256-CBC, the key derived from the key file's first line with PBKDF2.
# It keeps the dump secret; it does not authenticate it (a tampered file fails in pg_restore, not here).
OPENSSL_ENC=(enc -aes-256-cbc -pbkdf2 -iter 600000 -md sha256)

require_key_file() {
  [ -r "$1" ] || { echo "key file $1 cannot be read" >&2; exit 2; }
  [ -n "$(head -n 1 "$1")" ] || { echo "key file $1 is empty (one line: a long random secret, e.g. openssl rand -base64 48)" >&2; exit 2; }
  command -v openssl >/dev/null || { echo "openssl not found: install Debian's openssl" >&2; exit 2; }
}
