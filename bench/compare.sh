#!/usr/bin/env bash
# Times Healthlib against Hugo and against the floor program on the same articles, in one run on
# one machine, and writes the results as a TSV file and a plot.
#
#   bench/compare.sh [--runs 3] [--sizes 1000,10000] [--large] [--seed 1]
#                    [--medquad DIR | --no-medquad] [--no-edit] [--edits REGEX]
#                    [--clients 32] [--load-seconds 30] [--no-load] [--profile-search]
#                    [--no-rebuild] [--only LIST] [--results FILE.tsv] [--plot FILE.svg]
#   bench/compare.sh --report FILE.tsv [--plot FILE.svg]
#
# For each size: writes a corpus (bench's CorpusGenerator, in our format and in Hugo's), then,
# N times and interleaved so that all meet the same load: a clean `healthlib build` (site and
# index), a rebuild with nothing changed, the floor program (bench's FloorBuild: Flexmark with
# tables and Lucene's EnglishAnalyzer alone, 2 threads, the launcher's JVM options), and Hugo with
# the site of bench/hugo/, with its five related articles per page ("hugo") and without them
# ("hugo-plain"; above 10,000 articles only this one, as the related list grows with the square).
# Then the MedQuAD folder (default ../shared/corpora/medquad; skipped with a message when absent):
# build, rebuild and floor; one-article edits under serve (JMH's ArticleEditBenchmark, median of
# its samples; --edits picks the benchmarks, default the text edit); and the search load test
# (bench/search-load.sh, --clients for --load-seconds against search-server on its index;
# --profile-search adds where the server's CPU goes). --large adds 50,000 articles, with -Xmx2g.
# Beside the floor, "healthlib-site" is the build without its search index (bench's SiteOnlyBuild:
# the folder loaded and judged, the site planned and rendered), which says how much of the build
# the site takes and how much the index adds on top.
# --no-rebuild leaves out the no-change rebuilds (a rebuild now costs what a build does); --only
# times only some of healthlib-build, healthlib-rebuild, healthlib-site, floor, hugo, hugo-plain
# (comma-separated).
# --report runs nothing: it prints the medians and ratios of a results file (several runs' files
# put together, one header) and draws its plot.
#
# Every timing has its peak memory and CPU (/usr/bin/time -v) and the 1-minute load average at its
# start. Prints each run (standard error), then medians and the ratios against the targets of
# issue 13. --results (default bench/target/compare-DATE.tsv) gets every run; the search's
# figures go beside it (-search.tsv); --plot (default beside it, .svg) draws build time against
# article count (bench's BuildTimePlot).
#
# Installs Debian's hugo and time when missing (apt-get, as root) and builds the jars when missing
# or older than the sources. HEALTHLIB_JAVA_OPTS passes JVM options to ./healthlib as usual.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=3
sizes="1000 10000"
seed=1
today=2026-07-01 # every generated review is current on this day (Corpus.TODAY)
medquad=../shared/corpora/medquad
edit=true
edits='ArticleEditBenchmark.editOneArticlesText'
clients=32
load_seconds=30
load=true
rebuild=true
only="healthlib-build,healthlib-rebuild,healthlib-site,floor,hugo,hugo-plain"
report=""
profile_search=false
results="bench/target/compare-$(date -u +%Y%m%d-%H%M).tsv"
plot=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="${2//,/ }"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --large) sizes="$sizes 50000"; shift ;;
    --medquad) medquad="$2"; shift 2 ;;
    --no-medquad) medquad=""; shift ;;
    --no-edit) edit=false; shift ;;
    --edits) edits="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --load-seconds) load_seconds="$2"; shift 2 ;;
    --no-load) load=false; shift ;;
    --profile-search) profile_search=true; shift ;;
    --no-rebuild) rebuild=false; shift ;;
    --only) only="$2"; shift 2 ;;
    --report) report="$2"; results="$2"; shift 2 ;;
    --results) results="$2"; shift 2 ;;
    --plot) plot="$2"; shift 2 ;;
    -h|--help) sed -n '2,38p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$plot" ] || plot="${results%.tsv}.svg"
