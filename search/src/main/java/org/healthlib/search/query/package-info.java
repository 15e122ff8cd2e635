/**
 * Answering queries: the service with reference-counted index snapshots, query building, spelling
 * correction, snippets and facets.
 */
package org.healthlib.search.query;
