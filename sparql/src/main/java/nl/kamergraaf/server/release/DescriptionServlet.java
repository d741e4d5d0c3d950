package nl.kamergraaf.server.release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/**
 * Serves one description document — the DCAT catalog at {@code /catalog} or the VoID description at
 * {@code /.well-known/void} — as written with the newest release, in the format the client asks for (Turtle by
 * default; JSON-LD, RDF/XML, N-Triples). With no release yet, it serves the description of the live store, which
 * has no distributions.
 */
final class DescriptionServlet extends HttpServlet {
    static final AcceptList OFFER = AcceptList.create("text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples");
    private static final MediaType DEFAULT = MediaType.create("text/turtle");

    private final transient Optional<ReleaseDirectory> releases;
    private final String fileName;
    private final transient Supplier<Model> live;
    private final transient ConcurrentHashMap<String, Model> cache = new ConcurrentHashMap<>();

    DescriptionServlet(Optional<ReleaseDirectory> releases, String fileName, Supplier<Model> live) {
        this.releases = releases;
        this.fileName = fileName;
        this.live = live;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> latest = releases.flatMap(ReleaseDirectory::latest);
        Model model = latest.isPresent()
                ? cache.computeIfAbsent(latest.get(), id -> read(releases.get().release(id).orElseThrow().resolve(fileName)))
                : cache.computeIfAbsent("", id -> live.get());
        MediaType type = Optional.ofNullable(ConNeg.chooseContentType(req, OFFER, DEFAULT)).orElse(DEFAULT);
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setHeader("Vary", "Accept");
        resp.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, model, lang);
        }
    }

    private static Model read(Path file) {
        return RDFDataMgr.loadModel(file.toString(), Lang.TURTLE);
    }
}
