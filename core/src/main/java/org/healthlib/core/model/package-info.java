/**
 * The domain as immutable records: articles (front matter and body), pages, editorial information,
 * reviewers, sources, synonyms, and the layout of the site's addresses.
 */
package org.healthlib.core.model;
