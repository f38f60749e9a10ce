#!/usr/bin/env bash
# The packaged documents agree with the program:
#   - the man page lints clean (groff -ww) and documents every command, global option and key
#     variable that `nango-desk-cli --help` lists, and in each command's section every option that
#     `nango-desk-cli COMMAND --help` lists;
#   - the man page's header and the metainfo's newest release carry the project's version.
# usage: check-docs.sh SOURCE_DIR NANGO_DESK_CLI VERSION
set -euo pipefail
src=$1 cli=$2 version=$3
man="$src/packaging/nango-desk-cli.1"
metainfo="$src/packaging/dev.nangodesk.NangoDesk.metainfo.xml"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

command -v groff >/dev/null || { echo "FAIL: groff is missing (Debian package groff-base)"; exit 1; }
lint=$(groff -man -ww -z "$man" 2>&1) || fail "groff could not format the man page"
[ -z "$lint" ] || fail "groff warns about the man page: $lint"

help=$("$cli" --help)
# The command names: the indented first words of the "Commands:" block, up to the blank line.
commands=$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/{/^  [a-z]/{s/^ *\([a-z-]*\).*/\1/;p}}')
[ -n "$commands" ] || fail "found no commands in nango-desk-cli --help"
# An option as the man page spells it: every - escaped as \-.
man_spelling() { printf '%s' "$1" | sed 's/-/\\\\-/g'; }
for c in $commands; do
  if ! grep -qx "\.SS $c" "$man"; then
    fail "the man page has no section for the command '$c'"
    continue
  fi
  section=$(sed -n "/^\.SS $c\$/,/^\.S[SH] /p" "$man")
  for opt in $("$cli" "$c" --help | grep -o -- '--[a-z][a-z-]*' | grep -vx -- '--help\|--help-all' | sort -u); do
    printf '%s\n' "$section" | grep -q -- "$(man_spelling "$opt")" \
      || fail "the man page's section '$c' does not document $opt"
  done
done
# Every long option and every NANGO_* variable that --help names.
for opt in $(printf '%s\n' "$help" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -q -- "$(man_spelling "$opt")" "$man" || fail "the man page does not mention $opt"
done
for var in $(printf '%s\n' "$help" | grep -o 'NANGO_[A-Z_]*' | sort -u) NANGO_SECRET_KEY NANGO_WEBHOOK_SIGNING_KEY; do
  grep -qx "\.B $var" "$man" || fail "the man page's ENVIRONMENT does not list $var"
done

grep -q "^\.TH .*\"Nango Desk $version\"" "$man" || fail "the man page's .TH line does not say \"Nango Desk $version\""
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | sed 's/.*"\(.*\)"/\1/')
[ "$newest" = "$version" ] || fail "the metainfo's newest release is '$newest', the project's version is $version"

if [ "$failures" -gt 0 ]; then
  echo "$failures problem(s) in the packaged documents"
  exit 1
fi
echo "man page and metainfo agree with nango-desk-cli $version (commands: $(printf "%s" "$commands" | tr "\n" " "))"
