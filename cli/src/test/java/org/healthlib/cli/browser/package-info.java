/**
 * End-to-end tests in headless Chromium through Selenium WebDriver: a reader's search, the
 * editor's live preview, accessibility (axe-core) and the search of a site without its API.
 * Skipped, with how to install it, where Chromium is not installed.
 */
package org.healthlib.cli.browser;
