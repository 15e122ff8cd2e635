/**
 * The editors' view of a library: the review queue (published articles whose medical review is
 * overdue or due soon, grouped by reviewer, most urgent first), the articles not yet published,
 * and the articles that read above the site's grade target. Computed here once, from a loaded
 * {@link org.healthlib.core.content.Library}, for every tool that shows it: the {@code review}
 * command prints it and the site build writes it as the editorial dashboard.
 */
package org.healthlib.core.editorial;
