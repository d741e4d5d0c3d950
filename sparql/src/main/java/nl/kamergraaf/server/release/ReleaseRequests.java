package nl.kamergraaf.server.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.store.StoreDirectory;

/**
 * How {@code kamergraaf dump} gets a release of a store a running {@code serve} holds (TDB2 lets only one process
 * open a database): it leaves a request file in the store folder, the server writes the release with its
 * {@link ReleasePublisher} and leaves an answer file naming the release (or the error). Files, not HTTP, so no
 * admin endpoint is exposed: only who may write the store folder may ask.
 *
 * <pre>
 * store/RELEASE-REQUEST            a token, written by dump
 * store/RELEASE-ANSWER-{token}     "ok {release id}" or "failed {message}", written by the server
 * </pre>
 */
public final class ReleaseRequests {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseRequests.class);
    private static final String REQUEST = "RELEASE-REQUEST";
    private static final String ANSWER = "RELEASE-ANSWER-";

    private ReleaseRequests() {}

    /** The server's answer: the release written, or why none was. */
    public record Answer(Optional<String> releaseId, String message) {}

    /** Asks the server of this store for a release; returns the token its answer will carry. */
    public static String request(StoreDirectory store) throws IOException {
        String token = UUID.randomUUID().toString();
        writeAtomically(store.root().resolve(REQUEST), token);
        return token;
    }

    /** Waits for the answer to a request, checking {@code attempts} times, {@code pause} apart. */
    public static Optional<Answer> awaitAnswer(StoreDirectory store, String token, int attempts, Duration pause) throws IOException, InterruptedException {
        Path answer = store.root().resolve(ANSWER + token);
        for (int i = 0; i < attempts; i++) {
            if (Files.isRegularFile(answer)) {
                String text = Files.readString(answer, StandardCharsets.UTF_8).strip();
                Files.deleteIfExists(answer);
                return Optional.of(text.startsWith("ok ") ? new Answer(Optional.of(text.substring(3)), text)
                        : new Answer(Optional.empty(), text.replaceFirst("^failed ", "")));
            }
            Thread.sleep(pause.toMillis());
        }
        // Nobody answered: withdraw the request so a server started later does not act on it.
        Files.deleteIfExists(store.root().resolve(REQUEST));
        return Optional.empty();
    }

    /** Serves requests for a running server: looks for one every interval and has the publisher answer it. */
    public static AutoCloseable serve(StoreDirectory store, ReleasePublisher publisher, Duration every) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kamergraaf-release-requests");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                take(store).ifPresent(token -> publisher.publishNow("asked for by 'kamergraaf dump'", release -> {
                    String text = release.map(r -> "ok " + r.id()).orElse("failed the server could not write the release: see its log");
                    try {
                        writeAtomically(store.root().resolve(ANSWER + token), text);
                    } catch (IOException e) {
                        LOG.warn("Could not answer a release request: {}", e.toString());
                    }
                }));
            } catch (RuntimeException e) {
                LOG.warn("Could not read a release request: {}", e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            scheduler.shutdown();
            scheduler.awaitTermination(1, TimeUnit.MINUTES);
        };
    }

    private static Optional<String> take(StoreDirectory store) {
        Path request = store.root().resolve(REQUEST);
        if (!Files.isRegularFile(request)) return Optional.empty();
        try {
            String token = Files.readString(request, StandardCharsets.UTF_8).strip();
            Files.deleteIfExists(request);
            // A token names a file: accept only what request() writes.
            return token.matches("[0-9a-f-]{36}") ? Optional.of(token) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
