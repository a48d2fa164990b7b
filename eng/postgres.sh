#!/usr/bin/env bash
# PostgreSQL lifecycle for run.sh, test.sh and bench.sh.
#   eng/postgres.sh start   installs Debian's postgresql if missing, creates (once) and starts a project-local
#                           cluster in .local/pg on its own port, creates the databases; idempotent.
#   eng/postgres.sh stop    stops that cluster.
#   eng/postgres.sh url DB  prints the connection string for database DB.
# MENTORING_DB (a full Npgsql connection string) overrides all of this: nothing is installed or started and
# that server is used as it is (its databases must exist). MENTORING_PG_PORT changes the port (default 25432).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGDATA_DIR="$ROOT/.local/pg/data"
PGSOCK_DIR="$ROOT/.local/pg/run"
# Below Linux's ephemeral range (32768-60999): a client retrying while the server is down can otherwise connect to
# itself on the server's own port, and the TIME-WAIT it leaves stops the server from binding for a minute.
PORT="${MENTORING_PG_PORT:-25432}"
DATABASES=(mentoring mentoring_test mentoring_bench)
# Databases whose commits need not wait for the disk: tests and the benchmark rebuild their data on every run. The
# cluster itself stays durable (fsync, full_page_writes and synchronous_commit on), so the app's data in "mentoring"
# survives a power cut; fsync and full_page_writes cannot be set per database, synchronous_commit can.
SCRATCH_DATABASES=(mentoring_test mentoring_bench)
DURABLE_OPTIONS="-c fsync=on -c full_page_writes=on -c synchronous_commit=on"

as_pg() {
  # initdb refuses to run as root: run the server as the postgres system user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

install_postgres() {
  if [ -z "$(pg_bin)" ]; then
    echo "postgres: installing Debian's postgresql" >&2
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  fi
}

start() {
  if [ -n "${MENTORING_DB:-}" ]; then echo "postgres: using MENTORING_DB" >&2; return; fi
  install_postgres
  local bin; bin="$(pg_bin)"
  mkdir -p "$PGDATA_DIR" "$PGSOCK_DIR"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$ROOT/.local/pg"; fi
  chmod 700 "$PGDATA_DIR"
  if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    echo "postgres: creating a project-local cluster in .local/pg (port $PORT)" >&2
    # trust on loopback only: this cluster listens on 127.0.0.1 and holds demo and test data.
    as_pg "$bin/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT" && ! as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
    # Another checkout's cluster already serves this port: share it (tests and the bench use schemas of their own).
    echo "postgres: reusing the server already on 127.0.0.1:$PORT" >&2
  else
    if as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1 \
       && [ "$("$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc 'show fsync' 2>/dev/null)" = off ]; then
      # Started by an earlier version of this script with durability off: restart it durable.
      echo "postgres: restarting the cluster with fsync and full_page_writes on" >&2
      as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null
    fi
    if ! as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -l "$ROOT/.local/pg/server.log" -w -t 60 \
        -o "-p $PORT -k $PGSOCK_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 $DURABLE_OPTIONS" start >/dev/null
      echo "postgres: started on 127.0.0.1:$PORT" >&2
    fi
  fi
  for db in "${DATABASES[@]}"; do
    if ! "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
      "$bin/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$db"
    fi
  done
  for db in "${SCRATCH_DATABASES[@]}"; do
    "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qtAc "alter database $db set synchronous_commit = off" >/dev/null
  done
}

stop() {
  local bin; bin="$(pg_bin)" || exit 0
  if [ -f "$PGDATA_DIR/PG_VERSION" ]; then as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -m fast stop || true; fi
}

url() {
  local db="${1:-mentoring}"
  if [ -n "${MENTORING_DB:-}" ]; then echo "$MENTORING_DB"; return; fi
  echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=$db;Pooling=true;Maximum Pool Size=100"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url "${2:-mentoring}" ;;
  *) echo "usage: $0 start|stop|url [database]" >&2; exit 2 ;;
esac