$rebuild || only="${only//healthlib-rebuild/}"
wanted() { [[ ",$only," == *",$1,"* ]]; }
search_results="${results%.tsv}-search.tsv"

jar=bench/target/benchmarks.jar

measure_all() {
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

if [ ! -f "$jar" ] || [ ! -f cli/target/healthlib.jar ] ||
   [ -n "$(find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -type f -print -quit)" ]; then
  echo "compare.sh: building the jars (mvn package)..." >&2
  mvn -B -q -pl bench -am package -DskipTests >&2
fi
./healthlib --version >/dev/null # lets the launcher record its class-data archive before any timing

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$results")"
printf 'corpus\tarticles\twhat\trun\twall_s\tcpu_s\tpeak_mb\tload1\texit\n' >"$results"
rm -f "$search_results"

# measure CORPUS ARTICLES WHAT RUN LOG command... : one timed run, appended to $results as
# corpus, articles, what, run, wall seconds, CPU seconds (user + system), peak MB, load average
# at the start (1 minute), exit code
measure() {
  local corpus="$1" size="$2" what="$3" run="$4" log="$5"; shift 5
  local load code=0
  load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$log" 2>&1 || code=$?
  awk -v c="$corpus" -v size="$size" -v what="$what" -v run="$run" -v load="$load" -v code="$code" '
    /Elapsed \(wall clock\) time/ { n = split($NF, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    /User time \(seconds\)/ || /System time \(seconds\)/ { cpu += $NF }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%s\t%s\t%s\t%s\t%.2f\t%.2f\t%.0f\t%s\t%s\n", c, size, what, run, wall, cpu, rss, load, code }' \
    "$work/time.txt" | tee -a "$results" >&2
  if [ "$code" -ne 0 ]; then
    echo "compare.sh: $what of $corpus ($size articles) failed (exit $code); its last lines:" >&2
    tail -5 "$log" >&2
  fi
}

# java_opts SIZE: the launcher's options for a one-shot command, -Xmx2g from 50,000 articles
java_opts() {
  if [ -n "${HEALTHLIB_JAVA_OPTS:-}" ]; then echo "$HEALTHLIB_JAVA_OPTS"
  elif [ "$1" -ge 50000 ]; then echo "-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
  else echo "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"; fi
}

# healthlib_runs CORPUS ARTICLES CONTENT DIR RUN [build options...]: build, rebuild, site alone and floor
healthlib_runs() {
  local corpus="$1" size="$2" content="$3" dir="$4" run="$5"; shift 5
  local opts; opts="$(java_opts "$size")"
  rm -rf "$dir/site" "$dir/index" "$dir/floor" "$dir/site-only"
  local build=(./healthlib build --content "$content" --out "$dir/site" --index "$dir/index" "$@")
  wanted healthlib-build && HEALTHLIB_JAVA_OPTS="$opts" measure "$corpus" "$size" healthlib-build "$run" "$dir/build.log" "${build[@]}"
  wanted healthlib-rebuild && HEALTHLIB_JAVA_OPTS="$opts" measure "$corpus" "$size" healthlib-rebuild "$run" "$dir/rebuild.log" "${build[@]}"
  # shellcheck disable=SC2086 # the options are words
  wanted floor && measure "$corpus" "$size" floor "$run" "$dir/floor.log" java $opts -cp "$jar" org.healthlib.bench.floor.FloorBuild \
      --content "$content" --out "$dir/floor/site" --index "$dir/floor/index" --threads 2
  rm -rf "$dir/floor"
  # shellcheck disable=SC2086 # the options are words
  wanted healthlib-site && measure "$corpus" "$size" healthlib-site "$run" "$dir/site-only.log" java $opts -cp "$jar" \
      org.healthlib.bench.floor.SiteOnlyBuild --content "$content" --out "$dir/site-only" "$@"
  rm -rf "$dir/site-only"
  return 0
}

echo -e 'corpus\tarticles\twhat\trun\twall_s\tcpu_s\tpeak_mb\tload1\texit' >&2
for size in $sizes; do
  dir="$work/$size"
  java -cp "$jar" org.healthlib.bench.corpus.CorpusGenerator --articles "$size" --seed "$seed" \
      --out "$dir/content" --hugo "$dir/hugo"
  cp -R bench/hugo/config.toml bench/hugo/layouts "$dir/hugo/"
  # the same site without related articles, on the same content
  mkdir -p "$dir/hugo-plain"
  cp -R bench/hugo/config.toml bench/hugo/layouts "$dir/hugo-plain/"
  : >"$dir/hugo-plain/layouts/partials/related.html"
  for run in $(seq "$runs"); do
    healthlib_runs generated "$size" "$dir/content" "$dir" "$run" --today "$today"
    rm -rf "$dir/hugo/public" "$dir/hugo-plain/public"
    if [ "$size" -le 10000 ] && wanted hugo; then
      measure generated "$size" hugo "$run" "$dir/hugo.log" hugo --source "$dir/hugo" --destination "$dir/hugo/public" --quiet
    fi
    wanted hugo-plain && measure generated "$size" hugo-plain "$run" "$dir/hugo-plain.log" hugo --source "$dir/hugo-plain" \
        --contentDir "$dir/hugo/content" --destination "$dir/hugo-plain/public" --quiet
  done
  rm -rf "$dir"
done

if [ -z "$medquad" ]; then
  echo "compare.sh: MedQuAD skipped (--no-medquad)" >&2
elif [ ! -d "$medquad/articles" ]; then
  echo "compare.sh: MedQuAD skipped: no corpus at $medquad (the shared data is absent; --medquad DIR to give it)" >&2
else
  dir="$work/medquad"
  mkdir -p "$dir"
  size="$(find "$medquad/articles" -name '*.md' -type f | wc -l)"
  for run in $(seq "$runs"); do
    healthlib_runs medquad "$size" "$medquad" "$dir" "$run"
  done
  if $edit; then
    echo "compare.sh: one-article edits under serve ($edits), JMH" >&2
    load1="$(cut -d' ' -f1 /proc/loadavg)"
    # another JMH run on the machine (its lock in /tmp) does not stop this one
    java -Djmh.ignoreLock=true -jar "$jar" "$edits" -bm sample -tu ms -wi 2 -w 2 -i 3 -r 2 -f 1 -rf csv -rff "$work/edit.csv" \
        -jvmArgsAppend "-Dhealthlib.corpus=$(cd "$medquad" && pwd)" >"$dir/edit.log" 2>&1 ||
      { echo "compare.sh: the edit benchmark failed; its last lines:" >&2; tail -5 "$dir/edit.log" >&2; }
    # the median (p0.50) of each benchmark's samples, in seconds
    [ -f "$work/edit.csv" ] && awk -F, -v size="$size" -v load="$load1" '
      $1 ~ /:p0.50"$/ { name = $1; gsub(/"/, "", name); sub(/:p0.50$/, "", name); sub(/.*\.editOneArticles/, "", name)
                        printf "medquad\t%s\tserve-edit-%s\t1\t%.3f\t-\t-\t%s\t0\n", size, tolower(name), $5 / 1000, load }' \
      "$work/edit.csv" | tee -a "$results" >&2
  fi
  if $load && [ -d "$dir/index" ]; then
    echo "compare.sh: search load test, $clients clients for $load_seconds s, on MedQuAD's index" >&2
    search_opts=(--index "$dir/index" --clients "$clients" --seconds "$load_seconds" --results "$search_results")
    $profile_search && search_opts+=(--profile)
    bench/search-load.sh "${search_opts[@]}" | tee "$dir/search.txt" >&2 || echo "compare.sh: the search load test failed" >&2
  fi
  rm -rf "$dir"
fi

}

