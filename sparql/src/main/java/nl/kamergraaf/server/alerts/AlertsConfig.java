package nl.kamergraaf.server.alerts;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.store.sync.RetryPolicy;

/**
 * The operator's settings for alerts, {@code <store>/alerts/alerts.properties}:
 * <pre>
 * webhook.allow = 127.0.0.1, hooks.example.org     hosts webhooks may be sent to; none by default
 * webhook.dossier/36600-XIII = https://hooks.example.org/kamer
 * webhook.query/chips = http://127.0.0.1:8080/hook  a saved query's feed is query/&lt;name&gt;
 * webhook.attempts = 5                             tries per delivery
 * webhook.delay = 2                                seconds before the first retry, doubling, at most 5 minutes
 * retention.days = 90                              journal entries older than this are dropped
 * </pre>
 * A webhook whose URL is not http(s) or whose host is not on the allow-list is refused here, with the key and the
 * reason in the log; the others still work.
 */
public record AlertsConfig(Map<String, URI> webhooks, WebhookAllowList allow, RetryPolicy retry, Duration retention) {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsConfig.class);
    public static final String FILE = "alerts.properties";
    private static final String WEBHOOK = "webhook.";
    private static final List<String> SETTINGS = List.of("webhook.allow", "webhook.attempts", "webhook.delay");

    public AlertsConfig {
        webhooks = Collections.unmodifiableMap(new LinkedHashMap<>(webhooks));
    }

    public static AlertsConfig defaults() {
        return new AlertsConfig(Map.of(), WebhookAllowList.none(), retry(5, 2), Duration.ofDays(90));
    }

    /** The store's settings; the defaults when there is no file. A bad value is logged and its default used. */
    public static AlertsConfig read(Path storeRoot) throws IOException {
        Path file = SavedQuery.folder(storeRoot).resolve(FILE);
        if (!Files.isRegularFile(file)) return defaults();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return parse(p, file.toString());
    }

    static AlertsConfig parse(Properties p, String source) {
        WebhookAllowList allow = WebhookAllowList.parse(p.getProperty("webhook.allow", ""));
        int attempts = number(p, "webhook.attempts", 5, source);
        int delay = number(p, "webhook.delay", 2, source);
        int days = number(p, "retention.days", 90, source);
        Map<String, URI> hooks = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!key.startsWith(WEBHOOK) || SETTINGS.contains(key)) continue;
            String feed = key.substring(WEBHOOK.length());
            String value = p.getProperty(key).trim();
            try {
                URI url = URI.create(value);
                allow.check(url);
                hooks.put(feed, url);
            } catch (IllegalArgumentException e) {
                LOG.error("{}: webhook {} refused: {}", source, key, e.getMessage());
            }
        }
        return new AlertsConfig(hooks, allow, retry(Math.max(1, attempts), Math.max(0, delay)), Duration.ofDays(Math.max(1, days)));
    }

    private static RetryPolicy retry(int attempts, int delaySeconds) {
        return new RetryPolicy(attempts, Duration.ofSeconds(delaySeconds), Duration.ofMinutes(5), Duration.ofSeconds(30));
    }

    private static int number(Properties p, String key, int fallback, String source) {
        String v = p.getProperty(key);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            LOG.error("{}: {} = '{}' is not a whole number; using {}", source, key, v, fallback);
            return fallback;
        }
    }
}
