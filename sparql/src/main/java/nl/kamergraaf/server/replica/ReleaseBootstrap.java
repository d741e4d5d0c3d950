package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.kamergraaf.store.StoreDirectory;
import nl.kamergraaf.store.StoreLoader;

/**
 * Starts a replica's data from the primary's latest release: the N-Quads distribution its catalog lists is
 * downloaded, checked against the catalog's SHA-256, and loaded as a new build of the replica's store (made live as
 * a load makes a build live). The build remembers the release and the change log position it was cut at
 * ({@link ReplicaState}), from where the change feed is followed.
 */
final class ReleaseBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseBootstrap.class);

    private final Primary primary;
    private final StoreDirectory store;

    ReleaseBootstrap(Primary primary, StoreDirectory store) {
        this.primary = primary;
        this.store = store;
    }

    /**
     * Loads the latest release into a new live build.
     *
     * @return the new build's state, or empty while there is nothing to load yet: no release, or the latest one was
     *         not written from the build the primary serves (a new build's release is still being written)
     * @throws IOException also when the download does not match the catalog's checksum
     */
    Optional<ReplicaState> run() throws IOException {
        Optional<PrimaryRelease> latest = primary.latestRelease();
        if (latest.isEmpty()) {
            LOG.info("The primary {} has published no release yet", primary.root());
            return Optional.empty();
        }
        PrimaryRelease release = latest.get();
        PrimaryPosition position = primary.position(Optional.of(release.id()));
        OptionalLong after = position.after();
        if (after.isEmpty()) {
            LOG.info("Release {} is not of the build the primary serves; waiting for that build's release", release.id());
            return Optional.empty();
        }
        Files.createDirectories(store.root());
        Path download = Files.createTempFile(store.root(), ".release-", ".nq.gz");
        try {
            long started = System.nanoTime();
            primary.download(release.download(), download);
            String sha256 = sha256(download);
            if (!sha256.equals(release.sha256())) {
                throw new ChecksumMismatchException("Release " + release.id() + " from " + release.download() + " has SHA-256 " + sha256
                        + ", but the primary's catalog says " + release.sha256() + "; not loaded");
            }
            StoreLoader.LoadResult loaded = new StoreLoader(store).load(out -> {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(download), 1 << 16)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(out);
                }
            });
            ReplicaState state = new ReplicaState(position.lineage(), release.id(), after.getAsLong());
            state.save(loaded.build());
            LOG.info("Loaded release {} of {} ({} quads, checksum verified) in {} s; following its changes after {}", release.id(),
                    primary.root(), loaded.quads(), (System.nanoTime() - started) / 1_000_000_000, state.after());
            return Optional.of(state);
        } finally {
            Files.deleteIfExists(download);
        }
    }

    static String sha256(Path file) throws IOException {
        return new DigestUtils(MessageDigestAlgorithms.SHA_256).digestAsHex(file);
    }
}
