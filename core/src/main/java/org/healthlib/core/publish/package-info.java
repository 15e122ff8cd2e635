/**
 * Publishing folders whole: {@link org.healthlib.core.publish.StagedFolder} writes a folder beside
 * its target and swaps it in, {@link org.healthlib.core.publish.Publication} swaps the site and its
 * index in together and finishes or clears what a killed run left. Depends on nothing else of the
 * project; the generator and the search write through it.
 */
package org.healthlib.core.publish;
