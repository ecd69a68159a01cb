#!/usr/bin/env bash
# A throwaway PostgreSQL on loopback for the tests (the store's contract suite, the shared ingest):
#   eval "$(scripts/test-postgres.sh start)"   starts it (initdb the first time) and prints the
#                                              BUDGETLENS_TEST_PG=postgres://… line to export
#   scripts/test-postgres.sh stop              stops it
# The server refuses to run as root: as root it runs as the `postgres` user (Debian's package
# creates it). BUDGETLENS_PG_DIR and BUDGETLENS_PG_PORT choose the data folder and the port.
set -euo pipefail
command="${1:-start}"
dir="${BUDGETLENS_PG_DIR:-/tmp/budgetlens-pg}"
port="${BUDGETLENS_PG_PORT:-54329}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bin" ]; then
  echo "未安装 PostgreSQL（apt-get install postgresql） / PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$command" in
  start)
    if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      if [ ! -f "$dir/PG_VERSION" ]; then
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres: "$dir"
        as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      fi
      as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
    fi
    echo "export BUDGETLENS_TEST_PG=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
