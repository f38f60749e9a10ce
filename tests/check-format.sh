#!/usr/bin/env bash
# The sources follow .clang-format: every C++ file under src, tests and bench, as the project's
# clang-format (Debian 12's, version 14) would write it.
set -euo pipefail
root="$1"
cd "$root"
command -v clang-format >/dev/null || { echo "FAIL: clang-format is not installed (scripts/dev.sh installs it)"; exit 1; }
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' 2>/dev/null ||
  find src tests bench -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 50 ] || { echo "FAIL: found only ${#files[@]} source files"; exit 1; }
# One process for all of them; it names each file and line that differs.
if ! out=$(clang-format --dry-run --Werror "${files[@]}" 2>&1); then
  echo "FAIL: not formatted with .clang-format (run: clang-format -i FILE):"
  printf '%s\n' "$out" | grep -o '^[^:]*:[0-9]*' | sort -u -t: -k1,1 | sed 's/^/  /'
  exit 1
fi
echo "${#files[@]} files follow .clang-format"
