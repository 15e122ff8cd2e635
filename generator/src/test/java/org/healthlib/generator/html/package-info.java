/** The built site's HTML, checked by the Nu HTML Checker (the W3C validator) run in-process. */
package org.healthlib.generator.html;
