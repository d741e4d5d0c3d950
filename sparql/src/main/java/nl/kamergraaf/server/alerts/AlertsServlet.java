package nl.kamergraaf.server.alerts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.kamergraaf.server.linkeddata.Addresses;
import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.store.StoreDirectory;

/**
 * Serves the alert feeds under {@value AlertsPaths#ROOT}: {@code /alerts/dossier/36600-XIII}, {@code /persoon/<guid>},
 * {@code /fractie/<guid>}, {@code /ministerie/<tooi code>}, {@code /zoek?q=term} and {@code /<saved query>}, as Atom,
 * RSS or iCalendar (suffix {@code .atom}, {@code .rss}, {@code .ics}, or Accept). A feed shows its {@code n} newest
 * entries (default {@value #DEFAULT_ENTRIES}) read from the live build's journal; the ETag and Last-Modified are
 * worked out from the journal's file names and times before any entry is read, so a 304 costs a directory listing.
 */
final class AlertsServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsServlet.class);
    static final int DEFAULT_ENTRIES = 50;
    static final int MAX_ENTRIES = 500;
    /** How far back a full-text feed looks in the journal. */
    static final int SEARCH_WINDOW = 1000;
    /** At most this many full-text hits are matched against that window. */
    static final int SEARCH_HITS = 10_000;

    private final transient ServerContext context;
    private final transient Addresses addresses;

    AlertsServlet(ServerContext context) {
        this.context = context;
        this.addresses = new Addresses(context.base());
    }

    /** What a request asks for: the feed key, how it is titled, and (for a search) the term. */
    private record Target(String feed, String title, String alternateIri, String searchTerm, Optional<SavedQuery> saved) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Optional<FeedFormat> suffix = FeedFormat.ofPath(path);
        if (suffix.isPresent()) path = path.substring(0, path.length() - suffix.get().suffix.length() - 1);
        FeedFormat format = suffix.orElseGet(() -> FeedFormat.negotiate(req));
        int n;
        try {
            n = req.getParameter("n") == null ? DEFAULT_ENTRIES : Integer.parseInt(req.getParameter("n"));
            if (n < 1 || n > MAX_ENTRIES) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "n must be a number from 1 to " + MAX_ENTRIES);
            return;
        }
        Optional<Path> root = context.storeRoot();
        if (root.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Alerts need a store folder; this server serves none");
            return;
        }
        Optional<Path> build = new StoreDirectory(root.get()).current();
        if (build.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "No live build yet");
            return;
        }
        Target target;
        try {
            target = target(path, req.getParameter("q"), root.get());
        } catch (IllegalArgumentException e) {
            // a saved query the operator got wrong: say which file and why
            LOG.error("Alerts feed {}: {}", path, e.getMessage());
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
            return;
        }
        if (target == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such feed. Feeds: /alerts/dossier/<nummer>, /alerts/persoon/<id>, "
                    + "/alerts/fractie/<id>, /alerts/ministerie/<tooi code>, /alerts/zoek?q=<term>, /alerts/<saved query>");
            return;
        }
        if (target.searchTerm() != null && (target.searchTerm().isBlank() || target.searchTerm().length() > 200)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "zoek needs q, a search term of at most 200 characters");
            return;
        }
        AlertJournal journal = AlertJournal.of(build.get());
        if (target.saved().isPresent()) {
            try {
                AlertSyncHook.baseline(context.dataset(), journal, target.saved().get());
            } catch (RuntimeException e) {
                // too many rows, too slow, or failing: the operator's query, named in the answer and the log
                String why = target.saved().get().file() + ": cannot take the baseline: " + e.getMessage();
                LOG.error("Alerts feed {}: {}", path, why);
                resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, why);
                return;
            }
        }

        boolean search = target.searchTerm() != null;
        Optional<Long> newest = search ? journal.newestSegment() : journal.newestSegment(target.feed());
        Instant modified = (search ? journal.lastWritten() : journal.lastWritten(target.feed()))
                .orElse(Files.getLastModifiedTime(build.get()).toInstant()).truncatedTo(ChronoUnit.SECONDS);
        String origin = origin(req);
        // everything the body depends on: the build, the feed's newest journal file, the form, and the links' origin
        String etag = etag(build.get().getFileName() + "|" + target.feed() + "|" + newest.map(String::valueOf).orElse("-") + "|"
                + format + "|" + n + "|" + (search ? target.searchTerm() : "") + "|" + origin);
        resp.setHeader("ETag", etag);
        resp.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(modified, ZoneOffset.UTC)));
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("Vary", "Accept");
        if (notModified(req.getHeader("If-None-Match"), req.getHeader("If-Modified-Since"), etag, modified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }

        List<AlertEntry> entries;
        try {
            entries = search ? searchEntries(journal, target.searchTerm(), n) : journal.latest(target.feed(), n);
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "q is not a search the full-text index understands: " + e.getMessage());
            return;
        }
        String query = search ? "?q=" + URLEncoder.encode(target.searchTerm(), StandardCharsets.UTF_8) : "";
        String self = origin + AlertsPaths.ROOT + path + "." + format.suffix + query;
        List<AlertFeed.Item> items = new ArrayList<>();
        for (AlertEntry e : entries) {
            String link = e.iri().isEmpty() ? self : origin + addresses.docPath(e.iri());
            items.add(new AlertFeed.Item("urn:kamergraaf:alert:" + e.time().toEpochMilli() + ":" + e.seq(), link, e));
        }
        Instant updated = entries.isEmpty() ? modified : entries.get(0).time();
        String alternate = target.alternateIri() == null ? origin + "/" : origin + addresses.docPath(target.alternateIri());
        AlertFeed feed = new AlertFeed(origin + AlertsPaths.ROOT + path + query,
                target.title(), self, alternate, updated, items);

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            switch (format) {
                case ATOM -> AtomFeedWriter.write(feed, body);
                case RSS -> RssFeedWriter.write(feed, body);
                case ICS -> IcsWriter.write(feed, body);
            }
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the feed " + path, e);
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType + "; charset=utf-8");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    /** The feed a path names, or null when it names none. */
    private Target target(String path, String q, Path root) throws IOException {
        String[] parts = path.startsWith("/") ? path.substring(1).split("/", -1) : new String[] {""};
        if (parts.length == 2 && FeedKeys.isReadyMade(parts[0], parts[1])) {
            String key = parts[0] + "/" + parts[1];
            String iri = parts[0].equals("ministerie") ? "https://identifier.overheid.nl/tooi/id/ministerie/" + parts[1]
                    : addresses.base() + "/id/" + key;
            return new Target(key, "Kamergraaf: " + label(iri).orElse(key), iri, null, Optional.empty());
        }
        if (parts.length != 1) return null;
        if (parts[0].equals("zoek")) {
            String term = q == null ? "" : q.strip();
            return new Target("zoek", "Kamergraaf: zoek " + term, null, term, Optional.empty());
        }
        Optional<SavedQuery> saved = SavedQuery.find(root, parts[0]);
        return saved.map(s -> new Target(s.feed(), "Kamergraaf: " + s.name(), null, null, saved)).orElse(null);
    }

    private Optional<String> label(String iri) {
        return Optional.ofNullable(Txn.calculateRead(context.dataset(),
                () -> RecordDescription.label(context.dataset().getUnionGraph(), NodeFactory.createURI(iri))));
    }

    /**
     * The newest entries of the journal's last {@value #SEARCH_WINDOW} whose thing the full-text index finds for the
     * term (at most {@value #SEARCH_HITS} hits are matched). Deletions are not searched: a deleted record's text is
     * gone from the index.
     */
    private List<AlertEntry> searchEntries(AlertJournal journal, String term, int n) throws IOException {
        List<AlertEntry> tail = journal.tail(SEARCH_WINDOW);
        Set<String> candidates = new LinkedHashSet<>();
        for (AlertEntry e : tail) if (e.kind() == AlertEntry.Kind.NEW && !e.iri().isEmpty()) candidates.add(e.iri());
        Set<String> found = FullTextMatch.subjects(context.dataset(), term, candidates, SEARCH_HITS);
        List<AlertEntry> out = new ArrayList<>();
        for (AlertEntry e : tail) {
            if (out.size() >= n) break;
            if (e.kind() == AlertEntry.Kind.NEW && found.contains(e.iri())) out.add(e);
        }
        return out;
    }

    private static String origin(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = req.getServerName();
        if (host.contains(":")) host = "[" + host + "]";
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    static String etag(String fingerprint) {
        return "\"" + DigestUtils.sha256Hex(fingerprint).substring(0, 32) + "\"";
    }

    /** RFC 9110 §13: If-None-Match (weak comparison) first; If-Modified-Since only without it. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            if (ifNoneMatch.strip().equals("*")) return true;
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals);
        }
        if (ifModifiedSince != null) {
            try {
                return !lastModified.isAfter(ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }
}
