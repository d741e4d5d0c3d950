package nl.kamergraaf.mapper.source.office;

/**
 * How much an office file may hold before it is refused unread or unfinished: the file size, the zip-bomb guards of
 * POI ({@code ZipSecureFile}: minimum inflate ratio, maximum entry size, maximum number of entries) and a cap on the
 * characters of text extracted, since POI's own text cap does not apply to Word files.
 */
public record OfficeLimits(long maxFileBytes, double minInflateRatio, long maxEntryBytes, long maxEntries, long maxChars) {
    public static OfficeLimits defaults() {
        // A Word motion or letter is tens of kB; these leave room for long reports and stop bombs long before memory does.
        return new OfficeLimits(50L * 1024 * 1024, 0.01, 100L * 1024 * 1024, 1000, 5_000_000);
    }

    public OfficeLimits {
        if (maxFileBytes <= 0 || maxEntryBytes <= 0 || maxEntries <= 0 || maxChars <= 0 || minInflateRatio < 0) {
            throw new IllegalArgumentException("office limits must be positive");
        }
    }

    public OfficeLimits withMaxFileBytes(long bytes) {
        return new OfficeLimits(bytes, minInflateRatio, maxEntryBytes, maxEntries, maxChars);
    }

    public OfficeLimits withMaxChars(long chars) {
        return new OfficeLimits(maxFileBytes, minInflateRatio, maxEntryBytes, maxEntries, chars);
    }
}
