#!/usr/bin/env bash
# Where the CPU of one clean `healthlib build` goes: a JFR recording of a build of a generated
# corpus, summarised from its execution samples.
#
#   bench/profile.sh [--articles 10000] [--seed 1] [--keep FILE.jfr]
#
# Prints the share of samples (a) by the top frame's method (self time), (b) by the library or
# package the samples pass through anywhere in their stack (inclusive), (c) by our own method
# nearest the top (the first org.healthlib frame). The build runs through ./healthlib with the
# launcher's options (HEALTHLIB_JAVA_OPTS, default -Xmx1g -XX:TieredStopAtLevel=1) plus the
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
opts="${HEALTHLIB_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"
echo "profile.sh: load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
HEALTHLIB_JAVA_OPTS="$opts -XX:StartFlightRecording=duration=600s,settings=profile,filename=$recording" \
  /usr/bin/time -f "profile.sh: %e s wall, %U s user, %M KB peak" \
  ./healthlib build --content "$work/content" --out "$work/site" --index "$work/index" --today 2026-07-01 \
  >"$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; exit 1; }
grep '^profile.sh:' "$work/build.log" >&2

jfr print --stack-depth 64 --events jdk.ExecutionSample "$recording" | awk '
  function library(frame) {
    if (frame ~ /^com\.vladsch\.flexmark/) return "Flexmark (Markdown)"
    if (frame ~ /^org\.apache\.lucene/) return "Lucene"
    if (frame ~ /^org\.jsoup/) return "Jsoup"
    if (frame ~ /^freemarker/) return "Freemarker"
    if (frame ~ /^org\.yaml\.snakeyaml/) return "SnakeYAML"
    if (frame ~ /^org\.healthlib\./) { split(frame, p, "."); return "org.healthlib." p[3] "." p[4] }
    return ""
  }
  function flush(   lib, seenlib) {
    if (depth == 0) return
    total++
    self[top]++
    if (ours != "") nearest[ours]++
    for (lib in libs) inclusive[lib]++
    delete libs; depth = 0; top = ""; ours = ""
  }
  /jdk.ExecutionSample/ { flush() }
  /^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\.[a-zA-Z_$<>][a-zA-Z0-9_$<>]*\(.*line:/ {
    frame = $1; sub(/\(.*/, "", frame)
    if (depth == 0) top = frame
    depth++
    if (ours == "" && frame ~ /^org\.healthlib\./) ours = frame
    lib = library(frame); if (lib != "") libs[lib] = 1
  }
  END {
    flush()
    printf "%d execution samples\n", total
    print "\n== self (top frame) =="; report(self, 25)
    print "\n== inclusive, by library or package (a sample counts once for each) =="; report(inclusive, 30)
    print "\n== nearest Healthlib method to the top =="; report(nearest, 25)
  }
  function report(counts, limit,   k, n, i, j, keys, t) {
    n = 0; for (k in counts) keys[++n] = k
    for (i = 2; i <= n; i++) { t = keys[i]; for (j = i - 1; j >= 1 && counts[keys[j]] < counts[t]; j--) keys[j + 1] = keys[j]; keys[j + 1] = t }
    for (i = 1; i <= n && i <= limit; i++) printf "%5.1f%%  %s\n", 100 * counts[keys[i]] / total, keys[i]
  }'
