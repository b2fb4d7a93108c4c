#!/usr/bin/env bash
# Push or poll for the new-figures notice (issue 17, docs/PERFORMANCE.md): retained heap per open dashboard session
# with real pages (headless Chromium, bench/PushVsPollProbe.java), the production jar started twice on 127.0.0.1:
#   poll  as shipped: <cc-new-figures> fetches /api/dataset/status every 3 s, push off
#   push  the same jar with --vaadin.pushMode=automatic (Vaadin Spring passes vaadin.* properties to Flow as init
#         parameters; no @Push needed): Flow's default transport, WebSocket (server to client) + XHR (client to server).
#         The pages' status fetches are answered in the browser and never sent (push would carry the notice), so
#         push is charged for its WebSocket, not for a poll it would replace.
# Each: warm-up, then ROUNDS rounds of PAGES pages opened, every chart drawn (full-GC class histogram), HOLD s open
# (histogram again: the steady state, once the connections the pages opened to load have passed Tomcat's 60 s
# keep-alive timeout), pages closed. Ports 8097 (poll) and 8098 (push). Bounded: about 15 minutes with the defaults
# on 2 cores (opening 40 pages with ten charts each takes 60-90 s).
# Usage: bench/push-vs-poll.sh [PAGES=40] [ROUNDS=3] [HOLD_SECONDS=70]
source "$(dirname "$0")/common.sh"
PAGES=${1:-40}; ROUNDS=${2:-3}; HOLD=${3:-70}
OUT="$RESULTS/push-vs-poll.txt"; WORK=$(mktemp -d /tmp/ccfacts-push.XXXXXX)
ensure_jar
CP=$(probe_classpath)
APP_PID=""
cleanup() { stop_pid "$APP_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
exec > >(tee "$OUT") 2>&1
echo "# bench/push-vs-poll.sh — $(date -u +%F' '%H:%MZ), $(machine); load $(uptime | sed 's/.*load average: //')"

measure() {   # measure NAME PORT [app args...]
  local name=$1 port=$2; shift 2
  echo "## $name: $*"
  # the same heap for both (as bench/load.sh); the 30-minute session timeout keeps every round's sessions alive
  JAVA_OPTS="-Xmx1g" start_app "$port" "$WORK/$name.log" "$@"
  if ! java -cp "$CP" "$ROOT/bench/PushVsPollProbe.java" "http://127.0.0.1:$port/" "$APP_PID" "$PAGES" "$ROUNDS" "$HOLD" "$name" \
      | tee "$WORK/$name.txt" | sed -u 's/^/    /'; then
    echo "probe failed; the app's log ends:"; tail -20 "$WORK/$name.log"; exit 1
  fi
  echo "    the app logged $(grep -c ' ERROR ' "$WORK/$name.log") ERROR and $(grep -c ' WARN ' "$WORK/$name.log") WARN lines"
  stop_pid "$APP_PID"; APP_PID=""
  echo "    load after: $(uptime | sed 's/.*load average: //')"
}
measure poll 8097
measure push 8098 --vaadin.pushMode=automatic

median_of() { sed -n "s/^retained heap per open session, $2: median \([-0-9.]*\) KiB.*/\1/p" "$WORK/$1.txt"; }
echo "## verdict"
for when in "every chart just drawn" steady; do
  POLL=$(median_of poll "$when"); PUSH=$(median_of push "$when")
  echo "retained heap per open session ($when), median of $ROUNDS rounds of $PAGES pages: poll $POLL KiB, push $PUSH KiB, push - poll = $(awk "BEGIN {printf \"%+.1f\", $PUSH - $POLL}") KiB per session"
done
echo "push and WebSocket classes per session in the push run: $(awk -F': ' '/^push and WebSocket classes/ {print $2}' "$WORK/push.txt")"
echo "poll's server cost: one /api/dataset/status request per visible page every 3 s (measured 4,350 req/s on the loaded machine, docs/PERFORMANCE.md): 1,000 pages = 333 req/s"
