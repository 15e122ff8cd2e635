/**
 * Building a site: planning it ({@code SitePlanner}, where the site's rules run), rendering its
 * pages in parallel, and writing it beside its folder to be swapped in whole; or, after an edit of
 * one article's front matter, writing the pages that show the article over the built site
 * ({@code SiteUpdate}).
 */
package org.healthlib.generator.site;
