package org.healthlib.generator.view;

/** A link to a listing page with the number of articles on it ("Mental health (12)"). */
public record CountLink(String label, String path, int count) {
}
