#!/usr/bin/env bash
# Scale-out on loopback: two instances (8083 = a, 8093 = b) behind nginx (8090) with sticky sessions, a browser
# smoke test through nginx, then the instance serving that browser is stopped and we record what its user sees;
# a fresh session must work on the survivor. Bounded: about 2 minutes. Usage: bench/scaleout.sh
source "$(dirname "$0")/common.sh"
OUT="$RESULTS/scaleout.txt"; WORK=$(mktemp -d /tmp/ccfacts-scale.XXXXXX)
ensure_jar
command -v wrk >/dev/null && [ -x /usr/sbin/nginx ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; }
CP=$(probe_classpath)
A_PID=""; B_PID=""; NGINX_PID=""; PROBE_PID=""
cleanup() { exec 3>&- 2>/dev/null || true; stop_pid "$PROBE_PID"; stop_pid "$A_PID"; stop_pid "$B_PID";
            [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
exec > >(tee "$OUT") 2>&1
echo "# bench/scaleout.sh — $(date -u +%F' '%H:%MZ), $(machine)"
# both instances read one copy of data/ (as replicas read one mounted folder) and share one history folder
cp -r "$ROOT/data" "$WORK/data"
SHARED=(--ccfacts.data.folder="$WORK/data" --ccfacts.history.folder="$WORK/history")
start_app 8083 "$WORK/a.log" --ccfacts.instance-route=a "${SHARED[@]}"; A_PID=$APP_PID
start_app 8093 "$WORK/b.log" --ccfacts.instance-route=b "${SHARED[@]}"; B_PID=$APP_PID
echo "instances: a on 8083 (dataset $(curl -s 127.0.0.1:8083/actuator/info | grep -o '"dataset":{[^}]*}')), b on 8093 (dataset $(curl -s 127.0.0.1:8093/actuator/info | grep -o '"dataset":{[^}]*}'))"
sed "s|@WORK@|$WORK|g" "$ROOT/bench/nginx-sticky.conf" > "$WORK/nginx.conf"
/usr/sbin/nginx -c "$WORK/nginx.conf" & NGINX_PID=$!
for _ in $(seq 20); do curl -sf -o /dev/null http://127.0.0.1:8090/actuator/health && break; sleep 0.25; done
echo "nginx on 8090: sticky on the jvmRoute suffix of JSESSIONID, new sessions round-robin"

mkfifo "$WORK/cmd"; mkfifo "$WORK/out"
java -cp "$CP" "$ROOT/bench/ScaleOutProbe.java" http://127.0.0.1:8090/ <"$WORK/cmd" >"$WORK/out" 2>"$WORK/probe.err" &
PROBE_PID=$!
exec 3>"$WORK/cmd"; exec 4<"$WORK/out"
next_line() { read -r -t 120 line <&4 || { echo "browser probe failed:"; cat "$WORK/probe.err"; exit 1; }; echo "browser: $line"; }
next_line
SERVING=$(echo "$line" | grep -o 'instance [ab]' | cut -d' ' -f2)
# new figures while the page is open: a revised headline figure (its value and the sentence that states it)
BEFORE=$(curl -s 127.0.0.1:8090/api/dataset/status | grep -o '"version":"[^"]*"')
sed -i 's/106\.3/106.9/g' "$WORK/data/observations.yaml"
echo newfigures >&3; next_line
echo "$line" | grep -q "offered" || { echo "RESULT: FAILED (no new-figures notice)"; cat "$WORK/probe.err"; exit 1; }
echo "versions after the edit: a $(curl -s 127.0.0.1:8083/api/dataset/status | grep -o '"version":"[^"]*"'), b $(curl -s 127.0.0.1:8093/api/dataset/status | grep -o '"version":"[^"]*"') (before: $BEFORE)"
[ "$SERVING" = a ] && { stop_pid "$A_PID"; A_PID=""; SURVIVOR=b; } || { stop_pid "$B_PID"; B_PID=""; SURVIVOR=a; }
echo "stopped instance $SERVING (the one holding this browser's session); survivor: $SURVIVOR"
echo roundtrip >&3; next_line
echo fresh >&3; next_line
echo "$line" | grep -q "instance $SURVIVOR" && echo "RESULT: a fresh session works on the survivor" || { echo "RESULT: FAILED"; cat "$WORK/probe.err"; exit 1; }
