package nl.kamergraaf.server.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.UUID;

import nl.kamergraaf.store.sync.ChangeLog;

/**
 * What a replica needs from the primary's build besides its data, kept in the build folder ({@code replication/}):
 * <ul>
 *   <li>the <em>lineage</em> of the build's change log: a random name made the first time it is asked for. A
 *       compaction copies the build folder, so the log and its lineage go on; a new load starts a new log (sequence
 *       numbers from 1 again) and gets a new lineage, which tells a replica to start again from a release;</li>
 *   <li>per release written from the build, the change log position it was cut at ({@code releases/<id>}): all
 *       changes up to it are in the release, so a replica loading the release follows the feed from there.</li>
 * </ul>
 */
public final class ReleasePositions {
    private static final String FOLDER = "replication";
    private static final Object LOCK = new Object();

    private ReleasePositions() {}

    /** The lineage of the build's change log, made now if the build has none yet. */
    public static String lineage(Path build) throws IOException {
        Path file = build.resolve(FOLDER).resolve("lineage");
        synchronized (LOCK) {
            if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8).strip();
            String lineage = UUID.randomUUID().toString();
            writeAtomically(file, lineage);
            return lineage;
        }
    }

    /** The last change the build's log holds as committed: a snapshot taken after reading it holds all up to it. */
    public static long changesCommitted(Path build) throws IOException {
        return ChangeLog.of(build).lastCommittedSeq();
    }

    /** Notes that release {@code releaseId}, written from the build, holds every change up to {@code after}. */
    public static void record(Path build, String releaseId, long after) throws IOException {
        lineage(build);
        writeAtomically(build.resolve(FOLDER).resolve("releases").resolve(checkedId(releaseId)), Long.toString(after));
    }

    /** The position release {@code releaseId} was cut at, if it was written from this build (or its compacted original). */
    public static OptionalLong positionOf(Path build, String releaseId) throws IOException {
        Path file = build.resolve(FOLDER).resolve("releases").resolve(checkedId(releaseId));
        if (!Files.isRegularFile(file)) return OptionalLong.empty();
        return OptionalLong.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip()));
    }

    /** A release id from a request names a file here: only the characters release ids are made of. */
    static String checkedId(String releaseId) {
        if (releaseId == null || !releaseId.matches("[A-Za-z0-9_-]{1,100}")) {
            throw new IllegalArgumentException("Not a release id: '" + releaseId + "'");
        }
        return releaseId;
    }


    private static void writeAtomically(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "");
        Files.writeString(tmp, content + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
