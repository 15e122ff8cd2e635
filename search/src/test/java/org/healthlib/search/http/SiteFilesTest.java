package org.healthlib.search.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.testing.FixtureArticles;
import org.healthlib.search.testing.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site published by swapping a symbolic link, or by renaming a folder, is served at once. */
class SiteFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachRequestSeesTheSiteFolderAsItIsThen() throws Exception {
        Path first = site("first", "<h1>First</h1>");
        Path second = site("second", "<h1>Second</h1>");
        Path current = Files.createSymbolicLink(dir.resolve("current"), first);
        HttpClient client = HttpClient.newHttpClient();
        try (SearchService search = TestIndexes.open(dir.resolve("search"), FixtureArticles.all());
             SearchServer server = SearchServer.start(search, ServerOptions.api("127.0.0.1", 0).withSite(current))) {
            assertThat(get(client, server, "/")).isEqualTo("<h1>First</h1>");
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/index.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

            Path next = Files.createSymbolicLink(dir.resolve("current.next"), second);
            Files.move(next, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            assertThat(get(client, server, "/")).isEqualTo("<h1>Second</h1>");

            Files.delete(current);
            Files.move(site("third", "<h1>Third</h1>"), current, StandardCopyOption.ATOMIC_MOVE);
            assertThat(get(client, server, "/")).isEqualTo("<h1>Third</h1>");
        }
    }

    private Path site(String name, String home) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("index.html"), home);
        return folder;
    }

    private static String get(HttpClient client, SearchServer server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
