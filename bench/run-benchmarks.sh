#!/usr/bin/env bash
# Runs the benchmarks on this machine and prints their figures (docs/performance.md records them).
# The PostgreSQL ones run against a private cluster (scripts/pg-test-cluster.sh) with the server's
# default durability (fsync and synchronous_commit on), started here and stopped at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${NANGODESK_BUILD_DIR:-$here/build}"
cmake --build "$build" --target bench_pull bench_pg bench_gui nango-sim
state="$(mktemp -u /tmp/nangodesk-bench-pg.XXXXXX)"
trap '"$here/scripts/pg-test-cluster.sh" stop "$state"' EXIT
pg="$(PG_OPTIONS="${BENCH_PG_OPTIONS:- }" "$here/scripts/pg-test-cluster.sh" start "$state")"
for n in ${BENCH_SIZES:-100000 1000000}; do
  "$build/bin/bench_pull" --records "$n"
  echo
  "$build/bin/bench_pg" --records "$n" --pg "$pg"
  echo
done
"$build/bin/bench_gui" "${BENCH_GUI_RECORDS:-1000000}"
echo
"$build/bin/bench_gui" "${BENCH_GUI_RECORDS:-1000000}" "$pg"
