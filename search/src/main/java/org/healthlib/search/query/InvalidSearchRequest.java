package org.healthlib.search.query;

/** A search request with a parameter out of range; the message says which, for the reader. */
public final class InvalidSearchRequest extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidSearchRequest(String message) {
        super(message);
    }
}
