#!/usr/bin/env bash
# Runs the benchmarks on this machine and prints their figures (docs/performance.md records them).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${NANGODESK_BUILD_DIR:-$here/build}"
cmake --build "$build" --target bench_pull bench_gui nango-sim
for n in ${BENCH_SIZES:-100000 1000000}; do
  "$build/bin/bench_pull" --records "$n"
  echo
done
"$build/bin/bench_gui" "${BENCH_GUI_RECORDS:-1000000}"
