package nl.kamergraaf.mapper.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.kamergraaf.mapper.ProjectFiles;

/**
 * Real files of every input format the project ships in data/, by format, so that each format's contract can check
 * that it claims its own files and none of the others'.
 */
public final class FormatSamples {
    private FormatSamples() {}

    /** The formats a {@link SourceMapper} may stand for; the gazetteer is read by the facade itself. */
    public enum Format { ODATA_JSON, SYNCFEED_XML, KOOP_XML, WORD, MIRROR_PAGE, GAZETTEER_TURTLE }

    public static Map<Format, List<Path>> all() {
        Path tk = ProjectFiles.dataDir().resolve("tk-opendata");
        Map<Format, List<Path>> samples = new LinkedHashMap<>();
        samples.put(Format.ODATA_JSON, List.of(tk.resolve("zaak/zaak_page_1_fullterm_20251002_231433.json"),
                tk.resolve("besluit/singular.besluit.json")));
        samples.put(Format.SYNCFEED_XML, List.of(tk.resolve("syncfeed/Zaak-40117001.xml")));
        samples.put(Format.KOOP_XML, filesOf(tk.resolve("publicaties"), ".xml"));
        samples.put(Format.WORD, filesOf(tk.resolve("documentbestanden"), ".docx", ".doc"));
        samples.put(Format.MIRROR_PAGE, List.of(ProjectFiles.seedPage()));
        samples.put(Format.GAZETTEER_TURTLE, List.of(ProjectFiles.dataDir().resolve("gazetteer/entiteiten.ttl")));
        return samples;
    }

    /** The files of a folder with one of the extensions, sorted. */
    private static List<Path> filesOf(Path folder, String... extensions) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Arrays.stream(extensions).anyMatch(f.getFileName().toString()::endsWith)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of a file as the mapper's facade hands them to {@code recognises}: 512 bytes, leniently UTF-8. */
    public static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(512), StandardCharsets.UTF_8);
        }
    }
}
