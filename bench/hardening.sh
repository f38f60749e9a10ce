#!/usr/bin/env bash
# The figures of docs/hardening.md, measured with the real programs over loopback:
#  1. the cache's growth under a forged flood: 1,000 POSTs of 1 MB with a wrong signature to
#     `nango-desk-cli watch`, beside the same number of verified deliveries as the baseline;
#  2. the peak memory of `nango-desk-cli sync` when nango-sim answers one page padded to
#     PAD_MB (default 1536), beside the same sync with Nango-sized pages.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${NANGODESK_BUILD_DIR:-$here/build}"
bin="$build/bin"
work="$(mktemp -d /tmp/nangodesk-hardening.XXXXXX)"
sim_pid=""
watch_pid=""
cleanup() {
  [ -n "$watch_pid" ] && kill "$watch_pid" 2>/dev/null || true
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export NANGO_SECRET_KEY=0b6c5e4d-3a2f-4e1d-9c8b-7a6f5e4d3c2b NANGO_WEBHOOK_SIGNING_KEY=bench-signing-key
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

start_sim() {
  "$bin/nango-sim" --port 0 --secret-key "$NANGO_SECRET_KEY" --webhook-signing-key "$NANGO_WEBHOOK_SIGNING_KEY" \
    --records "${RECORDS:-2000}" --rate-limit 0 --time-scale 0 --quiet >"$work/sim.out" 2>&1 &
  sim_pid=$!
  for _ in $(seq 600); do grep -q "listening on" "$work/sim.out" 2>/dev/null && break; sleep 0.1; done
  sim_url="$(sed -n 's/^nango-sim listening on //p' "$work/sim.out" | head -1)"
  [ -n "$sim_url" ] || { echo "nango-sim did not start: $(cat "$work/sim.out")"; exit 1; }
}
cache_bytes() { # the file after a checkpoint, and its WAL
  sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null 2>&1 || true
  du -cb "$1" "$1-wal" 2>/dev/null | tail -1 | cut -f1
}
flood() { # flood URL COUNT SIGNED
  local body="$work/body" sig
  { printf '{"from":"bench","type":"bench","pad":"'; head -c 999950 /dev/zero | tr '\0' 'f'; printf '"}'; } >"$body"
  sig="$(openssl dgst -sha256 -hmac "$NANGO_WEBHOOK_SIGNING_KEY" -hex <"$body" | sed 's/^.* //')"
  [ "$3" = signed ] || sig="00"
  for _ in $(seq "$2"); do
    curl -s -o /dev/null -H "X-Nango-Hmac-Sha256: $sig" -H 'Content-Type: application/json' \
      --data-binary @"$body" "$1"
  done
}

start_sim
echo "== forged flood: 1,000 POSTs of 1 MB to nango-desk-cli watch"
for kind in signed forged; do
  cache="$work/$kind.sqlite"
  "$bin/nango-desk-cli" --server "$sim_url" --db "$cache" --profile "$kind" watch --listen 127.0.0.1:0 --poll 0 \
    >"$work/watch.out" 2>&1 &
  watch_pid=$!
  for _ in $(seq 100); do grep -q "listening for Nango webhooks on" "$work/watch.out" && break; sleep 0.1; done
  url="$(sed -n 's/^listening for Nango webhooks on //p' "$work/watch.out")"
  sleep 5 # the first pull settles
  before="$(cache_bytes "$cache")"
  start=$(date +%s.%N)
  flood "$url" "${FLOOD:-1000}" "$kind"
  end=$(date +%s.%N)
  sleep 1
  after="$(cache_bytes "$cache")"
  printf '%-7s %5d posts in %5.1f s: cache %10d -> %10d bytes (+%d)\n' "$kind" "${FLOOD:-1000}" \
    "$(echo "$end - $start" | bc)" "$before" "$after" "$((after - before))"
  kill "$watch_pid"; wait "$watch_pid" 2>/dev/null || true; watch_pid=""
done
echo "   (signed: each verified post is kept, its body up to 256 KiB, as before; forged: counted on one row)"

echo "== an oversized /records answer: peak memory of nango-desk-cli sync"
for pad in 0 "${PAD_MB:-1536}"; do
  cache="$work/pad$pad.sqlite"
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
    --data "{\"pad_page_bytes\": $((pad * 1024 * 1024))}" "$sim_url/_sim/faults"
  /usr/bin/time -f "%M" -o "$work/rss" "$bin/nango-desk-cli" --server "$sim_url" --db "$cache" \
    --profile "pad$pad" sync --integration hubspot --connection acme-corp --model HubspotContact \
    --page-size 10000 >"$work/sync.out" 2>&1 && code=0 || code=$?
  printf 'page padded by %5d MB: exit %d, peak RSS %6d MB%s\n' "$pad" "$code" "$(($(tail -1 "$work/rss") / 1024))" \
    "$(grep -o 'sent an answer larger[^:]*' "$work/sync.out" | head -1 | sed 's/^/: /')"
done
