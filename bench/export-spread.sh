#!/usr/bin/env bash
# The CSV export's run-to-run spread: one cache of N records (a first pull from nango-sim), then
# `nango-desk-cli export` and `sqlite3 -csv` over the same rows, in turn, RUNS times each, each run a
# whole process timed by the shell's `time`. Prints every run and the median of each, and their ratio.
#   bench/export-spread.sh BUILD_BIN_DIR [RECORDS] [RUNS]
set -euo pipefail
bin=${1:?usage: export-spread.sh BUILD_BIN_DIR [RECORDS] [RUNS]}
records=${2:-1000000}
runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/cache.sqlite"
"$(dirname "$0")/make-cache.sh" "$bin" "$records" "$db"
query="SELECT record_id, payload, first_seen_at, last_modified_at, last_action, deleted_at, pruned_at FROM records WHERE deleted_at IS NULL ORDER BY last_modified_us, record_id"
seconds() { local TIMEFORMAT=%R; { time "$@" >/dev/null 2>&1; } 2>&1; }
ours=() theirs=()
for i in $(seq "$runs"); do
  a=$(seconds "$bin/nango-desk-cli" --db "$db" export --model HubspotContact --out "$work/out.csv")
  b=$(seconds sqlite3 -csv -header "$db" "$query")
  ours+=("$a") theirs+=("$b")
  echo "run $i: nango-desk-cli export ${a} s, sqlite3 -csv ${b} s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${ours[@]}") mb=$(median "${theirs[@]}")
echo "median: nango-desk-cli export ${ma} s ($(awk -v n="$records" -v s="$ma" 'BEGIN{printf "%d", n/s}') rec/s), sqlite3 -csv ${mb} s ($(awk -v n="$records" -v s="$mb" 'BEGIN{printf "%d", n/s}') rec/s), speed ratio $(awk -v a="$ma" -v b="$mb" 'BEGIN{printf "%.2f", b/a}')x"
