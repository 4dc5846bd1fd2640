#!/bin/bash
# bench/cache/ab-ports.sh PATH SECONDS CONNECTIONS ROUNDS PORT... — servers already running on 127.0.0.1: req/s, p50 and
# the server CPU microseconds per request of each port (its listening process), rounds interleaved (wrk -t2)
path=$1; secs=$2; conns=$3; rounds=$4; shift 4
hz=$(getconf CLK_TCK)
for r in $(seq 1 $rounds); do
  for port in "$@"; do
    pid=$(ss -ltnp | grep ":$port " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    b=$(awk '{print $14+$15}' /proc/$pid/stat)
    out=$(wrk -t2 -c$conns -d${secs}s --latency http://127.0.0.1:$port$path)
    a=$(awk '{print $14+$15}' /proc/$pid/stat)
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    cpu=$(awk -v b=$b -v a=$a -v r=$rps -v s=$secs -v hz=$hz 'BEGIN{printf "%.0f", (a-b)/hz*1e6/(r*s)}')
    echo "r$r port $port rps $rps p50 $p50 cpu_us $cpu load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
