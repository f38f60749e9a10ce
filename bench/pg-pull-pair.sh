#!/usr/bin/env bash
# Two builds' pulls into PostgreSQL, in turn, in one run on one private cluster (scripts/pg-test-cluster.sh,
# the server's default durability) from one nango-sim: what a change to the page writer costs, beside
# the build before it.
#   1. a first pull of RECORDS records into a fresh database (the direct COPY), RUNS times each, in turn;
#   2. nango-sim updates half of them (every value); a pull of those changes into a copy of each
#      build's mirrored cache (the merge), RUNS times each, in turn, each from the same copy.
# Each pull is `bench_pull --pull-only` (the engine, a process of its own, timed by itself); the
# database's copy (CREATE DATABASE ... TEMPLATE) is outside that time.
#   bench/pg-pull-pair.sh NEW_BIN_DIR OLD_BIN_DIR [RECORDS] [RUNS]
set -euo pipefail
new=${1:?usage: pg-pull-pair.sh NEW_BIN_DIR OLD_BIN_DIR [RECORDS] [RUNS]}
old=${2:?usage: pg-pull-pair.sh NEW_BIN_DIR OLD_BIN_DIR [RECORDS] [RUNS]}
records=${3:-200000}
runs=${4:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
state="$work/pg.state"
simpid=
cleanup() {
  [ -n "$simpid" ] && kill "$simpid" 2>/dev/null || true
  "$here/scripts/pg-test-cluster.sh" stop "$state" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
pg=$(PG_OPTIONS=" " "$here/scripts/pg-test-cluster.sh" start "$state")
server_uri=${pg%/*}
cat >"$work/sim.json" <<'JSON'
{"integrations":[{"unique_key":"bench","provider":"hubspot","syncs":[{"name":"contacts","models":["HubspotContact"]}]}],
 "connections":[{"connection_id":"bench-co","provider_config_key":"bench"}]}
JSON
"$new/nango-sim" --config "$work/sim.json" --record-bytes 500 --secret-key 0b6c5e4d-3a2f-4e1d-9c8b-7a6f5e4d3c2b \
  --time-scale 0 --quiet --records "$records" --rate-limit 0 >"$work/sim.out" 2>&1 &
simpid=$!
for _ in $(seq 600); do grep -q "listening on" "$work/sim.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/.*listening on //p' "$work/sim.out" | head -1)
[ -n "$url" ] || { echo "nango-sim did not start" >&2; exit 1; }

sql() { PGOPTIONS="-c client_min_messages=warning" psql -qAtX "$pg" -c "$1" >/dev/null; }
# pull BUILD_DIR DATABASE TEMPLATE: the database made anew (empty, or a copy of TEMPLATE), then one pull.
pull() {
  sql "DROP DATABASE IF EXISTS $2"
  if [ -n "$3" ]; then sql "CREATE DATABASE $2 TEMPLATE $3"; else sql "CREATE DATABASE $2"; fi
  "$1/bench_pull" --pull-only --server "$url" --db "$server_uri/$2" --history-versions 20
}
seconds() { sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$1"; }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# phase NAME TEMPLATE_NEW TEMPLATE_OLD: RUNS pulls of each build in turn; prints each and the medians.
phase() {
  local a=() b=() outa outb
  for i in $(seq "$runs"); do
    outa=$(pull "$new" run_new "$2")
    outb=$(pull "$old" run_old "$3")
    a+=("$(seconds "$outa")") b+=("$(seconds "$outb")")
    echo "$1, run $i: new ${a[-1]} s ($outa), old ${b[-1]} s"
  done
  local ma mb
  ma=$(median "${a[@]}") mb=$(median "${b[@]}")
  echo "$1: median new $ma s, old $mb s, new/old $(awk -v a="$ma" -v b="$mb" 'BEGIN{printf "%.3f", a/b}')"
}

echo "# $records records of ~500-byte payloads, $runs runs of each build in turn; new: $new, old: $old"
phase "first pull (direct COPY)" "" ""
# The last first pulls are the mirrored caches the changes are pulled into.
sql "ALTER DATABASE run_new RENAME TO base_new"
sql "ALTER DATABASE run_old RENAME TO base_old"
curl -fsS -X POST "$url/_sim/mutate" -H 'Content-Type: application/json' \
  -d "{\"integration\":\"bench\",\"connection\":\"bench-co\",\"sync\":\"contacts\",\"model\":\"HubspotContact\",\"update\":$((records / 2)),\"add\":0,\"delete\":0,\"undelete\":0,\"light\":false}" >/dev/null
phase "changes of half the records (the merge)" base_new base_old
