#!/usr/bin/env bash
# Starts the demo in a real X11 window under Xvfb and saves a screenshot of each panel; fails if
# the window does not draw (missing, blank or near-blank pictures).
set -euo pipefail
bin="$1"
out="$2"
rm -rf "$out"
mkdir -p "$out"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
mkdir -m 700 "$home/runtime"
export XDG_RUNTIME_DIR="$home/runtime"
# Any Qt warning (a timer started from the wrong thread, a failed connection) fails the run.
export QT_FATAL_WARNINGS=1
unset DBUS_SESSION_BUS_ADDRESS
timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' "$bin/nango-desk" --demo --demo-records 3000 --screenshots "$out"
count=$(find "$out" -name '*.png' | wc -l)
if [ "$count" -ne 10 ]; then
  echo "expected 10 screenshots, got $count" >&2
  exit 1
fi
for f in "$out"/*.png; do
  colors=$(identify -format '%k' "$f")
  size=$(identify -format '%wx%h' "$f")
  echo "$(basename "$f"): $size, $colors colours"
  if [ "$colors" -lt 40 ]; then
    echo "$f looks blank ($colors colours)" >&2
    exit 1
  fi
done
