#!/usr/bin/env bash
# Request log under a stalled reader: bash bench/faults/log-stall.sh [JAR]
# The site's standard output is a pipe that nobody reads while wrk -t2 -c16 -d8s loads one post page,
# then it is read; prints the requests answered and the request lines logged (equal when no line is lost).
set -uo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/common.sh
jar=$(realpath "${1:-target/alphanode.jar}"); port=$(free_port)
d=$(mktemp -d /tmp/anp-log-stall.XXXXXX); trap 'rm -rf "$d"' EXIT
java -jar "$jar" generate --count 5 --out "$d/c" >/dev/null
mkfifo "$d/fifo"; sleep 1000 <>"$d/fifo" & holder=$!
ANP_PORT=$port ANP_CONTENT_DIR=$d/c ANP_DB_URL=jdbc:h2:file:$d/db/s java -Xmx256m -jar "$jar" serve >"$d/fifo" 2>&1 &
app=$!
cat "$d/fifo" >"$d/start.log" & startreader=$!
wait_ready "$port" 300 >/dev/null
slug=$(first_post "$port"); curl -s -o /dev/null "http://127.0.0.1:$port/posts/$slug"; sleep 1
kill "$startreader"; wait "$startreader" 2>/dev/null
answered=$(wrk -t2 -c16 -d8s "http://127.0.0.1:$port/posts/$slug" | awk '/requests in/ {print $1}')
cat "$d/fifo" >"$d/out.log" & reader=$!
sleep 3; kill "$app"; wait "$app" 2>/dev/null; sleep 1; kill "$holder" "$reader" 2>/dev/null
echo "answered while the reader stalled: $answered (+1 before); request lines for the post page: $(cat "$d/start.log" "$d/out.log" | grep -c 'posts/{slug} 200')"
