package org.healthlib.bench.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a synthetic corpus for timing builds: N published articles of about 1,100 words in our
 * content format, and optionally the same articles for Hugo. The same seed writes the same bytes.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.healthlib.bench.corpus.CorpusGenerator \
 *     --articles 10000 --seed 1 --out /tmp/corpus [--hugo /tmp/corpus-hugo]
 * </pre>
 *
 * Judge the folder on {@link Corpus#TODAY} ({@code --today 2026-07-01}) to get the same verdict
 * every day.
 */
public final class CorpusGenerator {
    private static final String USAGE =
            "usage: CorpusGenerator --articles N [--seed S] --out DIR [--hugo DIR]";

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("CorpusGenerator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        generate(options.articles(), options.seed(), options.out(), options.hugo());
    }

    /** Writes {@code articles} articles from {@code seed} to {@code out}, and to {@code hugo} unless null. */
    public static void generate(int articles, long seed, Path out, Path hugo) throws IOException {
        Corpus corpus = Corpus.plan(articles, seed);
        HealthlibFolder.write(corpus, out);
        if (hugo != null) {
            HugoFolder.write(corpus, hugo);
        }
    }

    /** The command line: {@code hugo} is null when not asked for. */
    record Options(int articles, long seed, Path out, Path hugo) {

        static Options parse(String[] args) {
            Integer articles = null;
            long seed = 1;
            Path out = null;
            Path hugo = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--articles" -> articles = Integer.valueOf(required(args[i], value));
                    case "--seed" -> seed = Long.parseLong(required(args[i], value));
                    case "--out" -> out = Path.of(required(args[i], value));
                    case "--hugo" -> hugo = Path.of(required(args[i], value));
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
                i++;
            }
            if (articles == null || articles < 1 || out == null) {
                throw new IllegalArgumentException("--articles (at least 1) and --out are required");
            }
            return new Options(articles, seed, out, hugo);
        }

        private static String required(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }
}
