package org.healthlib.core.model;

import java.util.Objects;
import java.util.Optional;

/** An entry of {@code reviewers.yaml}: a board or role that medically reviews articles. */
public record Reviewer(String id, String name, Optional<String> credentials, Optional<String> url) {
    public Reviewer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(url, "url");
    }
}
