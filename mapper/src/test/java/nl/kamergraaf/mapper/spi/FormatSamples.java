package nl.kamergraaf.mapper.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        samples.put(Format.KOOP_XML, List.of(tk.resolve("publicaties/21b3d8b2-41b5-4fa9-ba9f-124f15fe80bc.xml")));
        samples.put(Format.WORD, List.of(tk.resolve("documentbestanden/09b97518-8d7c-4a90-a090-28e45bc44920.docx"),
                tk.resolve("documentbestanden/ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc")));
        samples.put(Format.MIRROR_PAGE, List.of(ProjectFiles.seedPage()));
        samples.put(Format.GAZETTEER_TURTLE, List.of(ProjectFiles.dataDir().resolve("gazetteer/entiteiten.ttl")));
        return samples;
    }

    /** The first bytes of a file as the mapper's facade hands them to {@code recognises}: 512 bytes, leniently UTF-8. */
    public static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(512), StandardCharsets.UTF_8);
        }
    }
}
