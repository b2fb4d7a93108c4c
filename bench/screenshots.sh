#!/usr/bin/env bash
# Screenshots for looking at by eye (bench/Screenshots.java): the dashboard and the About page, English and
# Arabic, light and dark, at 1280x800, 1920x1080 and 390x844 — 12 views, each as the window (NAME.png) and as
# the full page (NAME-full.png) — of the production jar on 127.0.0.1:8093 (BENCH_PORT changes it). The jar is
# built when missing; after a change, `./mvnw -DskipTests package` first. Bounded: about 1 minute.
# Usage: bench/screenshots.sh [OUT_DIR=target/screenshots]
source "$(dirname "$0")/common.sh"
PORT=${BENCH_PORT:-8093}; OUT_DIR=$(realpath -m "${1:-$ROOT/target/screenshots}"); WORK=$(mktemp -d /tmp/ccfacts-shots.XXXXXX)
ensure_jar
CP=$(probe_classpath)
APP_PID=""
trap 'stop_pid "$APP_PID"; rm -rf "$WORK"' EXIT
start_app $PORT "$WORK/app.log"
java -cp "$CP" "$ROOT/bench/Screenshots.java" "http://127.0.0.1:$PORT" "$OUT_DIR"
echo "12 views, 24 files in $OUT_DIR"
