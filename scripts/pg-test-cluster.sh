#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests and benchmarks: Debian's server binaries, a data folder
# of our own under /tmp, a free loopback port, trust authentication for one superuser. Nothing of
# the system's PostgreSQL (its clusters, its port 5432, its service) is touched. Members of the role
# nd_password_users authenticate with a password (scram-sha-256).
#
#   scripts/pg-test-cluster.sh start STATE   initdb and start; STATE (a file) gets the data folder
#                                            and the base URI, which is also printed
#   scripts/pg-test-cluster.sh stop STATE    fast shutdown, the data folder removed
#
# With PG_TLS_DIR=DIR (a folder with server.pem and server.key) the server also speaks TLS with that
# certificate (the tests of sslmode and sslrootcert).
#
# The server refuses to run as root: as root the cluster belongs to the "postgres" user that
# Debian's package creates.
set -euo pipefail

cmd="${1:-}"
state="${2:-}"
[ -n "$cmd" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE" >&2; exit 2; }

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
    if [ -f "$state" ]; then
      dir=$(sed -n 1p "$state")
      if [ -f "$dir/data/postmaster.pid" ] && as_owner "'$bindir/pg_ctl' -D '$dir/data' status" >/dev/null 2>&1; then
        sed -n 2p "$state"
        exit 0
      fi
    fi
    dir=$(mktemp -d /tmp/nangodesk-pg.XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    chmod 700 "$dir"
    as_owner "'$bindir/initdb' -D '$dir/data' -U nangodesk --auth=trust -E UTF8 --no-locale" > "$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    # Members of nd_password_users (roles the tests create) must give a password: the tests of
    # wrong and missing passwords. Everyone else is trusted.
    as_owner "sed -i '1i host all +nd_password_users 127.0.0.1/32 scram-sha-256' '$dir/data/pg_hba.conf'"
    # Tests need no durability: fsync off. The benchmark asks for its own settings (PG_OPTIONS).
    options="${PG_OPTIONS:--c fsync=off -c synchronous_commit=off}"
    if [ -n "${PG_TLS_DIR:-}" ]; then
      cp "$PG_TLS_DIR/server.pem" "$PG_TLS_DIR/server.key" "$dir/data/"
      if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir/data/server.pem" "$dir/data/server.key"; fi
      chmod 600 "$dir/data/server.key"
      options="$options -c ssl=on -c ssl_cert_file=server.pem -c ssl_key_file=server.key"
    fi
    # A port nothing listens on (bash alone: a fresh machine may have no python); another one
    # if something took it before the server did.
    started=no
    for attempt in 1 2 3 4 5; do
      port=$((20000 + RANDOM % 40000))
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
      if as_owner "'$bindir/pg_ctl' -D '$dir/data' -w -t 30 -l '$dir/server.log' \
          -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c max_connections=300 $options\" start" >/dev/null; then
        started=yes
        break
      fi
    done
    [ "$started" = yes ] || { cat "$dir/server.log" >&2; exit 1; }
    uri="postgresql://nangodesk@127.0.0.1:$port/postgres"
    printf '%s\n%s\n' "$dir" "$uri" > "$state"
    echo "$uri"
    ;;
  stop)
    [ -f "$state" ] || exit 0
    dir=$(sed -n 1p "$state")
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null || true
    fi
    rm -rf "$dir" "$state"
    ;;
  *)
    echo "usage: $0 start|stop STATE" >&2
    exit 2
    ;;
esac
