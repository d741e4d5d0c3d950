package nl.kamergraaf.server.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = KamergraafCommand.class.getPackage().getImplementationVersion();
        return new String[] {"kamergraaf " + (v == null ? "development build" : v)};
    }
}
