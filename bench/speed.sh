#!/usr/bin/env bash
# Speed benchmarks (docs/PERFORMANCE.md): jar start to ready, first chart painted and every chart painted
# (headless Chromium, cold cache, median of 5; goals 1.0 s and 2.0 s), JS+CSS gzip vs a bare Vaadin 25.2.3 + apexcharts app built in this run, 3x PNG export
# (ApexCharts' toPng(3), and the app's whole export as bench/png-export-3x.sh times it; medians of 5), and
# /api/dataset throughput vs nginx serving the same bytes (wrk, loopback).
# Ports: app 8093, nginx 8090 (BENCH_PORT, BENCH_NGINX_PORT change them). Bounded: about 6-8 minutes (most of it building the bare app).
# Usage: bench/speed.sh
source "$(dirname "$0")/common.sh"
PORT=${BENCH_PORT:-8093}; NGINX_PORT=${BENCH_NGINX_PORT:-8090}; RUNS=5
OUT="$RESULTS/speed.txt"; WORK=$(mktemp -d /tmp/ccfacts-speed.XXXXXX)
ensure_jar
for tool in nginx wrk; do
  command -v $tool >/dev/null || [ -x /usr/sbin/$tool ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk; }
done
CP=$(probe_classpath)
probe() { java -cp "$CP" "$ROOT/bench/SpeedProbe.java" "$@"; }
APP_PID=""; NGINX_PID=""
cleanup() { stop_pid "$APP_PID"; [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

start_timed() {   # sets START_MS: ms from the start command to readiness; leaves the app running
  start_app $PORT "$WORK/app.log" "$@"; START_MS=$(( ($(date +%s%N) - APP_T0) / 1000000 ))
}
exec > >(tee "$OUT") 2>&1
echo "# bench/speed.sh — $(date -u +%F' '%H:%MZ), $(machine)"
echo "## jar start to ready (start command until /actuator/health/readiness answers UP), 3 starts each, alternated; load $(uptime | sed 's/.*load average: //')"
# production start: bin/start (class-data sharing); its once-per-jar preparation is timed on its own
t0=$(date +%s%N); rm -rf "${TMPDIR:-/tmp}/ccfacts-bench-$PORT.jar.cds"; prepare_app $PORT
echo "bin/start preparation (extract + CDS training run, once per jar and JDK): $(( ($(date +%s%N) - t0) / 1000000 )) ms"
STARTS=(); PLAIN=()
for i in 1 2 3; do
  PLAIN_JAVA=1 start_timed; PLAIN+=($START_MS); stop_pid $APP_PID; APP_PID=""
  start_timed; STARTS+=($START_MS); [ $i -lt 3 ] && { stop_pid $APP_PID; APP_PID=""; }
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
echo "plain java -jar, for comparison: start-to-ready-ms ${PLAIN[*]} (median $(median "${PLAIN[@]}"))"
echo "start-to-ready-ms ${STARTS[*]} (median $(median "${STARTS[@]}"), bin/start); Spring says: $(grep -o 'Started Application in [0-9.]* seconds' "$WORK/app.log")"
echo "## the dashboard, production jar"
probe "http://127.0.0.1:$PORT/" $RUNS png
echo "## the app's whole 3x PNG export (bench/PngExportProbe.java, as bench/png-export-3x.sh)"
java -cp "$CP" "$ROOT/bench/PngExportProbe.java" "http://127.0.0.1:$PORT" "$ROOT/target/bench"

API_ROUNDS=5
echo "## /api/dataset throughput vs nginx serving the same bytes (wrk -t2 -c32, loopback): $API_ROUNDS rounds of 8 s app then 8 s nginx, the ratio of each round and their median; load $(uptime | sed 's/.*load average: //')"
# nginx's workers do not run as root: the file they serve must be readable by others (mktemp -d is 0700;
# until 2026-11-28 08:08 that made every nginx answer a 404 of 153 bytes, and the ratios were wrong)
WWW="$WORK/www"; mkdir -p "$WWW"; chmod 711 "$WORK"; chmod 755 "$WWW"
CT=$(curl -s -o "$WWW/dataset.json" -w '%{content_type}' "http://127.0.0.1:$PORT/api/dataset" || true)
[ -f "$WWW/dataset.json" ] && chmod 644 "$WWW/dataset.json"
if [[ "$CT" == *json* ]]; then
  cat > "$WORK/nginx.conf" <<NGINX
daemon off; worker_processes 2; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$NGINX_PORT; root $WWW;
  location = /api/dataset { default_type application/json; try_files /dataset.json =404; } } }
