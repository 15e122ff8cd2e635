/**
 * Safe YAML reading (no object creation, alias, depth and size limits) that keeps the position of
 * every key and value, so each problem is reported where it is written.
 */
package org.healthlib.core.yaml;
