#!/usr/bin/env bash
# Load and memory: N concurrent real Vaadin sessions (bench/LoadClient.java) against the production jar on
# 127.0.0.1:8083, then retained heap per session (full-GC class histograms before/after) and the heap
# after every session expired (session timeout 1 min for this run). Bounded: ~1,000 sessions, at most ~8 min.
# Usage: bench/load.sh [SESSIONS=1000] [IN_FLIGHT=32]
source "$(dirname "$0")/common.sh"
SESSIONS=${1:-1000}; IN_FLIGHT=${2:-32}; PORT=8083
OUT="$RESULTS/load.txt"; LOG="$RESULTS/load-app.log"
ensure_jar
JAVA_OPTS="-Xmx1g" start_app $PORT "$LOG" --server.servlet.session.timeout=1m
trap 'stop_pid $APP_PID' EXIT

heap_bytes() { jcmd "$APP_PID" GC.class_histogram | awk '/^Total/ {print $3}'; }   # forces a full GC
vaadin_sessions() { jcmd "$APP_PID" GC.class_histogram | awk '$4 ~ /VaadinSession$/ {n+=$2} END {print n+0}' ; }
wait_for_no_sessions() {   # Tomcat expires idle sessions in its background sweep (every ~60 s)
  for _ in $(seq 40); do n=$(vaadin_sessions); echo "    sessions alive: $n"; [ "$n" = 0 ] && return 0; sleep 10; done
  echo "sessions still alive after 400 s: $(vaadin_sessions)"; return 1
}

{
echo "# bench/load.sh — $(date -u +%F' '%H:%MZ), $(machine)"
echo "## warm-up: 50 sessions (JIT), then wait until they expire"
java "$ROOT/bench/LoadClient.java" "http://127.0.0.1:$PORT" 50 8 0 | sed 's/^/    /'
wait_for_no_sessions
BASE=$(heap_bytes); echo "baseline heap after full GC, no session: $BASE bytes"
echo "## load: $SESSIONS sessions, at most $IN_FLIGHT requests in flight"
set +e; java "$ROOT/bench/LoadClient.java" "http://127.0.0.1:$PORT" "$SESSIONS" "$IN_FLIGHT" 0 | sed 's/^/    /'; set -e
OPEN=$(vaadin_sessions); AFTER=$(heap_bytes)
echo "VaadinSession objects alive: $OPEN; heap after full GC: $AFTER bytes"
echo "retained heap per open dashboard session: $(( (AFTER - BASE) / (OPEN > 0 ? OPEN : 1) / 1024 )) KiB (goal <= 150 KB)"
jcmd "$APP_PID" GC.heap_info | sed 's/^/    /'
echo "## expiry: waiting for every session to time out (1 min + Tomcat sweep)"
wait_for_no_sessions
END=$(heap_bytes)
echo "heap after expiry: $END bytes = baseline $( [ $END -ge $BASE ] && echo + || echo - )$(( (END > BASE ? END - BASE : BASE - END) / 1024 )) KiB"
} 2>&1 | tee "$OUT"
