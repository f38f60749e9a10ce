#!/usr/bin/env bash
# The SQL console over a cache of N records (default 1,000,000): `nango-desk-cli sql` beside the
# sqlite3 shell running the same statement on the same file (the same documented views), in turn,
# RUNS times each, each run a whole process timed by the shell's `time`, its CSV thrown away.
# Two questions: a json_extract() filter and a GROUP BY over a payload field.
#   bench/sql-console.sh BUILD_BIN_DIR [RECORDS] [RUNS]
set -euo pipefail
bin=${1:?usage: sql-console.sh BUILD_BIN_DIR [RECORDS] [RUNS]}
records=${2:-1000000}
runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/cache.sqlite"
"$(dirname "$0")/make-cache.sh" "$bin" "$records" "$db"
filter="SELECT id, json_extract(payload, '\$.email') AS email FROM live_records WHERE json_extract(payload, '\$.score') >= 90 AND json_extract(payload, '\$.address.country') = 'FR'"
group="SELECT json_extract(payload, '\$.address.country') AS country, count(*) AS records, avg(json_extract(payload, '\$.revenue')) AS revenue FROM live_records GROUP BY country ORDER BY records DESC"
seconds() { local TIMEFORMAT=%R; { time "$@" >/dev/null 2>&1; } 2>&1; }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for name in filter group; do
  sql=${!name}
  rows=$("$bin/nango-desk-cli" --db "$db" sql "$sql" 2>/dev/null | tail -n +2 | wc -l)
  check=$(sqlite3 -csv "$db" "$sql" | wc -l)
  [ "$rows" = "$check" ] || { echo "$name: $rows rows, sqlite3 $check" >&2; exit 1; }
  ours=() theirs=()
  for i in $(seq "$runs"); do
    ours+=("$(seconds "$bin/nango-desk-cli" --db "$db" sql --time-limit 0 "$sql")")
    theirs+=("$(seconds sqlite3 -csv -header "$db" "$sql")")
    echo "$name run $i: nango-desk-cli sql ${ours[-1]} s, sqlite3 -csv ${theirs[-1]} s"
  done
  ma=$(median "${ours[@]}") mb=$(median "${theirs[@]}")
  echo "$name ($rows rows of $records records): median nango-desk-cli sql ${ma} s, sqlite3 ${mb} s, ratio $(awk -v a="$ma" -v b="$mb" 'BEGIN{printf "%.2f", b/a}')x"
done
