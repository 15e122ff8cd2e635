package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.model.ArticleFrontMatter;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Audience;
import org.healthlib.core.model.EditorialInfo;
import org.healthlib.core.model.SiteLayout;
import org.healthlib.core.model.Source;
import org.healthlib.core.yaml.YamlMap;
import org.healthlib.core.yaml.YamlValue;

/**
 * Checks the front matter keys of an article and builds its {@link ArticleFrontMatter}. Every
 * problem is reported; an article with any error is not built.
 */
final class ArticleReader {

    /** The keys of an article's front matter, in the order of the documentation. */
    static final List<String> KEYS = List.of("title", "summary", "type", "topics", "also_called", "status",
            "reviewed", "next_review", "reviewed_by", "sources", "crisis", "audience", "slug", "publish_on",
            "aliases", "author", "updated");

    /** The longest summary, in characters: it is also the page's meta description. */
    static final int MAX_SUMMARY = 300;

    static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

    private final EditorialReader editorialReader;

    ArticleReader(EditorialReader editorialReader) {
        this.editorialReader = editorialReader;
    }

    Optional<CheckedFrontMatter> read(Path file, YamlMap fields) {
        Diagnostics diagnostics = fields.file().diagnostics();
        fields.rejectUnknownKeys(KEYS);
        Optional<String> title = fields.require("title").flatMap(YamlValue::string);
        Optional<String> summary = fields.require("summary").flatMap(ArticleReader::summary);
        Optional<ArticleType> type = fields.require("type").flatMap(v -> v.oneOf(ArticleType.class));
        List<String> topics = fields.get("topics").map(ArticleReader::topics).orElse(List.of());
        List<String> alsoCalled = fields.get("also_called").flatMap(YamlValue::strings).orElse(List.of());
        EditorialInfo editorial = editorialReader.read(file, fields);
        List<Source> sources = fields.get("sources").map(SourcesReader::read).orElse(List.of());
        boolean crisis = fields.get("crisis").flatMap(YamlValue::bool).orElse(false);
        Audience audience = fields.get("audience").flatMap(v -> v.oneOf(Audience.class))
                .orElse(Audience.PATIENT);
        Optional<String> slug = slug(file, fields);
        List<String> aliases = fields.get("aliases").map(ArticleReader::aliases).orElse(List.of());
        Optional<String> author = fields.get("author").flatMap(YamlValue::string);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new CheckedFrontMatter(new ArticleFrontMatter(file, slug.orElseThrow(), title.orElseThrow(),
                summary.orElseThrow(), type.orElseThrow(), topics, alsoCalled, editorial, sources, crisis, audience,
                aliases, author), fields.positions()));
    }

    /** A summary of at most {@link #MAX_SUMMARY} characters (articles and pages alike). */
    static Optional<String> summary(YamlValue value) {
        return value.string().filter(summary -> {
            int length = summary.codePointCount(0, summary.length());
            if (length <= MAX_SUMMARY) {
                return true;
            }
            value.error(value.label() + " is longer than " + MAX_SUMMARY + " characters (" + length + ")");
            return false;
        });
    }

    private static List<String> topics(YamlValue value) {
        return value.list().orElse(List.of()).stream()
                .flatMap(item -> item.string().filter(topic -> isSlug(item, "a topic", topic)).stream())
                .toList();
    }

    /** The {@code slug} key, else the file name without {@code .md}; either must be a valid slug. */
    static Optional<String> slug(Path file, YamlMap fields) {
        Optional<YamlValue> written = fields.get("slug");
        if (written.isPresent()) {
            return written.get().string().filter(slug -> isSlug(written.get(), "'slug'", slug));
        }
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (SLUG.matcher(name).matches()) {
            return Optional.of(name);
        }
        fields.file().error(fields.start(), "file name '" + name + "' is not a valid slug "
                + "(use only a-z, 0-9 and '-', or set 'slug')");
        return Optional.empty();
    }

    private static boolean isSlug(YamlValue value, String what, String text) {
        if (SLUG.matcher(text).matches()) {
            return true;
        }
        value.error(what + " must use only a-z, 0-9 and '-' (got \"" + text + "\")");
        return false;
    }

    /** Old site paths of the article, such as {@code /old/heart-attack/}; never full URLs. */
    private static List<String> aliases(YamlValue value) {
        return value.list().orElse(List.of()).stream()
                .flatMap(item -> item.string().filter(alias -> isSitePath(item, alias)).stream())
                .toList();
    }

    private static boolean isSitePath(YamlValue value, String alias) {
        boolean ok = SiteLayout.aliasFile(alias).isPresent();
        if (!ok) {
            value.error("alias must be a path of the site such as /old-name/ (got \"" + alias + "\")");
        }
        return ok;
    }
}