[ -n "$report" ] || measure_all
echo
echo "Results: $results"
echo "Wall and CPU time: median (min-max) of the runs; peak memory: median; 1-minute load average at the start of the runs (min-max)."
awk -F'\t' '
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  function lo(list,   a, n, i, m) { n = split(list, a, " "); m = a[1]; for (i = 2; i <= n; i++) if (a[i] + 0 < m + 0) m = a[i]; return m }
  function hi(list,   a, n, i, m) { n = split(list, a, " "); m = a[1]; for (i = 2; i <= n; i++) if (a[i] + 0 > m + 0) m = a[i]; return m }
  function ratio(c, what, target) { ratio_of(c, "healthlib-build", "healthlib build", what, "(target at most " target ")") }
  function ratio_of(c, num, name, what, note,   b) {
    b = c SUBSEP num
    if (!(b in wall) || !((c SUBSEP what) in wall)) return
    line[++r] = sprintf("%s: %s / %s = %.2f in wall time %s, %.2f in CPU time", label[c], name, what,
                        median(wall[b]) / median(wall[c SUBSEP what]), note, median(cpu[b]) / median(cpu[c SUBSEP what]))
  }
  NR == 1 { next }
  { c = $1 SUBSEP $2; k = c SUBSEP $3
    label[c] = ($1 == "generated" ? $2 " generated articles" : $1 " (" $2 " articles)")
    load[k] = load[k] " " $8
    if (!(k in seen)) { seen[k] = 1; order[++n] = k }
    if (!(c in seenc)) { seenc[c] = 1; corpora[++nc] = c } }
  $9 != 0 { failed[k]++ }
  $9 == 0 { wall[k] = wall[k] " " $5; cpu[k] = cpu[k] " " $6; rss[k] = rss[k] " " $7 }
  END {
    printf "| corpus | what | wall time (s) | CPU time (s) | peak memory (MB) | load average | failed runs |\n|---|---|---|---|---|---|---|\n"
    for (i = 1; i <= n; i++) {
      k = order[i]; split(k, p, SUBSEP)
      w = (k in wall) ? sprintf("%.2f (%.2f-%.2f)", median(wall[k]), lo(wall[k]), hi(wall[k])) : "-"
      u = (k in cpu && cpu[k] !~ /-/) ? sprintf("%.1f", median(cpu[k])) : "-"
      m = (k in rss && rss[k] !~ /-/) ? sprintf("%.0f", median(rss[k])) : "-"
      printf "| %s | %s | %s | %s | %s | %s-%s | %d |\n", label[p[1] SUBSEP p[2]], p[3], w, u, m, lo(load[k]), hi(load[k]), failed[k] + 0
    }
    print ""
    for (i = 1; i <= nc; i++) {
      ratio(corpora[i], "hugo", "0.75"); ratio(corpora[i], "hugo-plain", "0.75"); ratio(corpora[i], "floor", "1.25")
      ratio_of(corpora[i], "healthlib-site", "healthlib site alone (no index)", "floor", "(the site part of the build)")
      ratio_of(corpora[i], "healthlib-build", "healthlib build", "healthlib-site", "(what the index adds)")
      k = corpora[i] SUBSEP "healthlib-rebuild"
      if (k in wall) line[++r] = sprintf("%s: rebuild with nothing changed %.2f s (target under 2 s)", label[corpora[i]], median(wall[k]))
    }
    for (i = 1; i <= r; i++) print line[i]
  }' "$results"
if [ -f "$search_results" ]; then
  echo
  echo "Search load test (target: p99 under 20 ms at 32 clients, no errors):"
  column -t -s "$(printf '\t')" "$search_results"
fi
java -cp "$jar" org.healthlib.bench.plot.BuildTimePlot "$results" "$plot" && echo "Plot: $plot"
