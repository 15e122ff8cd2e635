# Summarises `jfr print --events jdk.ExecutionSample` (read on standard input): the share of samples
# (a) by the top frame's method (self time), (b) by the library or package the samples pass through
# anywhere in their stack (inclusive), (c) by our own method nearest the top (the first
# org.healthlib frame). Used by profile.sh (builds) and search-load.sh (the search under load).
  function library(frame) {
    if (frame ~ /^com\.vladsch\.flexmark/) return "Flexmark (Markdown)"
    if (frame ~ /^org\.apache\.lucene/) return "Lucene"
    if (frame ~ /^org\.jsoup/) return "Jsoup"
    if (frame ~ /^freemarker/) return "Freemarker"
    if (frame ~ /^org\.yaml\.snakeyaml/) return "SnakeYAML"
    if (frame ~ /^org\.eclipse\.jetty/) return "Jetty"
    if (frame ~ /^org\.healthlib\./) { split(frame, p, "."); return "org.healthlib." p[3] "." p[4] }
    return ""
  }
  function flush(   lib, m) {
    if (depth == 0) return
    total++
    self[top]++
    if (ours != "") nearest[ours]++
    for (lib in libs) inclusive[lib]++
    for (m in methods) ourInclusive[m]++
    delete libs; delete methods; depth = 0; top = ""; ours = ""
  }
  /jdk.ExecutionSample/ { flush() }
  /^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.]*\.[a-zA-Z_$<>][a-zA-Z0-9_$<>]*\(.*line:/ {
    frame = $1; sub(/\(.*/, "", frame)
    if (depth == 0) top = frame
    depth++
    if (ours == "" && frame ~ /^org\.healthlib\./) ours = frame
    lib = library(frame); if (lib != "") libs[lib] = 1
    if (frame ~ /^org\.healthlib\./) methods[frame] = 1
  }
  END {
    flush()
    printf "%d execution samples\n", total
    print "\n== self (top frame) =="; report(self, 25)
    print "\n== inclusive, by library or package (a sample counts once for each) =="; report(inclusive, 30)
    print "\n== nearest Healthlib method to the top =="; report(nearest, 25)
    print "\n== inclusive, by Healthlib method (a sample counts once for each in its stack) =="; report(ourInclusive, 30)
  }
  function report(counts, limit,   k, n, i, j, keys, t) {
    n = 0; for (k in counts) keys[++n] = k
    for (i = 2; i <= n; i++) { t = keys[i]; for (j = i - 1; j >= 1 && counts[keys[j]] < counts[t]; j--) keys[j + 1] = keys[j]; keys[j + 1] = t }
    for (i = 1; i <= n && i <= limit; i++) printf "%5.1f%%  %s\n", 100 * counts[keys[i]] / total, keys[i]
  }
