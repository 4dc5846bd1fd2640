# Shared helpers for bench/run, bench/cache/ab.sh and bench/faults/run (sourced, not run).
# Everything binds and loads 127.0.0.1 only; every process started here is stopped by its pid.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

load_now() { cut -d' ' -f1 /proc/loadavg; }

# start_app NAME JAR PORT CONTENT DB_DIR [ENV=VALUE ...] — starts the site, sets APP_PID_<NAME>; log in $WORK/NAME.log
start_app() {
  local name=$1 jar=$2 port=$3 content=$4 db=$5; shift 5
  (cd "$WORK" && exec env ANP_PORT="$port" ANP_CONTENT_DIR="$content" ANP_DB_URL="jdbc:h2:file:$db/anp" \
      "$@" java ${JAVA_OPTS:--Xmx512m} -jar "$jar" serve >>"$WORK/$name.log" 2>&1) &
  eval "APP_PID_$name=$!"
  PIDS+=("$!")
}

# wait_ready PORT [SECONDS] — polls /healthz until it answers 200; prints the seconds it took
wait_ready() {
  local port=$1 limit=${2:-300} start; start=$(date +%s.%N)
  for _ in $(seq 1 $((limit * 4))); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && { awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}'; return 0; }
    sleep 0.25
  done
  echo "the site on port $port was not ready within ${limit}s" >&2; return 1
}

# jit_seconds PID — the seconds the JVM's JIT compilers have spent so far (jstat), or 0 without jstat
jit_seconds() { jstat -compiler "$1" 2>/dev/null | awk 'NR == 2 {print $4; found = 1} END {if (!found) print 0}'; }

stop_pid() { local pid=$1; kill "$pid" 2>/dev/null && { for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done; kill -9 "$pid" 2>/dev/null; } ; return 0; }

first_post() { curl -fs "http://127.0.0.1:$1/" | grep -o 'href="/posts/[a-z0-9-]*"' | head -n1 | sed 's|href="/posts/||; s|"||'; }

# wrk_run URL CONNECTIONS SECONDS [WRK_ARGS...] — prints "req/s p50_ms p99_ms non2xx" (wrk -t2 --latency)
wrk_run() {
  local out; out=$(wrk -t2 -c"$2" -d"$3s" --timeout 10s --latency "${@:4}" "$1")
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ {rps = $2} $1 == "50%" {p50 = ms($2)} $1 == "99%" {p99 = ms($2)}
    /Non-2xx/ {bad = $NF}
    END {printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad == "" ? 0 : bad)}' <<<"$out"
}

median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# rss_mib PID — resident set of a process in MiB
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status" 2>/dev/null; }
hwm_mib() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status" 2>/dev/null; }

# cpu_ticks PID — user+system CPU of a process (and its threads) so far, in clock ticks
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null; }

# wrk_cpu URL CONNECTIONS SECONDS PID — like wrk_run, plus the server's CPU microseconds per request
# (CPU time a request costs survives a loaded machine better than requests per second do)
wrk_cpu() {
  local before after line hz; hz=$(getconf CLK_TCK)
  before=$(cpu_ticks "$4"); line=$(wrk_run "$1" "$2" "$3"); after=$(cpu_ticks "$4")
  read -r rps _ <<<"$line"
  echo "$line $(awk -v b="$before" -v a="$after" -v r="$rps" -v s="$3" -v hz="$hz" 'BEGIN {n = r * s; printf "%.0f", (n > 0 ? (a - b) / hz * 1e6 / n : 0)}')"
}
