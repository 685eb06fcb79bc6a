#!/usr/bin/env bash
# A benchmark, not a test: Streamable HTTP throughput of the built jar against a bare
# com.sun.net.httpserver floor (bench/FloorServer.java) in the same run, with wrk keeping connections
# alive as every MCP SDK does. Each round runs the floor, then the server, at 1 and at 8 connections;
# it prints req/s, p50, p99 and the process's CPU time per request (user + system, from /proc: the
# figure least disturbed by other load on the machine) per round, the medians, the server/floor
# ratios, the server's RSS, and the load average.
#
#   bench/http-throughput.sh [rounds] [seconds]          (defaults: 3 10)
#   JAR=path/to/other.jar JAVA_OPTS="-Xmx64m" bench/http-throughput.sh 1 5
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
SECONDS_PER_RUN="${2:-10}"
JAR="${JAR:-bootstrap/target/purple-mcp.jar}"
# By default the release launcher's own options, so the figures are those of bin/purple-mcp.
read -r -a JVM <<<"${JAVA_OPTS:-$(grep -v '^#' distribution/src/main/dist/lib/jvm.options | tr '\n' ' ')}"
LOGS="$(mktemp -d)"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
[[ -f "$JAR" ]] || { echo "no $JAR: build it with ./mvnw -B -o package -DskipTests -pl bootstrap -am" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
await_health() {
  for _ in $(seq 300); do
    curl -fsS -o /dev/null "http://127.0.0.1:$1/health" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing answers on port $1; see $LOGS" >&2
  exit 1
}

SERVER_PORT="$(free_port)"
# stderr goes to a file: an unread pipe would fill under load and stall the server.
PURPLEMCP_CONSOLE_TOKEN=bench-not-a-token PURPLEMCP_CONSOLE_BASE_URL=https://console.example.test \
  java "${JVM[@]}" -jar "$JAR" --mode streamable-http --port "$SERVER_PORT" 2>"$LOGS/server.log" &
PIDS+=($!)
FLOOR_PORT="$(free_port)"
java "${JVM[@]}" bench/FloorServer.java "$FLOOR_PORT" 2>"$LOGS/floor.log" &
PIDS+=($!)
await_health "$SERVER_PORT"
await_health "$FLOOR_PORT"

MCP="http://127.0.0.1:$SERVER_PORT/mcp"
HEADERS=(-H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream')
SESSION="$(curl -fsS -D - -o /dev/null "${HEADERS[@]}" "$MCP" -d '{"jsonrpc":"2.0","id":0,"method":"initialize",
  "params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}' |
  tr -d '\r' | sed -n 's/^[Mm]cp-[Ss]ession-[Ii]d: //p')"
HEADERS+=(-H "Mcp-Session-Id: $SESSION" -H 'MCP-Protocol-Version: 2025-06-18')
curl -fsS -o /dev/null "${HEADERS[@]}" "$MCP" -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'
# A wrong answer must not pass for a fast one.
curl -fsS "${HEADERS[@]}" "$MCP" -d '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":
  {"name":"iso_to_unix_timestamp","arguments":{"iso_datetime":"2025-01-01T00:00:00Z"}}}' | grep -q '"isError":false' ||
  { echo "tools/call did not succeed; see $LOGS/server.log" >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pid_of() { [[ "$1" == server ]] && echo "${PIDS[0]}" || echo "${PIDS[1]}"; }
run() { # target connections seconds -> "req/s p50 p99 errors cpu_us_per_request"
  local url="http://127.0.0.1:$FLOOR_PORT/mcp" session="" pid before result
  [[ "$1" == server ]] && url="$MCP" session="$SESSION"
  pid="$(pid_of "$1")"
  before="$(cpu_ticks "$pid")"
  result="$(MCP_SESSION="$session" wrk -t "$(( $2 < 2 ? $2 : 2 ))" -c "$2" -d "${3}s" -s bench/http-throughput.lua "$url" |
    sed -n 's/^RESULT //p')"
  python3 -c 'import sys; rps, ticks, hz, secs = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
print(f"{ticks * 1e6 / hz / (rps * secs):.0f}")' "${result%% *}" "$(( $(cpu_ticks "$pid") - before ))" "$(getconf CLK_TCK)" "$3" |
    { read -r cpu; echo "$result $cpu"; }
}
# CPU ticks of a process's JIT compiler threads.
compiler_ticks() {
  cat /proc/"$1"/task/*/stat 2>/dev/null | awk '/CompilerThre/ { sub(/.*\) /, ""); split($0, f, " "); t += f[12] + f[13] } END { print t + 0 }'
}
# Warm-up, uncounted: until neither JIT compiled for more than 2 % of a 5-second run at 8 connections
# (C2 kept compiling the call path for over a minute of load on 2 cores, competing with the requests
# measured), then one run at 1 connection; at most WARMUP_MAX_SECONDS (120).
warm_until=$(( $(date +%s) + ${WARMUP_MAX_SECONDS:-120} ))
while :; do
  quiet=1
  for target in server floor; do
    before="$(compiler_ticks "$(pid_of "$target")")"
    run "$target" 8 5 >/dev/null
    (( $(compiler_ticks "$(pid_of "$target")") - before > 5 * $(getconf CLK_TCK) * 2 / 100 )) && quiet=0
  done
  (( quiet || $(date +%s) >= warm_until )) && break
done
for target in floor server; do run "$target" 1 2 >/dev/null; done
echo "warmed up; JIT compilers quiet: $( (( quiet )) && echo yes || echo "no (WARMUP_MAX_SECONDS reached)")"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-6s %5s %10s %9s %9s %6s %11s\n' round target conns req/s p50_ms p99_ms errors cpu_us/req
for round in $(seq "$ROUNDS"); do
  for conns in 1 8; do
    for target in floor server; do
      read -r rps p50 p99 errors cpu < <(run "$target" "$conns" "$SECONDS_PER_RUN")
      printf '%-6s %-6s %5s %10s %9s %9s %6s %11s\n' "$round" "$target" "$conns" "$rps" "$p50" "$p99" "$errors" "$cpu"
      echo "$target $conns $rps $p99 $cpu" >>"$LOGS/results"
    done
  done
done
echo "medians over $ROUNDS round(s):"
for conns in 1 8; do
  python3 - "$LOGS/results" "$conns" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def median(target, column):
    return statistics.median(float(r[column]) for r in rows if r[0] == target and r[1] == sys.argv[2])
floor_rps, server_rps = median("floor", 2), median("server", 2)
floor_p99, server_p99 = median("floor", 3), median("server", 3)
floor_cpu, server_cpu = median("floor", 4), median("server", 4)
print(f"  {sys.argv[2]} connection(s): server {server_rps:.0f} req/s, p99 {server_p99:.2f} ms, {server_cpu:.0f} us CPU/req"
      f" | floor {floor_rps:.0f} req/s, p99 {floor_p99:.2f} ms, {floor_cpu:.0f} us CPU/req"
      f" | server/floor: throughput {server_rps / floor_rps:.0%}, p99 {server_p99 / floor_p99:.1f}x,"
      f" CPU/req {server_cpu / floor_cpu:.1f}x")
EOF
done
echo "server RSS: $(( $(awk '/VmRSS/ {print $2}' "/proc/$(pid_of server)/status") / 1024 )) MB"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
