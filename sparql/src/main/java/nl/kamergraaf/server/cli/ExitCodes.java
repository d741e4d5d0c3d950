package nl.kamergraaf.server.cli;

/** Exit codes of the commands, as documented in their help. */
final class ExitCodes {
    static final int OK = 0;
    /** The run finished, but some records were skipped: the summary says which. */
    static final int RECORDS_SKIPPED = 1;
    /** Wrong use: an unknown option, a missing argument (picocli's own code). */
    static final int USAGE = 2;
    /** The run could not finish: nothing was changed. */
    static final int FAILED = 3;

    private ExitCodes() {}
}
