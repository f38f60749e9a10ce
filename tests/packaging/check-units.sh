#!/usr/bin/env bash
# The systemd units as systemd reads them (systemd-analyze verify, against the built executable),
# and the system unit's sandbox: systemd-analyze security must rate it "OK" (exposure below 2).
set -euo pipefail
source_dir="$1"
cli="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime"
sed "s#/usr/bin/nango-desk-cli#$cli#" "$source_dir/packaging/systemd/nango-desk-watch@.service" >"$work/nango-desk-watch@prod.service"
sed "s#/usr/bin/nango-desk-cli#$cli#" "$source_dir/packaging/systemd/nango-desk-watch.service" >"$work/nango-desk-watch.service"
cd "$work"
systemd-analyze verify --man=no ./nango-desk-watch@prod.service
XDG_RUNTIME_DIR="$work/runtime" systemd-analyze verify --user --man=no ./nango-desk-watch.service
exposure=$(systemd-analyze security --offline=yes ./nango-desk-watch@prod.service | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
echo "system unit exposure: $exposure"
awk -v e="$exposure" 'BEGIN { exit !(e != "" && e < 2.0) }' || { echo "the system unit's sandbox is weaker than expected" >&2; exit 1; }
