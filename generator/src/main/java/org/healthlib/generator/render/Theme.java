package org.healthlib.generator.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The site's Freemarker templates: the default theme packaged with the generator, with the
 * content folder's {@code templates/} in front of it, so a file there replaces the theme's
 * template of the same name. {@code .ftlh} templates escape HTML automatically. One per build:
 * the {@link Configuration} is built once and shared by the rendering threads.
 */
public final class Theme {
    /** Where the default theme lives on the class path. */
    static final String CLASSPATH_BASE = "/theme";
    /** The folder of a content folder whose templates replace the theme's, by file name. */
    public static final String OVERRIDES = "templates";
    /** The theme's templates; every page type has one. */
    public static final List<String> TEMPLATES = List.of("layout.ftlh", "article.ftlh", "listing.ftlh", "a-z.ftlh",
            "home.ftlh", "page.ftlh", "search.ftlh", "404.ftlh", "redirect.ftlh", "editorial.ftlh");
    /** The theme's stylesheet and script, copied to {@code assets/} (a content folder's {@code static/} may replace them). */
    public static final List<String> ASSETS = List.of("assets/site.css", "assets/search.js", "assets/preview.js");

    private final Configuration configuration;
    private final Path overrides;

    private Theme(Configuration configuration, Path overrides) {
        this.configuration = configuration;
        this.overrides = overrides;
    }

    /** The default theme, with the templates of {@code <contentRoot>/templates/} in front when that folder exists. */
    public static Theme forContent(Path contentRoot, String language) {
        Path overrides = contentRoot.resolve(OVERRIDES);
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader(overrides));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNumberFormat("computer");
        configuration.setLocale(Locale.forLanguageTag(language));
        configuration.setObjectWrapper(objectWrapper());
        return new Theme(configuration, overrides);
    }

    /**
     * Views are records: templates read their components as properties ({@code ${page.title}}).
     * Freemarker recognises records through the Java 16 classes of its multi-release jar, which a
     * repackaged jar without {@code Multi-Release: true} hides; allowing zero-argument methods as
     * properties for every class keeps templates working there too.
     */
    private static ObjectWrapper objectWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return builder.build();
    }

    private static TemplateLoader loader(Path overrides) {
        TemplateLoader packaged = new ClassTemplateLoader(Theme.class, CLASSPATH_BASE);
        if (!Files.isDirectory(overrides)) {
            return packaged;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), packaged});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + overrides, e);
        }
    }

    /** A file of the theme's {@link #ASSETS}, from the class path. */
    public static InputStream asset(String name) {
        InputStream in = Theme.class.getResourceAsStream(CLASSPATH_BASE + "/" + name);
        if (in == null) {
            throw new IllegalStateException("the theme has no " + name);
        }
        return in;
    }

    Configuration configuration() {
        return configuration;
    }

    /** Whether the content folder {@code contentRoot} replaces any of {@link #TEMPLATES} with one of its own. */
    public static boolean overriddenIn(Path contentRoot) {
        Path overrides = contentRoot.resolve(OVERRIDES);
        return TEMPLATES.stream().anyMatch(name -> Files.isRegularFile(overrides.resolve(name)));
    }

    /** The file a template comes from, for diagnostics: {@code templates/x.ftlh} when overridden, else the theme's. */
    Path sourceOf(String templateName) {
        if (Files.isRegularFile(overrides.resolve(templateName))) {
            return Path.of(OVERRIDES, templateName);
        }
        return Path.of("(default theme)", templateName);
    }
}
