package nl.kamergraaf.server.release;

/** One file of a release as it lies on disk: its name, size in bytes and SHA-256 (lowercase hex). */
public record ReleaseFile(String name, long bytes, String sha256) {}
