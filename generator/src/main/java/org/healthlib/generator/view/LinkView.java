package org.healthlib.generator.view;

/**
 * A link to another page of the site. Templates write {@code href="${root}${link.path}"}, which keeps
 * every URL relative so the site works from any folder.
 *
 * @param path the target's site path, relative to the site root ("articles/afib/", "" for home)
 */
public record LinkView(String label, String path) {
}
