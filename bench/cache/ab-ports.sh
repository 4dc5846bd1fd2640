#!/usr/bin/env bash
# bench/cache/ab-ports.sh PATH SECONDS CONNECTIONS ROUNDS PORT... — servers already running on 127.0.0.1: req/s, p50 ms
# and the server CPU microseconds per request of each port (its listening process), rounds interleaved (wrk -t2)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
path=$1; secs=$2; conns=$3; rounds=$4; shift 4
for r in $(seq 1 "$rounds"); do
  for port in "$@"; do
    pid=$(ss -ltnp | grep ":$port " | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2)
    read -r rps p50 _ _ cpu < <(wrk_cpu "http://127.0.0.1:$port$path" "$conns" "$secs" "$pid")
    echo "r$r port $port rps $rps p50_ms $p50 cpu_us $cpu load $(load_now)"
  done
done
