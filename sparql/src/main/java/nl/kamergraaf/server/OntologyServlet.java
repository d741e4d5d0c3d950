package nl.kamergraaf.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.kamergraaf.vocab.JsonLdContext;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Ontology;
import nl.kamergraaf.vocab.Shapes;

/**
 * Serves the ontology: {@code /def} as HTML documentation or, by Accept, as Turtle, JSON-LD or N-Triples;
 * {@code /def.ttl}; {@code /def/context.jsonld}; {@code /def/shapes.ttl}; and a concept scheme or concept IRI
 * ({@code /def/documentsoort/brief-regering}) redirects (303) to its row in the documentation. Everything is rendered
 * once at start: the ontology is part of the build, not of the data.
 */
final class OntologyServlet extends HttpServlet {
    static final String TURTLE = "text/turtle";
    static final String JSONLD = "application/ld+json";
    static final String NTRIPLES = "application/n-triples";
    static final String HTML = "text/html";

    private final byte[] html;
    private final byte[] turtle;
    private final byte[] jsonld;
    private final byte[] ntriples;
    private final byte[] context;
    private final byte[] shapes;
    private final Set<String> schemesAndConcepts;

    OntologyServlet() {
        Model ontology = Ontology.load();
        this.html = OntologyPage.ofOntology().getBytes(StandardCharsets.UTF_8);
        this.turtle = write(ontology, RDFFormat.TURTLE_PRETTY);
        this.jsonld = write(ontology, RDFFormat.JSONLD_PRETTY);
        this.ntriples = write(ontology, RDFFormat.NTRIPLES);
        this.context = JsonLdContext.generate(ontology).getBytes(StandardCharsets.UTF_8);
        this.shapes = write(Shapes.load(), RDFFormat.TURTLE_PRETTY);
        this.schemesAndConcepts = ontology.listSubjects().toList().stream()
                .filter(r -> r.hasProperty(RDF.type, SKOS.Concept) || r.hasProperty(RDF.type, SKOS.ConceptScheme))
                .map(r -> r.getURI()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        switch (path) {
            case "/def", "/def/" -> negotiate(req, resp);
            case "/def.ttl" -> send(resp, TURTLE, turtle);
            case "/def/context.jsonld" -> send(resp, JSONLD, context);
            case "/def/shapes.ttl" -> send(resp, TURTLE, shapes);
            default -> redirectToConcept(path, resp);
        }
    }

    private void negotiate(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String type = AcceptHeader.parse(req.getHeader("Accept")).best(List.of(HTML, TURTLE, JSONLD, NTRIPLES, "application/json"));
        if (type == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "The ontology is available as " + HTML + ", " + TURTLE
                    + ", " + JSONLD + " and " + NTRIPLES);
            return;
        }
        switch (type) {
            case TURTLE -> send(resp, TURTLE, turtle);
            case JSONLD, "application/json" -> send(resp, JSONLD, jsonld);
            case NTRIPLES -> send(resp, NTRIPLES, ntriples);
            default -> send(resp, HTML, html);
        }
    }

    /** {@code /def/{scheme}} and {@code /def/{scheme}/{slug}}: the IRIs of the concept schemes, answered with a 303. */
    private void redirectToConcept(String path, HttpServletResponse resp) throws IOException {
        String rest = path.substring("/def/".length()).toLowerCase(Locale.ROOT);
        if (!path.startsWith("/def/") || !schemesAndConcepts.contains(KG.SCHEME_BASE + rest)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such term or concept in the Kamergraaf ontology: " + path);
            return;
        }
        String anchor = rest.contains("/") ? rest.replace('/', '-') : "scheme-" + rest;
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", "/def#" + anchor);
    }


    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type + ";charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static byte[] write(Model model, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format);
        return out.toByteArray();
    }
}
