package nl.kamergraaf.server.alerts;

/** Where the feeds are served: {@code /alerts/dossier/36600-XIII}, {@code /alerts/<saved query>}, {@code /alerts/zoek?q=…}. */
public final class AlertsPaths {
    public static final String ROOT = "/alerts";

    private AlertsPaths() {}

    /** The root-relative path of a feed key's feed (without format suffix). */
    public static String feedPath(String feed) {
        return ROOT + "/" + (feed.startsWith(FeedKeys.QUERY) ? feed.substring(FeedKeys.QUERY.length()) : feed);
    }
}
