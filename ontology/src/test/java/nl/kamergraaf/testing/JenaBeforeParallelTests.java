package nl.kamergraaf.testing;

import org.apache.jena.sys.JenaSystem;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Initialises Jena once, before any test runs. The quick loop runs two test classes at a time; two threads that
 * reach Jena's vocabulary classes and its subsystem start-up for the first time together deadlock in their class
 * initialisers (seen here: RDFS waiting for NodeFactory while InitJenaCore waits for RDFS). Found by Surefire
 * through service loading (META-INF/services).
 */
public final class JenaBeforeParallelTests implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        JenaSystem.init();
    }
}
