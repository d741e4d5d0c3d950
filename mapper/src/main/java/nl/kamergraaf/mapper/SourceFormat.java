package nl.kamergraaf.mapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The kinds of input the mapper reads, recognised from a file's name and first bytes, so no flags are needed. */
public enum SourceFormat {
    /** A document page of a public mirror of the Tweede Kamer site: header fields, then the document text. */
    MIRROR_PAGE,
    /** An OData v4 JSON page of the Tweede Kamer API (wrapper with "value", a bare array, or one record). */
    ODATA_JSON,
    /** Turtle kept as data: the gazetteer of referenced entities. */
    GAZETTEER_TURTLE,
    /** Documentation beside the data (README.md, SOURCES.md): not input, passed over silently. */
    DOCUMENTATION,
    UNKNOWN;

    public static SourceFormat detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md")) return DOCUMENTATION;
        if (name.endsWith(".ttl")) return GAZETTEER_TURTLE;
        String head = head(file);
        String trimmed = head.stripLeading();
        if (name.endsWith(".json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            if (name.endsWith(".json")) return ODATA_JSON;
        }
        if (name.endsWith(".txt") || name.endsWith(".page")) return MIRROR_PAGE;
        return UNKNOWN;
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(512), StandardCharsets.UTF_8);
        }
    }
}
