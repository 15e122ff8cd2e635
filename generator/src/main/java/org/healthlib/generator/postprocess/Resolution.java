package org.healthlib.generator.postprocess;

/** What became of one link or image source of a body. */
public sealed interface Resolution {

    /** Not a link this site checks (another scheme, a fragment, a protocol-relative URL): left as written. */
    record Unchanged() implements Resolution {
    }

    /** A link to another website. */
    record External() implements Resolution {
    }

    /** An internal link, rewritten to a URL relative to the page it is on. */
    record Resolved(String url) implements Resolution {
    }

    /** A link to an article that exists but is not in this build: the link is removed, its text kept. */
    record Unpublished(String message) implements Resolution {
    }

    /** A link to nothing: an error. */
    record Broken(String message) implements Resolution {
    }

    /** A relative link that climbs above the site's root ({@code ../../../../etc/passwd}): an error. */
    record Outside() implements Resolution {
        static final String MESSAGE = "leads above the root of the site; link to a page of the site"
                + " (/articles/x/) or to a full https:// address";
    }
}
