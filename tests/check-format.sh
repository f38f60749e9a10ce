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
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "FAIL: not formatted with .clang-format (run: clang-format -i FILE):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "${#files[@]} files follow .clang-format"
