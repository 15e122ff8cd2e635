/**
 * The machine-read files of a site: {@code sitemap.xml}, the Atom feed and {@code robots.txt}.
 */
package org.healthlib.generator.feeds;
