/**
 * Building a site: planning it ({@code SitePlanner}, where the site's rules run), rendering its
 * pages in parallel, and writing it beside its folder to be swapped in whole.
 */
package org.healthlib.generator.site;
