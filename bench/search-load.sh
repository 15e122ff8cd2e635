#!/usr/bin/env bash
# The search under load: starts `healthlib search-server` on a built index (no rate limit, access
# log discarded), sends it N concurrent clients' queries for S seconds (bench's SearchLoadTest,
# after a 5 s warm-up) and prints throughput, latency percentiles, errors and the server's CPU time
# per query; with --profile, records the server with JFR during the measured seconds and prints
# where its CPU samples fall (bench/jfr-summary.awk).
#
#   bench/search-load.sh --index DIR [--clients 32] [--seconds 30] [--port 18080] [--profile]
#                        [--keep FILE.jfr] [--results FILE.tsv]
#
# The server runs with the launcher's options for search-server (HEALTHLIB_JAVA_OPTS, default
# -Xmx1g). --results appends one line: start (UTC), clients, seconds, requests, errors, requests/s, p50, p90,
# p99, max (ms), server CPU ms per query, load average at the start. Needs the jars (compare.sh builds them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

index=""
clients=32
seconds=30
port=18080
profile=false
keep=""
results=""
while [ $# -gt 0 ]; do
  case "$1" in
    --index) index="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --profile) profile=true; shift ;;
    --keep) keep="$2"; profile=true; shift 2 ;;
    --results) results="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "search-load.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$index" ] || { echo "search-load.sh: --index DIR is required (a folder written by healthlib build)" >&2; exit 2; }

work="$(mktemp -d)"
server=""
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  server=""
}
trap 'stop_server; rm -rf "$work"' EXIT

opts="${HEALTHLIB_JAVA_OPTS:--Xmx1g}"
jar=cli/target/healthlib.jar
java $opts -jar "$jar" search-server --index "$index" --port "$port" --rate-limit 0 >/dev/null 2>"$work/server.err" &
server=$!
for _ in $(seq 120); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "search-load.sh: the server stopped:" >&2; cat "$work/server.err" >&2; exit 1; }
  sleep 0.5
done

# the server's CPU time so far, in clock ticks (utime + stime of /proc/PID/stat)
ticks() { awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$server/stat"; }
hz="$(getconf CLK_TCK)"
load="$(cut -d' ' -f1 /proc/loadavg)"
started="$(date -u +%Y-%m-%dT%H:%MZ)"

recording="${keep:-$work/search.jfr}"
loadtest=(java -cp bench/target/benchmarks.jar org.healthlib.bench.load.SearchLoadTest
          --url "http://127.0.0.1:$port" --clients "$clients")
"${loadtest[@]}" --seconds 5 --warmup 0 >/dev/null # warm-up: the full compiler gets to the hot code
if $profile; then
  jcmd "$server" JFR.start name=load settings=profile filename="$recording" >/dev/null
fi
before="$(ticks)"
"${loadtest[@]}" --seconds "$seconds" --warmup 0 >"$work/load.txt"
after="$(ticks)"
if $profile; then
  jcmd "$server" JFR.stop name=load >/dev/null
fi
head -1 "$work/load.txt"
requests="$(tail -1 "$work/load.txt" | cut -f4)"
cpu_ms="$(awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? 1000 * t / hz / n : 0) }')"
echo "server CPU: $(awk -v t=$((after - before)) -v hz="$hz" 'BEGIN { printf "%.1f", t / hz }') s for $requests queries = $cpu_ms ms per query; load average at the start $load"
if [ -n "$results" ]; then
  [ -s "$results" ] || printf 'started_utc\tclients\tseconds\trequests\terrors\trequests_per_s\tp50_ms\tp90_ms\tp99_ms\tmax_ms\tcpu_ms_per_query\tload1\n' >"$results"
  printf '%s\t%s\t%s\t%s\n' "$started" "$(tail -1 "$work/load.txt" | cut -f2-)" "$cpu_ms" "$load" >>"$results"
fi
stop_server
if $profile; then
  echo
  echo "== where the server's CPU goes under load (JFR execution samples, $seconds s) =="
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$recording" | awk -f bench/jfr-summary.awk
fi