NGINX
  /usr/sbin/nginx -c "$WORK/nginx.conf" & NGINX_PID=$!
  for _ in $(seq 20); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.25; done
  # both must answer 200 with the same bytes, or the comparison means nothing
  for port in $PORT $NGINX_PORT; do
    curl -sf "http://127.0.0.1:$port/api/dataset" | cmp -s - "$WWW/dataset.json" \
      || { echo "api-dataset: not measured — port $port did not answer 200 with the app's $(stat -c %s "$WWW/dataset.json") bytes; nginx's error log ends:"; tail -3 "$WORK/nginx-error.log" 2>/dev/null; exit 1; }
  done
  # Alternated rounds: this shared machine's speed drifts within minutes, so each ratio compares two
  # neighbouring runs. A run with any non-2xx answer or socket error is refused, not counted.
  rps() {
    local out; out=$(wrk -t2 -c32 -d"$1" "http://127.0.0.1:$2/api/dataset") || { echo "api-dataset: not measured — wrk on port $2 failed: $out" >&2; return 1; }
    if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then echo "api-dataset: not measured — wrk on port $2 saw errors:" >&2; echo "$out" >&2; return 1; fi
    local rate; rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    [[ "$rate" =~ ^[0-9.]+$ ]] || { echo "api-dataset: not measured — no rate in wrk's output: $out" >&2; return 1; }
    echo "$rate"
  }
  rps 3s $PORT >/dev/null && rps 3s $NGINX_PORT >/dev/null || exit 1   # warm-up
  RATIOS=()
  for round in $(seq $API_ROUNDS); do
    APP_RPS=$(rps 8s $PORT) && NGINX_RPS=$(rps 8s $NGINX_PORT) || exit 1
    RATIOS+=("$(awk "BEGIN {printf \"%.2f\", $APP_RPS/$NGINX_RPS}")")
    echo "api-dataset round $round: app $APP_RPS req/s, nginx $NGINX_RPS req/s, ratio ${RATIOS[-1]}"
  done
  echo "api-dataset bytes $(stat -c %s "$WWW/dataset.json"), all answers 200: ratio median $(printf '%s\n' "${RATIOS[@]}" | sort -n | sed -n "$(( (API_ROUNDS + 1) / 2 ))p") of [${RATIOS[*]}] (goal >= 0.5)"
else
  echo "api-dataset: not measured — /api/dataset is not served by this build (answered '$CT'); re-run after the API lands"
fi
stop_pid $APP_PID; APP_PID=""

echo "## bare Vaadin 25.2.3 + apexcharts 4.7.0 app, generated and built now in $WORK/bare"
"$ROOT/bin/install-node" >/dev/null   # Vaadin 25 builds a front end with Node 24+ (the bare app has no committed bundle)
"$ROOT/bench/bare-app.sh" "$WORK/bare" > "$WORK/bare-build.log" 2>&1 || { echo "bare app build failed:"; tail -20 "$WORK/bare-build.log"; exit 1; }
JAR_SAVED="$JAR"; JAR="$WORK/bare/target/bare-0.0.1.jar"
PLAIN_JAVA=1 READY_PATH=/ start_app $PORT "$WORK/bare.log"
probe "http://127.0.0.1:$PORT/" $RUNS
JAR="$JAR_SAVED"
APP=$(awk '/## the dashboard/{f=1} f && /js-css-gzip-bytes/ {print $2; exit}' "$OUT")
BARE=$(awk '/## bare Vaadin/{f=1} f && /js-css-gzip-bytes/ {print $2; exit}' "$OUT")
[ -n "$APP" ] && [ -n "$BARE" ] && echo "js-css-gzip ratio app/bare: $(awk "BEGIN {printf \"%.2f\", $APP/$BARE}") (goal <= 1.2)"
EVERY=$(awk '/## the dashboard/{f=1} f && /every-chart-ms/ {print $3; exit}' "$OUT")
[ -n "$EVERY" ] && echo "every chart painted: $EVERY ms, goal <= 2000: $([ "$EVERY" -le 2000 ] && echo met || echo NOT MET)"
