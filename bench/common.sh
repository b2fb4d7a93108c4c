# Shared by the bench/ scripts: build the production jar when missing, start/stop an instance on loopback.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/bin/find-jdk"   # a JDK 21+ for the app, the probes and jcmd
[ -z "${JAVA_HOME:-}" ] || PATH="$JAVA_HOME/bin:$PATH"
JAR="$ROOT/target/cc-facts-0.1.0-SNAPSHOT.jar"
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"

ensure_jar() {
  if [ ! -f "$JAR" ]; then (cd "$ROOT" && ./mvnw -B -q -DskipTests package); fi
}

# probe_classpath -> the classpath of the browser probes (java -cp "$(probe_classpath)" bench/XxxProbe.java): the
# test dependencies (Playwright) and the test classes, for org.ccfacts.browser.HeadlessChromium — the probes find
# their browser the way the browser tests do (README, "needs"). Built when missing or older than what it is made of.
probe_classpath() {
  local cp_file="$ROOT/target/bench-classpath.txt" lookup="$ROOT/target/test-classes/org/ccfacts/browser/HeadlessChromium.class"
  if [ ! -f "$cp_file" ] || [ "$ROOT/pom.xml" -nt "$cp_file" ]; then
    (cd "$ROOT" && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file") >&2
  fi
  if [ ! -f "$lookup" ] || [ -n "$(find "$ROOT/src/test/java/org/ccfacts/browser" -name '*.java' -newer "$lookup")" ]; then
    (cd "$ROOT" && ./mvnw -B -q -DskipTests test-compile) >&2
  fi
  echo "$ROOT/target/test-classes:$(cat "$cp_file")"
}

# the copy of the jar an instance on PORT runs: a rebuild of target/ during a long run must not pull classes
# from under the running app. cp -p keeps the jar's time, so bin/start's preparation (<copy>.cds/) is reused
# until the jar changes.
app_copy() { local copy="${TMPDIR:-/tmp}/ccfacts-bench-$1.jar"; cp -p "$JAR" "$copy"; echo "$copy"; }

# prepare_app PORT [app args...]: bin/start's once-per-jar preparation (extract + CDS training run)
prepare_app() { local port=$1; shift; CCFACTS_JAR="$(app_copy "$port")" "$ROOT/bin/start" --prepare "$@"; }

# start_app PORT LOGFILE [extra args...]  -> sets APP_PID and APP_T0 (launch, ns); waits (at most 90 s) until ready (polled every 0.1 s).
# Starts the way production does, with bin/start (docs/DEPLOYMENT.md); PLAIN_JAVA=1: plain `java -jar`.
start_app() {
  local port=$1 log=$2; shift 2
  local copy; copy="$(app_copy "$port")"
  APP_T0=$(date +%s%N)   # launch time, after the copy
  if [ -n "${PLAIN_JAVA:-}" ]; then
    java ${JAVA_OPTS:-} -jar "$copy" --server.port="$port" --server.address=127.0.0.1 "$@" >"$log" 2>&1 &
  else
    CCFACTS_JAR="$copy" "$ROOT/bin/start" --server.port="$port" --server.address=127.0.0.1 "$@" >"$log" 2>&1 &
  fi
  APP_PID=$!
  for _ in $(seq 900); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port${READY_PATH:-/actuator/health/readiness}"; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "app on $port died, see $log" >&2; return 1; fi
    sleep 0.1
  done
  echo "app on $port not ready after 90 s" >&2; return 1
}

stop_pid() { if [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; then kill "$1"; wait "$1" 2>/dev/null || true; fi; }

machine() { echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(java -version 2>&1 | head -1)"; }
