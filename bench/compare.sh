#!/usr/bin/env bash
# Times Healthlib against Hugo on the same generated articles, in one run on one machine.
#
#   bench/compare.sh [--runs N] [--sizes "1000 10000"] [--large] [--seed S]
#
# For each size: writes a corpus (bench's CorpusGenerator, in our format and in Hugo's), then,
# N times (default 3) and interleaved so that both meet the same load: a clean `healthlib build`
# (site and search index), a rebuild with nothing changed, and Hugo on the same articles with the
# minimal site of bench/hugo/, with its five related articles per page ("hugo") and without
# them ("hugo-plain"). Prints each run, then a table of medians with peak memory
# (/usr/bin/time -v) and the 1-minute load average at the start of each run, and the ratio
# Healthlib / Hugo. --large adds 50,000 articles, built with -Xmx2g.
#
# Installs Debian's hugo and time when missing (apt-get, as root) and builds the jars when missing
# or older than the sources. HEALTHLIB_JAVA_OPTS passes JVM options to ./healthlib as usual.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=3
sizes="1000 10000"
seed=1
today=2026-07-01 # every generated review is current on this day (Corpus.TODAY)
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --large) sizes="$sizes 50000"; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

install_missing() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "compare.sh: installing Debian package $2" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "compare.sh: '$1' is missing; run as root or install the package '$2'" >&2
    exit 2
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null; }
}
install_missing hugo hugo
[ -x /usr/bin/time ] || install_missing /usr/bin/time time

jar=bench/target/benchmarks.jar
if [ ! -f "$jar" ] || [ ! -f cli/target/healthlib.jar ] ||
   [ -n "$(find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -type f -print -quit)" ]; then
  echo "compare.sh: building the jars (mvn package)..." >&2
  mvn -B -q -pl bench -am package -DskipTests >&2
fi
./healthlib --version >/dev/null # lets the launcher record its class-data archive before any timing

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
raw="$work/runs.tsv"

# measure SIZE WHAT LOG command... : one timed run, appended to $raw as
# size, what, wall seconds, peak MB, load average at the start (1 minute), exit code
measure() {
  local size="$1" what="$2" log="$3"; shift 3
  local load code=0
  load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$log" 2>&1 || code=$?
  awk -v size="$size" -v what="$what" -v load="$load" -v code="$code" '
    /Elapsed \(wall clock\) time/ { n = split($NF, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%s\t%s\t%.2f\t%.0f\t%s\t%s\n", size, what, wall, rss, load, code }' "$work/time.txt" | tee -a "$raw" >&2
  if [ "$code" -ne 0 ]; then
    echo "compare.sh: $what of $size articles failed (exit $code); its last lines:" >&2
    tail -5 "$log" >&2
  fi
}

printf 'articles\twhat\twall_s\tpeak_mb\tload1\texit\n' >&2
for size in $sizes; do
  dir="$work/$size"
  java -cp "$jar" org.healthlib.bench.corpus.CorpusGenerator --articles "$size" --seed "$seed" \
      --out "$dir/content" --hugo "$dir/hugo"
  cp -R bench/hugo/config.toml bench/hugo/layouts "$dir/hugo/"
  # the same site without related articles, on the same content
  mkdir -p "$dir/hugo-plain"
  cp -R bench/hugo/config.toml bench/hugo/layouts "$dir/hugo-plain/"
  : >"$dir/hugo-plain/layouts/partials/related.html"
  opts="${HEALTHLIB_JAVA_OPTS:-}"
  [ "$size" -ge 50000 ] && [ -z "$opts" ] && opts="-Xmx2g -XX:TieredStopAtLevel=1"
  for run in $(seq "$runs"); do
    rm -rf "$dir/site" "$dir/index" "$dir/hugo/public" "$dir/hugo-plain/public"
    build=(./healthlib build --content "$dir/content" --out "$dir/site" --index "$dir/index" --today "$today")
    HEALTHLIB_JAVA_OPTS="$opts" measure "$size" healthlib-build "$dir/build.log" "${build[@]}"
    HEALTHLIB_JAVA_OPTS="$opts" measure "$size" healthlib-rebuild "$dir/rebuild.log" "${build[@]}"
    measure "$size" hugo "$dir/hugo.log" hugo --source "$dir/hugo" --destination "$dir/hugo/public" --quiet
    measure "$size" hugo-plain "$dir/hugo-plain.log" hugo --source "$dir/hugo-plain" \
        --contentDir "$dir/hugo/content" --destination "$dir/hugo-plain/public" --quiet
  done
  rm -rf "$dir"
done

echo
echo "Runs: $runs per size; wall time median (min-max); peak memory median; 1-minute load average at the start of the runs (min-max)."
awk -F'\t' '
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  function lo(list,   a, n, i, m) { n = split(list, a, " "); m = a[1]; for (i = 2; i <= n; i++) if (a[i] + 0 < m + 0) m = a[i]; return m }
  function hi(list,   a, n, i, m) { n = split(list, a, " "); m = a[1]; for (i = 2; i <= n; i++) if (a[i] + 0 > m + 0) m = a[i]; return m }
  $6 != 0 { failed[$1 SUBSEP $2]++ }
  $6 == 0 { k = $1 SUBSEP $2; wall[k] = wall[k] " " $3; rss[k] = rss[k] " " $4 }
  { k = $1 SUBSEP $2; load[k] = load[k] " " $5; if (!(k in seen)) { seen[k] = 1; order[++n] = k } }
  END {
    printf "| articles | what | wall time (s) | peak memory (MB) | load average | failed runs |\n|---|---|---|---|---|---|\n"
    for (i = 1; i <= n; i++) {
      k = order[i]; split(k, p, SUBSEP)
      w = (k in wall) ? sprintf("%.1f (%.1f-%.1f)", median(wall[k]), lo(wall[k]), hi(wall[k])) : "-"
      m = (k in rss) ? sprintf("%.0f", median(rss[k])) : "-"
      printf "| %s | %s | %s | %s | %s-%s | %d |\n", p[1], p[2], w, m, lo(load[k]), hi(load[k]), failed[k] + 0
      if (p[2] ~ /^hugo/ && (p[1] SUBSEP "healthlib-build") in wall)
        ratio[++r] = sprintf("%s articles: healthlib build / %s = %.2f (target at most 0.75)", p[1], p[2],
                             median(wall[p[1] SUBSEP "healthlib-build"]) / median(wall[k]))
    }
    print ""
    for (i = 1; i <= r; i++) print ratio[i]
  }' "$raw"
