package org.healthlib.generator.view;

/** Relative URLs between pages: every link of the site is relative, so it works from any folder. */
public final class SitePaths {
    private SitePaths() {
    }

    /**
     * The prefix that leads from the page at {@code sitePath} back to the site root:
     * "./" for the home page, "../../" for {@code articles/afib/}, "../" for {@code old/page.html}.
     */
    public static String rootOf(String sitePath) {
        int depth = 0;
        for (int i = 0; i < sitePath.length(); i++) {
            if (sitePath.charAt(i) == '/') {
                depth++;
            }
        }
        return depth == 0 ? "./" : "../".repeat(depth);
    }

}
