package org.healthlib.core.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.model.Source;
import org.healthlib.core.yaml.YamlMap;
import org.healthlib.core.yaml.YamlValue;

/** Reads an article's {@code sources}: a list of {@code {title, url?, publisher?, accessed?}}. */
final class SourcesReader {

    static final List<String> KEYS = List.of("title", "url", "publisher", "accessed");

    private SourcesReader() {
    }

    static List<Source> read(YamlValue sources) {
        return sources.list().orElse(List.of()).stream()
                .flatMap(item -> item.map().flatMap(SourcesReader::source).stream())
                .toList();
    }

    private static Optional<Source> source(YamlMap fields) {
        fields.rejectUnknownKeys(KEYS);
        Optional<String> title = fields.require("title").flatMap(YamlValue::string);
        Optional<String> url = fields.get("url").flatMap(SourcesReader::webAddress);
        Optional<String> publisher = fields.get("publisher").flatMap(YamlValue::string);
        return title.map(t -> new Source(t, url, publisher, fields.get("accessed").flatMap(YamlValue::date)));
    }

    /** An absolute http or https URL with a host. */
    static Optional<String> webAddress(YamlValue value) {
        return value.string().filter(url -> {
            if (isWebAddress(url)) {
                return true;
            }
            value.error(value.label() + " must be an http or https address (got \"" + url + "\")");
            return false;
        });
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
