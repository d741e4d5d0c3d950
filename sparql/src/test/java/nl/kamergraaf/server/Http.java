package nl.kamergraaf.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/** Plain HTTP calls to a test server, so tests see exactly what a client sees (status, headers, body). */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {}

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A SPARQL query by POST of an HTML form, the way browser tools send long queries. */
    /**
     * On a connection of its own: a server may close a connection after refusing a request whose body it did not
     * read, and a pooled connection would then fail the next request with an EOF that says nothing about the server.
     */
    static HttpResponse<String> sendAlone(HttpRequest request) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> query(String endpoint, String query, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build());
    }

    /** The values of a SELECT answer's first column over HTTP: literals by their lexical form, IRIs as they are. */
    static Set<String> selectFirstColumn(KamergraafServer server, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(query).build()) {
            Set<String> out = new TreeSet<>();
            var rs = qe.execSelect();
            String var = rs.getResultVars().get(0);
            rs.forEachRemaining(s -> out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString()));
            return out;
        }
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build());
    }
}
