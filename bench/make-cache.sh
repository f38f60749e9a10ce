#!/usr/bin/env bash
# One cache of N records of one model (hubspot/bench-co/HubspotContact, ~500-byte payloads): a first
# pull from nango-sim by nango-desk-cli, the way a user's first sync fills it.
#   bench/make-cache.sh BUILD_BIN_DIR RECORDS CACHE_FILE
set -euo pipefail
bin=${1:?usage: make-cache.sh BUILD_BIN_DIR RECORDS CACHE_FILE}
records=${2:?}
db=${3:?}
work=$(mktemp -d)
trap 'kill "$sim" 2>/dev/null || true; rm -rf "$work"' EXIT
key=6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
cat >"$work/sim.json" <<JSON
{"integrations":[{"unique_key":"bench","provider":"hubspot","syncs":[{"name":"contacts","models":["HubspotContact"]}]}],
 "connections":[{"connection_id":"bench-co","provider_config_key":"bench"}]}
JSON
"$bin/nango-sim" --config "$work/sim.json" --records "$records" --record-bytes 500 --secret-key $key \
  --rate-limit 0 --time-scale 0 --quiet >"$work/sim.out" &
sim=$!
for _ in $(seq 600); do grep -q listening "$work/sim.out" && break; sleep 0.5; done
url=$(awk '{print $NF}' "$work/sim.out")
NANGO_SECRET_KEY=$key "$bin/nango-desk-cli" --server "$url" --db "$db" sync >/dev/null 2>&1
