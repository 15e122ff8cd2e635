package org.healthlib.search.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The built site's files, {@code index.html} for a folder, no listings. A file is served only
 * when its real path is inside the site folder's real path: a symbolic link in the site that leads
 * out of it is answered like a missing file. ({@code ..} and its encodings never get here: Jetty
 * refuses such URIs with a 400.) The folder may be replaced while serving, by a rename or by
 * swapping a symbolic link to it; each request looks at the folder as it is then.
 */
final class SiteFiles extends ResourceHandler {
    private final Path root;

    private SiteFiles(Path root) {
        this.root = root;
    }

    static SiteFiles of(Server server, Path siteDir) throws IOException {
        Path root = siteDir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        SiteFiles site = new SiteFiles(root);
        site.setBaseResource(ResourceFactory.of(server).newResource(root));
        site.setDirAllowed(false);
        site.setWelcomeFiles("index.html");
        return site;
    }

    @Override
    protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized pool) {
        HttpContent.Factory files = super.newHttpContentFactory(pool);
        return path -> {
            HttpContent content = files.getContent(path);
            return content != null && insideSite(content) ? content : null;
        };
    }

    private boolean insideSite(HttpContent content) {
        Path file = content.getResource() == null ? null : content.getResource().getPath();
        if (file == null) {
            return false;
        }
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
