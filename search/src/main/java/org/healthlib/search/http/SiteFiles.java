package org.healthlib.search.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
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

    /**
     * Files read from the folder on each request: Jetty's cache and memory maps are left out, as
     * they would keep serving a page of the site that a publish replaced. (In production a web
     * server or CDN serves the site; see docs/deploy.md.)
     */
    @Override
    protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized pool) {
        HttpContent.Factory files = new ResourceHttpContentFactory(getBaseResource(), getMimeTypes(), pool);
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
