package org.healthlib.cli.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.healthlib.cli.InProcessServe;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium for all the browser tests of a run, and one served copy of the fixture library for
 * those that only read it; both closed when the run ends. A test class asks for it as a parameter
 * of its {@code @BeforeAll} method, with {@code @ExtendWith(BrowserSession.Extension.class)}.
 * Without Chromium, that method, and so the class, is skipped.
 */
final class BrowserSession implements AutoCloseable {
    private final Path dir;
    private final Browser browser;
    private InProcessServe library;

    private BrowserSession(Path dir, Browser browser) {
        this.dir = dir;
        this.browser = browser;
    }

    /**
     * Skips a test class where Chromium is not installed; otherwise gives the session of the run,
     * kept in its root store, to a method that asks for it.
     */
    static final class Extension implements ExecutionCondition, ParameterResolver {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Chromium.installed() ? ConditionEvaluationResult.enabled("Chromium is installed")
                    : ConditionEvaluationResult.disabled(Chromium.INSTALL);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BrowserSession.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(BrowserSession.class, key -> start(), BrowserSession.class);
        }
    }

    private static BrowserSession start() {
        try {
            Path dir = Files.createTempDirectory("healthlib-browser-");
            return new BrowserSession(dir, Browser.open(dir.resolve("profile")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser, on the shared library unless told otherwise ({@link Browser#site}). */
    Browser browser() {
        return browser;
    }

    /** The fixture library served, started on first use; tests that edit it serve their own copy. */
    synchronized InProcessServe library() throws IOException, InterruptedException {
        if (library == null) {
            Path work = Files.createDirectories(dir.resolve("library"));
            library = InProcessServe.start(FixtureLibrary.copy(work), work, FixtureLibrary.TODAY);
        }
        return library;
    }

    /** A fresh folder of this run for one test class. */
    Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    /** Closed by JUnit at the end of the run, with the root store. */
    @Override
    public void close() throws IOException {
        browser.close();
        if (library != null) {
            library.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
