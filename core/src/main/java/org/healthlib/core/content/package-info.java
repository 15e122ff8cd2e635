/**
 * Loading a content folder: scanning it, reading each article and page with its front matter
 * checked, the editorial rules, the addresses of the site claimed once, synonyms, symbolic links,
 * and watching the folder for changes. Every problem becomes a located diagnostic.
 */
package org.healthlib.core.content;
