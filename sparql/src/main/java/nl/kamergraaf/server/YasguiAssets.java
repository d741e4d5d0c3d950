package nl.kamergraaf.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.codec.digest.DigestUtils;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * YASGUI's released files (npm package {@code @zazuko/yasgui}), which the build fetches at the pinned version, checks
 * against npm's integrity hash and packs into the jar under {@value #RESOURCE_FOLDER} (see sparql/yasgui/fetch.sh).
 * Served at {@code /assets/yasgui/<version>/<file>}: the version is in the path, so a file never changes at its URL
 * and may be cached for a year. Nothing is loaded from the network at run time.
 */
public final class YasguiAssets {
    public static final String RESOURCE_FOLDER = "/nl/kamergraaf/assets/yasgui/";
    /** The path prefix the files are served under (followed by the version). */
    public static final String PATH = "/assets/yasgui";
    public static final String SCRIPT = "yasgui.min.js";
    public static final String STYLE = "yasgui.min.css";
    /** The files served, with their content types. */
    static final Map<String, String> FILES = Map.of(
            SCRIPT, "text/javascript; charset=utf-8",
            STYLE, "text/css; charset=utf-8",
            "LICENSE", "text/plain; charset=utf-8",
            "package.json", "application/json; charset=utf-8");

    private final String version;
    private final Map<String, byte[]> bodies = new LinkedHashMap<>();

    private YasguiAssets() {
        for (String name : FILES.keySet()) bodies.put(name, read(name));
        version = readVersion(bodies.get("package.json"));
    }

    /** The files as packed into the jar by the build; fails when the build did not fetch them. */
    public static YasguiAssets load() {
        return new YasguiAssets();
    }

    /** The packed YASGUI version (from its package.json). */
    public String version() {
        return version;
    }

    /** The folder the files are served from, e.g. {@code /assets/yasgui/4.6.2}. */
    public String folder() {
        return PATH + "/" + version;
    }

    HttpServlet servlet() {
        return new Servlet();
    }

    private static String readVersion(byte[] packageJson) {
        try {
            return new ObjectMapper().readTree(packageJson).path("version").asText();
        } catch (IOException e) {
            throw new IllegalStateException("YASGUI's package.json is not readable JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = YasguiAssets.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("YASGUI's " + name + " is missing from the classpath (" + RESOURCE_FOLDER
                        + "): the build fetches it with sparql/yasgui/fetch.sh, which needs npm");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read YASGUI's " + name, e);
        }
    }

    private final class Servlet extends HttpServlet {
        private final Map<String, String> etags = new LinkedHashMap<>();

        Servlet() {
            bodies.forEach((name, body) -> etags.put(name, "\"" + DigestUtils.sha256Hex(body).substring(0, 32) + "\""));
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            // pathInfo is "/<version>/<file>"; any other version or file is not here.
            String info = req.getPathInfo() == null ? "" : req.getPathInfo();
            String prefix = "/" + version + "/";
            String name = info.startsWith(prefix) ? info.substring(prefix.length()) : null;
            byte[] body = name == null ? null : bodies.get(name);
            if (body == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String etag = etags.get(name);
            resp.setHeader("ETag", etag);
            resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (etag.equals(req.getHeader("If-None-Match"))) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            resp.setContentType(FILES.get(name));
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }
}
