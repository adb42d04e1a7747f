#!/usr/bin/env bash
# Benchmark (not in ctest): N small GETs of /v1/whoami on one keep-alive connection (curl reuses
# it), against a fresh small keel-platform. Prints the total and the time per request. Without
# TCP_NODELAY each answer waits for Nagle's algorithm to meet the client's delayed ACK (~40 ms).
# Usage: tests/bench/keepalive_latency.sh BUILD_DIR/bin/keel-platform [N=200]
set -euo pipefail
BIN="$1"
N="${2:-200}"
DIR="$(mktemp -d)"
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DIR"' EXIT
"$BIN" --listen 127.0.0.1:0 --data "$DIR" --demo-tokens --days 1 --requests-per-day 100 \
  --now 2026-03-18T10:30:00Z >"$DIR/url" 2>/dev/null &
PID=$!
for _ in $(seq 100); do [[ -s "$DIR/url" ]] && break; sleep 0.1; done
URL="$(head -n1 "$DIR/url")"
TOKEN="$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['council'])" "$DIR/demo-tokens.json")"
urls=()
for _ in $(seq "$N"); do urls+=("$URL/v1/whoami"); done
start=$(date +%s%N)
curl -sf -H "Authorization: Bearer $TOKEN" "${urls[@]}" >/dev/null
end=$(date +%s%N)
python3 -c "import sys; n,ns=int(sys.argv[1]),int(sys.argv[2]); print(f'{n} requests on one connection: {ns/1e6:.0f} ms, {ns/1e6/n:.2f} ms each')" "$N" "$((end - start))"
