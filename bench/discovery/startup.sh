#!/usr/bin/env bash
# Start-up of one jar on one content folder, fresh database: prints the import, similar, search and
# ready log lines, then stops the server. For A/B runs of two builds on the same files.
# Usage: bench/discovery/startup.sh JAR CONTENT_DIR [PORT=18400] [HEAP=512m]
# Extra JVM options (a JFR recording, say) go in JOPTS. Traffic: one health poll on 127.0.0.1.
set -euo pipefail
jar=$(realpath "$1"); content=$(realpath "$2"); port=${3:-18400}; heap=${4:-512m}
work=$(mktemp -d /tmp/anp-startup.XXXXXX)
cd "$work"
start=$(date +%s.%N)
env -u ANP_REDIS_URL ANP_PORT="$port" ANP_CACHE=off ANP_CONTENT_DIR="$content" \
    ANP_DB_URL="jdbc:h2:file:$work/db/anp" ANP_REQUEST_LOG=WARN \
    java "-Xmx$heap" ${JOPTS:-} -jar "$jar" >"$work/log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
until grep -q "ready on" "$work/log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/log" >&2; echo "startup.sh: the server exited" >&2; exit 1; }
    sleep 0.2
done
grep -E "imported|similar:|search:|ready on" "$work/log" | sed 's/.* - //'
printf 'wall to ready: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
