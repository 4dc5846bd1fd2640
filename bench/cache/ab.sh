#!/usr/bin/env bash
# Two builds of the site side by side, the cached post page measured in turn (A B A B ...).
# Usage: bash bench/cache/ab.sh JAR_A JAR_B [rounds=5] [seconds=10] [connections=64] [posts=2000]
# Both serve the same generated content (each its own database and embedded Redis), request log on.
# Prints one row per round and the median ratio B/A; the load average is printed with each round.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/common.sh
jar_a=$(realpath "$1"); jar_b=$(realpath "$2"); rounds=${3:-5}; seconds=${4:-10}; conns=${5:-64}; posts=${6:-2000}
WORK=$(mktemp -d /tmp/anp-ab.XXXXXX); PIDS=()
trap 'for p in "${PIDS[@]}"; do stop_pid "$p"; done; rm -rf "$WORK"' EXIT
java -jar "$jar_a" generate --count "$posts" --out "$WORK/content" --seed 1 >/dev/null
port_a=$(free_port); port_b=$(free_port)
start_app a "$jar_a" "$port_a" "$WORK/content" "$WORK/db-a"
start_app b "$jar_b" "$port_b" "$WORK/content" "$WORK/db-b"
wait_ready "$port_a" >/dev/null; wait_ready "$port_b" >/dev/null
slug=$(first_post "$port_a")
for port in "$port_a" "$port_b"; do
  for _ in 1 2 3; do curl -fs -o /dev/null "http://127.0.0.1:$port/posts/$slug"; done
  [ "$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/posts/$slug" | tr -d '\r' | awk 'tolower($1) == "x-cache:" {print $2}')" = HIT ] \
    || { echo "port $port does not serve the post from the cache:" >&2; curl -s -D - -o /dev/null "http://127.0.0.1:$port/posts/$slug" >&2; tail -n 5 "$WORK"/*.log >&2; exit 1; }
  wrk -t2 -c"$conns" -d15s "http://127.0.0.1:$port/posts/$slug" >/dev/null   # JIT warm-up
done
echo "| round | load | A req/s (p50 / p99 ms) | B req/s (p50 / p99 ms) | B/A req/s | A / B server CPU µs per request |"
echo "|---|---|---|---|---|---|"
ratios=(); cpu_ratios=(); served_a=0; served_b=0
for r in $(seq 1 "$rounds"); do
  load=$(load_now)
  if (( r % 2 )); then read -r ra a50 a99 _ acpu < <(wrk_cpu "http://127.0.0.1:$port_a/posts/$slug" "$conns" "$seconds" "$APP_PID_a")
                       read -r rb b50 b99 _ bcpu < <(wrk_cpu "http://127.0.0.1:$port_b/posts/$slug" "$conns" "$seconds" "$APP_PID_b")
  else                 read -r rb b50 b99 _ bcpu < <(wrk_cpu "http://127.0.0.1:$port_b/posts/$slug" "$conns" "$seconds" "$APP_PID_b")
                       read -r ra a50 a99 _ acpu < <(wrk_cpu "http://127.0.0.1:$port_a/posts/$slug" "$conns" "$seconds" "$APP_PID_a"); fi
  served_a=$((served_a + ${ra%.*} * seconds)); served_b=$((served_b + ${rb%.*} * seconds))
  ratio=$(awk -v a="$ra" -v b="$rb" 'BEGIN {printf "%.2f", b / a}'); ratios+=("$ratio")
  cpu_ratios+=("$(awk -v a="$acpu" -v b="$bcpu" 'BEGIN {printf "%.2f", b / a}')")
  echo "| $r | $load | $ra ($a50 / $a99) | $rb ($b50 / $b99) | $ratio | $acpu / $bcpu |"
done
sleep 2
echo
echo "request lines logged for the post page: A $(grep -c "/posts/{slug} 200" "$WORK/a.log"), B $(grep -c "/posts/{slug} 200" "$WORK/b.log") (measured rounds answered about A $served_a, B $served_b, plus the 15 s warm-ups)"
echo "median B/A: req/s $(printf '%s\n' "${ratios[@]}" | median), server CPU per request $(printf '%s\n' "${cpu_ratios[@]}" | median) (A=$1, B=$2; wrk -t2 -c$conns -d${seconds}s; $posts posts; $(nproc) cores; both servers running throughout)"
