/**
 * The site's one configuration: {@link org.healthlib.core.config.SiteConfig}, read from {@code site.yaml} by
 * {@link org.healthlib.core.config.SiteConfigLoader} (every key's default beside it; unknown keys are errors).
 */
package org.healthlib.core.config;
