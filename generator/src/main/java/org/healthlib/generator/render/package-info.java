/**
 * The theme: Freemarker templates (the default ones, or a content folder's own) rendered with view
 * records; template problems come back as diagnostics.
 */
package org.healthlib.generator.render;
