#!/usr/bin/env bash
# Where the CPU of one clean `healthlib build` goes: a JFR recording of a build of a generated
# corpus, summarised from its execution samples.
#
#   bench/profile.sh [--articles 10000] [--seed 1] [--keep FILE.jfr]
#
# Prints the share of samples (a) by the top frame's method (self time), (b) by the library or
# package the samples pass through anywhere in their stack (inclusive), (c) by our own method
# nearest the top (the first org.healthlib frame). The build runs through ./healthlib with the
# launcher's options (HEALTHLIB_JAVA_OPTS, default -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC) plus the
# recording. Needs the jars (bench/compare.sh builds them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

articles=10000
seed=1
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "profile.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
recording="${keep:-$work/build.jfr}"
java -cp bench/target/benchmarks.jar org.healthlib.bench.corpus.CorpusGenerator \
    --articles "$articles" --seed "$seed" --out "$work/content"
opts="${HEALTHLIB_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC}"
echo "profile.sh: load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
HEALTHLIB_JAVA_OPTS="$opts -XX:StartFlightRecording=duration=600s,settings=profile,filename=$recording" \
  /usr/bin/time -f "profile.sh: %e s wall, %U s user, %M KB peak" \
  ./healthlib build --content "$work/content" --out "$work/site" --index "$work/index" --today 2026-07-01 \
  >"$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; exit 1; }
grep '^profile.sh:' "$work/build.log" >&2

jfr print --stack-depth 64 --events jdk.ExecutionSample "$recording" | awk -f bench/jfr-summary.awk
