package nl.kamergraaf.mapper.body;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the name of a downloaded Tweede Kamer file says: its id (a GUID) and its extension. */
public final class FileNames {
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private FileNames() {}

    /** The name without its last extension: {@code 21b3d8b2-...-124f15fe80bc} of {@code 21b3d8b2-...-124f15fe80bc.xml}. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The id of the API resource the file was downloaded as, when its name is one (lowercase). */
    public static Optional<String> guid(Path file) {
        String stem = stem(file);
        return GUID.matcher(stem).matches() ? Optional.of(stem.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
