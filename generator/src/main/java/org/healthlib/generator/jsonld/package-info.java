/**
 * schema.org {@code MedicalWebPage} structured data and the script-safe JSON writer it uses.
 */
package org.healthlib.generator.jsonld;
