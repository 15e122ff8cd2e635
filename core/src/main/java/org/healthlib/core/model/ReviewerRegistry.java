package org.healthlib.core.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reviewers of a content folder, by id. */
public record ReviewerRegistry(Map<String, Reviewer> byId) {
    public ReviewerRegistry {
        byId = Map.copyOf(byId);
    }

    public static ReviewerRegistry empty() {
        return new ReviewerRegistry(Map.of());
    }

    public Optional<Reviewer> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
