#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests and benchmarks: Debian's server binaries, a data folder
# of our own, a free loopback port, trust authentication for one superuser. Nothing of the system's
# PostgreSQL (its clusters, its port 5432, its service) is touched.
#
#   scripts/pg-test-cluster.sh start DIR   initdb into DIR if needed, start; prints the base URI
#   scripts/pg-test-cluster.sh stop DIR    fast shutdown
#
# The server refuses to run as root: as root the cluster belongs to the "postgres" user that
# Debian's package creates.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir=""
for v in 17 16 15 14 13; do
  if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then bindir="/usr/lib/postgresql/$v/bin"; break; fi
done
[ -n "$bindir" ] || { echo "PostgreSQL's server binaries are not installed (Debian package postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; chmod 700 "$dir"; fi
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "'$bindir/initdb' -D '$dir' -U nangodesk --auth=trust -E UTF8 --no-locale" > "$dir.initdb.log" 2>&1 ||
        { cat "$dir.initdb.log" >&2; exit 1; }
    fi
    if [ -f "$dir/postmaster.pid" ] && as_owner "'$bindir/pg_ctl' -D '$dir' status" >/dev/null 2>&1; then
      echo "postgresql://nangodesk@127.0.0.1:$(cat "$dir.port")/postgres"
      exit 0
    fi
    # A free port, chosen by the kernel.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "'$bindir/pg_ctl' -D '$dir' -w -t 30 -l '$dir/server.log' \
      -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" > "$dir.port"
    echo "postgresql://nangodesk@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$dir/postmaster.pid" ] || exit 0
    as_owner "'$bindir/pg_ctl' -D '$dir' -m fast -w stop" >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
