package nl.kamergraaf.server.linkeddata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.server.ServerExtension;
import nl.kamergraaf.store.StoreDirectory;

/**
 * Linked data for browsers and crawlers: {@code /id/...} answers 303 to {@code /doc/...}, which serves Turtle,
 * N-Triples, JSON-LD, RDF/XML and HTML by Accept header or suffix; a record graph's IRI {@code /graph/...} answers 303
 * to {@code /doc/graph/...}, its description in the same formats or its whole content in TriG and N-Quads;
 * {@code /doc?uri=} describes the other IRIs the graph holds; {@code /} is the start page. See docs/linked-data.md.
 */
public final class LinkedDataExtension implements ServerExtension {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataExtension.class);
    /** Incoming links per page: enough for most things, while a fractie with thousands of votes is paged. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private final int pageSize;

    public LinkedDataExtension() {
        this(DEFAULT_PAGE_SIZE);
    }

    public LinkedDataExtension(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        Addresses addresses = new Addresses(context.base());
        Describer describer = new Describer(context.dataset(), addresses, pageSize);
        Instant lastModified = dataWentLive(context.storeRoot());
        // Without a store folder the data cannot change, so the start time stands.
        Supplier<Instant> modified = context.storeRoot().isPresent() ? () -> dataWentLive(context.storeRoot()) : () -> lastModified;
        DescriptionServlet docs = new DescriptionServlet(describer, new RecordContent(context.dataset()), addresses, modified);
        fuseki.addServlet(Addresses.ID + "*", new IdentifierServlet(describer, addresses, Addresses.ID));
        fuseki.addServlet(Addresses.GRAPH + "*", new IdentifierServlet(describer, addresses, Addresses.GRAPH));
        fuseki.addServlet(Addresses.DOC + "/*", docs);
        fuseki.addServlet(Addresses.DOC, docs);
        for (Representation r : Representation.DESCRIPTIONS) fuseki.addServlet(Addresses.DOC + "." + r.suffix(), docs);
        fuseki.addServlet(ContextServlet.PATH, new ContextServlet());
        fuseki.addFilter("/*", new StartPageFilter(new StartPage(context.dataset(), addresses)));
        LOG.info("Linked-data pages for {}/id/... and {}/graph/... (data last changed {})", addresses.base(), addresses.base(), lastModified);
    }

    /**
     * When the served data went live, for Last-Modified: the build time in the live build's name (a load makes a new
     * build, which the server switches to while running), or the server's start when serving no store folder.
     */
    static Instant dataWentLive(Optional<Path> storeRoot) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (storeRoot.isEmpty()) return now;
        Optional<Path> build = new StoreDirectory(storeRoot.get()).current();
        if (build.isEmpty()) return now;
        String name = build.get().getFileName().toString();
        try {
            return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                    .parse(name.substring(0, Math.min(16, name.length())), Instant::from);
        } catch (DateTimeParseException e) {
            try {
                return Files.getLastModifiedTime(build.get()).toInstant().truncatedTo(ChronoUnit.SECONDS);
            } catch (IOException io) {
                return now;
            }
        }
    }
}
