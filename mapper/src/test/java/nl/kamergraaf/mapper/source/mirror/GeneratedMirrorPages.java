package nl.kamergraaf.mapper.source.mirror;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.LargeInput;

/**
 * The large input of {@link MirrorPageContractTest}: N mirror pages made from the real seed page, each under a
 * document number of its own (2024D60000 and up), so that every page is a record of its own.
 */
public final class GeneratedMirrorPages implements LargeInput.Generator {
    @Override
    public void write(Path folder, int n) throws IOException {
        String seed = Files.readString(ProjectFiles.seedPage(), StandardCharsets.UTF_8);
        for (int i = 0; i < n; i++) {
            String nummer = "2024D" + (60_000 + i);
            Files.writeString(folder.resolve(nummer + ".txt"), seed.replace("2024D50227", nummer), StandardCharsets.UTF_8);
        }
    }
}
