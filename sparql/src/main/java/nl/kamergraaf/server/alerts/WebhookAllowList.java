package nl.kamergraaf.server.alerts;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hosts the operator allows webhooks to be sent to, by exact (case-insensitive) host name or IP literal: a
 * configured URL whose host is not listed is never called, so a feed's configuration cannot make the server reach
 * into a network the operator did not mean. Only http and https; no user info in the URL. Redirects are not
 * followed by the sender, so an allowed host cannot forward a delivery elsewhere.
 */
public record WebhookAllowList(Set<String> hosts) {
    public WebhookAllowList {
        hosts = Set.copyOf(hosts);
    }

    public static WebhookAllowList none() {
        return new WebhookAllowList(Set.of());
    }

    /** A comma- or space-separated list of hosts. */
    public static WebhookAllowList parse(String list) {
        Set<String> hosts = new TreeSet<>();
        for (String h : list.split("[,\\s]+")) {
            String host = h.trim().toLowerCase(Locale.ROOT);
            if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
            if (!host.isEmpty()) hosts.add(host);
        }
        return new WebhookAllowList(hosts);
    }

    public boolean allows(URI url) {
        try {
            check(url);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @throws IllegalArgumentException saying why the URL may not be called */
    public void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw new IllegalArgumentException(url + ": only http and https URLs");
        if (url.getRawUserInfo() != null) throw new IllegalArgumentException(url + ": no user info in a webhook URL");
        String host = url.getHost();
        if (host == null || host.isEmpty()) throw new IllegalArgumentException(url + ": no host");
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (!hosts.contains(host)) {
            throw new IllegalArgumentException(url + ": host " + host + " is not in webhook.allow (" + String.join(", ", hosts) + ")");
        }
    }
}
