#!/usr/bin/env bash
# The app's whole 3x PNG export (bench/PngExportProbe.java: click to file, and composition + rasterising +
# encoding in the page; medians of 5) in headless Chromium, against the production jar on 127.0.0.1:8093
# (BENCH_PORT changes it). Writes bench/results/png-export-3x.txt and keeps the PNG in target/bench/.
# bench/speed.sh runs the same probe among its figures. Bounded: about 1 minute once the jar is built.
# Usage: bench/png-export-3x.sh
source "$(dirname "$0")/common.sh"
PORT=${BENCH_PORT:-8093}; OUT="$RESULTS/png-export-3x.txt"; WORK=$(mktemp -d /tmp/ccfacts-png.XXXXXX)
ensure_jar
CP=$(probe_classpath)
APP_PID=""
trap 'stop_pid "$APP_PID"; rm -rf "$WORK"' EXIT
start_app $PORT "$WORK/app.log"
{
echo "# bench/png-export-3x.sh — $(date -u +%F' '%H:%MZ), $(machine)"
java -cp "$CP" "$ROOT/bench/PngExportProbe.java" "http://127.0.0.1:$PORT" "$ROOT/target/bench"
} 2>&1 | tee "$OUT"
