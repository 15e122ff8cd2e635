package org.healthlib.generator.view;

/** One line of an article's table of contents: a heading of level 2 or 3 and its anchor. */
public record TocEntry(int level, String id, String text) {
}
