package nl.kamergraaf.server.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the files of a release at {@code /dumps/<release>/<file>} and of the newest one at
 * {@code /dumps/latest/<file>}: only files a release lists in its SHA256SUMS, with Content-Length, a strong ETag (the
 * file's SHA-256, which the catalog states too), Last-Modified, and single byte ranges (206, 416) so that a download
 * of a large dump can resume. Gzipped dumps go out as application/gzip, not as a Content-Encoding, so what a client
 * stores is the very file whose size and checksum the catalog gives.
 */
final class DumpFileServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(DumpFileServlet.class);
    static final String LATEST_ALIAS = "latest";

    private final transient ReleaseDirectory releases;
    /** Releases never change once written, so their listings are read once. */
    private final transient Map<String, Map<String, ReleaseFile>> listings = new ConcurrentHashMap<>();

    DumpFileServlet(ReleaseDirectory releases) {
        this.releases = releases;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Optional.ofNullable(req.getPathInfo()).orElse("");
        String[] parts = path.startsWith("/") ? path.substring(1).split("/", -1) : new String[0];
        if (parts.length != 2) {
            notFound(resp, "Ask for /dumps/<release>/<file> or /dumps/latest/<file>; the catalog at /catalog lists them");
            return;
        }
        boolean latest = LATEST_ALIAS.equals(parts[0]);
        Optional<String> release = latest ? releases.latest() : Optional.of(parts[0]);
        Optional<Path> dir = release.flatMap(releases::release);
        if (dir.isEmpty()) {
            notFound(resp, latest ? "No release has been written yet: run 'kamergraaf dump'" : "No release " + parts[0]);
            return;
        }
        ReleaseFile file = listing(release.get()).get(parts[1]);
        if (file == null) {
            notFound(resp, "Release " + release.get() + " has no file " + parts[1]);
            return;
        }
        Path onDisk = dir.get().resolve(file.name());
        String etag = "\"" + file.sha256() + "\"";
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", Files.getLastModifiedTime(onDisk).toMillis());
        resp.setHeader("Accept-Ranges", "bytes");
        resp.setHeader("Cache-Control", latest ? "public, max-age=300" : "public, max-age=31536000, immutable");
        resp.setContentType(contentType(file.name()));
        if (file.name().endsWith(".csv")) {
            // How a CSVW processor finds the metadata of a CSV file it was handed (CSVW, "Link header").
            resp.setHeader("Link", "<" + DumpFormat.TABLES_METADATA.fileName() + ">; rel=\"describedby\"; type=\"application/csvm+json\"");
        }
        if (etagMatches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // A range is only honoured for the version the client already has part of (If-Range), else the whole file.
        String ifRange = req.getHeader("If-Range");
        Optional<String> rangeHeader = ifRange == null || ifRange.equals(etag)
                ? Optional.ofNullable(req.getHeader("Range")) : Optional.empty();
        long length = file.bytes();
        ByteRange.Request request = ByteRange.parse(rangeHeader, length);
        if (request instanceof ByteRange.Unsatisfiable) {
            resp.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            resp.setHeader("Content-Range", "bytes */" + length);
            resp.setContentLengthLong(0);
        } else if (request instanceof ByteRange.Partial p) {
            ByteRange r = p.range();
            resp.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            resp.setHeader("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + length);
            resp.setContentLengthLong(r.length());
            if (!"HEAD".equals(req.getMethod())) copy(onDisk, r.first(), r.length(), resp.getOutputStream());
        } else {
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentLengthLong(length);
            if (!"HEAD".equals(req.getMethod())) copy(onDisk, 0, length, resp.getOutputStream());
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private Map<String, ReleaseFile> listing(String release) throws IOException {
        Map<String, ReleaseFile> cached = listings.get(release);
        if (cached != null) return cached;
        Map<String, ReleaseFile> byName = new ConcurrentHashMap<>();
        List<ReleaseFile> files = releases.files(release);
        for (ReleaseFile f : files) byName.put(f.name(), f);
        byName.put(ReleaseDirectory.SUMS, ReleaseWriter.describe(releases.release(release).orElseThrow().resolve(ReleaseDirectory.SUMS)));
        listings.put(release, byName);
        return byName;
    }

    private static boolean etagMatches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) return true;
        }
        return false;
    }

    static String contentType(String name) {
        if (name.endsWith(".gz")) return "application/gzip";
        if (name.endsWith(".jsonld")) return "application/ld+json";
        if (name.endsWith(".ttl")) return "text/turtle; charset=utf-8";
        if (name.endsWith(".csv")) return "text/csv; charset=utf-8; header=present";
        if (name.equals(DumpFormat.TABLES_METADATA.fileName())) return "application/csvm+json";
        return "text/plain; charset=utf-8";
    }

    private static void copy(Path file, long first, long length, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(first);
            byte[] buffer = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) throw new IOException("File " + file + " ended early");
                out.write(buffer, 0, n);
                left -= n;
            }
        } catch (IOException e) {
            LOG.debug("Sending {} stopped: {}", file, e.getMessage());
            throw e;
        }
    }

    private static void notFound(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(message);
    }
}
