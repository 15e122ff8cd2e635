/**
 * JSON out: the one writer of the project, safe inside an HTML {@code <script>} element. Depends on nothing else.
 */
package org.healthlib.core.json;
