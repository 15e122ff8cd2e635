/**
 * The search API over HTTP (Jetty): search, suggestions and the preview's version poll, with the
 * static site beside them.
 */
package org.healthlib.search.http;
