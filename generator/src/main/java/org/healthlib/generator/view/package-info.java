/**
 * The records templates receive, and the mappers that make them from the library; templates never
 * see the content store itself.
 */
package org.healthlib.generator.view;
