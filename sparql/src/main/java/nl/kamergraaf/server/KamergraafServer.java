package nl.kamergraaf.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * The public face of the graph: an embedded Fuseki serving the store read-only. The SPARQL endpoint is
 * {@code /sparql} (query only: SPARQL Update is not offered at all, and there is no admin API), with a query timeout
 * after which the query is cut off with HTTP 503, a cap on the rows of one answer, federated SERVICE calls off so no
 * caller can make the server fetch other URLs, and CORS on so browser tools can query it. A GET of the endpoint
 * without a query answers with its SPARQL 1.1 Service Description.
 * Bound to loopback unless asked otherwise.
 */
public final class KamergraafServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KamergraafServer.class);

    /** The endpoint path, relative to the server root. */
    public static final String SPARQL_PATH = "/sparql";
    /** The default cap on the rows of one query. */
    public static final long DEFAULT_MAX_ROWS = 10_000;

    private final FusekiServer fuseki;

    private KamergraafServer(Builder b) {
        DatasetGraph dsg = b.dataset;
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(b.queryTimeout.toMillis()));
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        // Query only, at one path. /query is the query page for people (QueryPage), not a second endpoint; no Graph
        // Store Protocol read either: a GET of the default graph would stream the whole store past the timeout and
        // the row cap (whole-store downloads are the dumps' job).
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .build();
        FusekiServer.Builder fb = FusekiServer.create()
                // The query operation of this server caps rows and describes itself on a GET without a query.
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new PublicQueryService(new RowLimit(b.maxRows), b.queryTimeout))
                .port(b.port)
                .loopback(!b.bindAll)
                .add("/", service)
                .enablePing(true)
                .enableCors(true, null);
        ServerContext context = new ServerContext(dsg, b.base, Optional.ofNullable(b.storeRoot), b.queryTimeout);
        for (ServerExtension extension : b.extensions) extension.configure(fb, context);
        this.fuseki = fb.build();
    }

    public static Builder create() {
        return new Builder();
    }

    public KamergraafServer start() {
        fuseki.start();
        LOG.info("Kamergraaf SPARQL endpoint at {}", sparqlUrl());
        return this;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + SPARQL_PATH;
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    /** Server settings; defaults: port 3030, loopback only, 30 s query timeout, at most 10000 rows per query. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private boolean bindAll = false;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long maxRows = DEFAULT_MAX_ROWS;
        private String base = UriMinter.DEFAULT_BASE;
        private Path storeRoot;
        private List<ServerExtension> extensions = List.of();

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset);
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Listen on all interfaces instead of loopback only. */
        public Builder bindAll(boolean bindAll) {
            this.bindAll = bindAll;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("The query timeout must be positive");
            this.queryTimeout = timeout;
            return this;
        }

        /** The most rows (solutions) one query returns; a larger or missing LIMIT is lowered to it. */
        public Builder maxRows(long maxRows) {
            if (maxRows <= 0) throw new IllegalArgumentException("The row cap must be positive");
            this.maxRows = maxRows;
            return this;
        }

        /** The base IRI the served data was minted under (for linked-data pages). */
        public Builder base(String base) {
            this.base = Objects.requireNonNull(base);
            return this;
        }

        /** The store folder the dataset comes from, for extensions that serve files beside it. */
        public Builder storeRoot(Path storeRoot) {
            this.storeRoot = storeRoot;
            return this;
        }

        /**
         * What the server runs besides the SPARQL endpoint (pages, releases, alerts...); none by default: the
         * command line assembles them ({@code nl.kamergraaf.server.cli.ServerAssembly}).
         */
        public Builder extensions(List<ServerExtension> extensions) {
            this.extensions = List.copyOf(extensions);
            return this;
        }

        public List<ServerExtension> extensions() {
            return extensions;
        }

        public KamergraafServer build() {
            if (dataset == null) throw new IllegalStateException("No dataset to serve");
            return new KamergraafServer(this);
        }
    }
}
