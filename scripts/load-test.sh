#!/usr/bin/env bash
# Loads `vigil serve` with wrk (Debian's wrk; scripts/install-test-tools.sh installs it): 200
# concurrent readers on loopback for 30 s each against the incident list the map page loads, as
# a browser asks for it (taking gzip) and uncompressed, then one page of 100. Prints wrk's
# latency distribution and requests per second.
# Usage: scripts/load-test.sh [STORE] (default data/demo, which `vigil demo` fills)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
store=${1:-$root/data/demo}
port=${VIGIL_LOAD_PORT:-8097}
command -v wrk >/dev/null || { echo "wrk is missing: run scripts/install-test-tools.sh" >&2; exit 1; }

"$root/vigil" serve --db "$store" --port "$port" >&2 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/api/counts" && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/api/counts"; echo
load() {
  echo "== GET $1 ${2:+($2)}, 200 connections, 30 s"
  wrk -t2 -c200 -d30s --latency ${2:+-H "$2"} "http://127.0.0.1:$port$1"
}
load /api/incidents "Accept-Encoding: gzip, deflate, br"
load /api/incidents
load "/api/incidents?limit=100"
