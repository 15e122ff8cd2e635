/**
 * The links and images of bodies: what a link leads to ({@code LinkResolver}), the rule that refuses
 * a broken one ({@code LinkChecker}, run when a site is planned), and the HTML pass that adds
 * heading anchors and rewrites links ({@code BodyProcessor}).
 */
package org.healthlib.generator.postprocess;
