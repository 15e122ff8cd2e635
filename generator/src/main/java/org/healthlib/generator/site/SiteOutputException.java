package org.healthlib.generator.site;

/** The output folder cannot be written or replaced; the message says why, for the user. */
public final class SiteOutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SiteOutputException(String message) {
        super(message);
    }

    public SiteOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
