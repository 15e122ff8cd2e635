package org.healthlib.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = HealthlibCommand.class.getPackage().getImplementationVersion();
        return new String[] {"healthlib " + (version == null ? "development" : version)};
    }
}
