package nl.kamergraaf.mapper.source.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.kamergraaf.mapper.ProjectFiles;
import nl.kamergraaf.mapper.spi.LargeInput;

/**
 * The large input of {@link WordDocumentContractTest}: copies of the three real Word files of data/ (two .docx, one
 * .doc), each under a Document id of its own, so that every copy is a record (a file of its own) whose kamerstuk is
 * found from its heading.
 */
public final class CopiedWordFiles implements LargeInput.Generator {
    private static final List<String> REAL = List.of("09b97518-8d7c-4a90-a090-28e45bc44920.docx",
            "0787ced2-629a-4d32-ab8f-4b97a7680248.docx", "ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc");

    @Override
    public void write(Path folder, int n) throws IOException {
        Path real = ProjectFiles.tkOpenData("documentbestanden");
        for (int i = 0; i < n; i++) {
            String name = REAL.get(i % REAL.size());
            String id = String.format("00000000-0000-4000-8000-%012d", i);
            Files.copy(real.resolve(name), folder.resolve(id + name.substring(name.lastIndexOf('.'))));
        }
    }
}
