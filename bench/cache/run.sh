#!/usr/bin/env bash
# Cached post page vs the same page as a static file served by nginx, measured in one run.
# Usage: bash bench/cache/run.sh [posts] [seconds] [connections]    (needs wrk and nginx: apt-get install -y wrk nginx)
# Both servers get the same wrk settings (-t2, -c[connections], default 32) and the same HTML bytes.
# Sends traffic to 127.0.0.1 only. Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
posts=${1:-2000}
seconds=${2:-10}
connections=${3:-32}
threads=2
work=$(mktemp -d /tmp/anp-bench-cache.XXXXXX)
app_port=18080
nginx_port=18081
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is missing (apt-get install -y nginx)" >&2; exit 1; }
[ -f target/alphanode.jar ] || mvn -q -B -ntp package -DskipTests

java -jar target/alphanode.jar generate --count "$posts" --out "$work/content" --seed 1 >/dev/null
(cd "$work" && ANP_PORT=$app_port ANP_CONTENT_DIR="$work/content" ANP_DB_URL="jdbc:h2:file:$work/data/anp" \
  exec java -Xmx512m -jar "$OLDPWD/target/alphanode.jar" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$app_port/healthz" >/dev/null && break; sleep 0.5; done
slug=$(curl -fs "http://127.0.0.1:$app_port/" | grep -o 'href="/posts/[a-z0-9-]*"' | head -n1 | sed 's|href="/posts/||; s|"||')
url="http://127.0.0.1:$app_port/posts/$slug"

cold_ms=$(curl -s -o /dev/null -w '%{time_total}' "$url" | awk '{printf "%.2f", $1 * 1000}')
warm_ms=$(curl -s -o /dev/null -w '%{time_total}' "$url" | awk '{printf "%.2f", $1 * 1000}')
[ "$(curl -s -D - -o /dev/null "$url" | grep -i '^x-cache' | tr -d '\r' | awk '{print $2}')" = HIT ] \
  || { echo "the post page is not served from the cache" >&2; exit 1; }

mkdir -p "$work/www/posts"
curl -fs "$url" > "$work/www/posts/$slug.html"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location /posts/ { try_files \$uri.html =404; }
  }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.5

measure() {
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$1" > "$work/wrk.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  echo "$rps $p99"
}
wrk -t"$threads" -c"$connections" -d20s "$url" >/dev/null  # JIT warm-up: throughput climbs for ~15 s
read -r app_rps app_p99 < <(measure "$url")
read -r nginx_rps nginx_p99 < <(measure "http://127.0.0.1:$nginx_port/posts/$slug")
ratio=$(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN {printf "%.2f", a / n}')

echo "| what | req/s | p99 |"
echo "|---|---|---|"
echo "| alphanode, cached post page (X-Cache: HIT) | $app_rps | $app_p99 |"
echo "| nginx 1 worker, same HTML as a static file | $nginx_rps | $nginx_p99 |"
echo
echo "ratio alphanode / nginx: $ratio"
echo "single request after start (cold, fragments rendered): ${cold_ms} ms; next one (warm, HIT): ${warm_ms} ms"
echo "($posts posts, wrk -t$threads -c$connections -d${seconds}s, page $(wc -c < "$work/www/posts/$slug.html") bytes, $(nproc) cores, $(java -version 2>&1 | head -n1))"
