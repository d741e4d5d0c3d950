package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.kamergraaf.server.Answers;
import nl.kamergraaf.server.GetServlet;
import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.store.StoreDirectory;

/**
 * The change log position of the served build, as JSON: {@code lineage} (changes when a new load starts a new log),
 * {@code committed} (the last sequence number {@code /changes} lists). With {@code ?release=ID} also {@code after}:
 * the position release ID was cut at; 404 when the served build did not write that release (a replica then waits for
 * the release of the new build).
 */
record ReplicationPositionResource(ServerContext context) implements GetServlet.Resource {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicationPositionResource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Path> build = context.storeRoot().flatMap(root -> new StoreDirectory(root).current());
        if (build.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "This server does not serve a store");
            return;
        }
        String release = req.getParameter("release");
        ObjectNode answer = JSON.createObjectNode();
        try {
            answer.put("lineage", ReleasePositions.lineage(build.get()));
            answer.put("committed", ReleasePositions.changesCommitted(build.get()));
            if (release != null) {
                OptionalLong after;
                try {
                    after = ReleasePositions.positionOf(build.get(), release);
                } catch (IllegalArgumentException e) {
                    resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
                    return;
                }
                if (after.isEmpty()) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Release " + release + " was not written from the served build");
                    return;
                }
                answer.put("release", release);
                answer.put("after", after.getAsLong());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot read the replication position of {}: {}", build.get(), e.toString());
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The replication position cannot be read");
            return;
        }
        Answers.send(resp, HttpServletResponse.SC_OK, "application/json", Answers.NO_STORE,
                JSON.writeValueAsString(answer).getBytes(StandardCharsets.UTF_8));
    }
}
