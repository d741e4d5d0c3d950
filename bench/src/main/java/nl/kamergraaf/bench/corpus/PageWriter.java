package nl.kamergraaf.bench.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the records of one entity type as the API pages them: {@code {"@odata.context": …, "value": [250 records],
 * "@odata.nextLink": …?$skip=250}}, one file per page in the type's folder, the last page without a next link.
 */
final class PageWriter implements Closeable {
    static final int PAGE_SIZE = 250;
    static final String SERVICE = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path folder;
    private final String entityType;
    private final String folderName;
    private JsonGenerator page;
    private int inPage;
    private int pages;
    private long records;

    PageWriter(Path corpus, String folderName, String entityType) throws IOException {
        this.folder = Files.createDirectories(corpus.resolve(folderName));
        this.folderName = folderName;
        this.entityType = entityType;
    }

    /** Starts the next record; the caller writes its fields and then calls {@link #endRecord()}. */
    JsonGenerator startRecord() throws IOException {
        if (page != null && inPage == PAGE_SIZE) closePage(true);
        if (page == null) openPage();
        page.writeStartObject();
        return page;
    }

    void endRecord() throws IOException {
        page.writeEndObject();
        page.writeRaw('\n');
        records++;
        inPage++;
    }

    long records() {
        return records;
    }

    private void openPage() throws IOException {
        pages++;
        OutputStream out = Files.newOutputStream(folder.resolve(String.format("%s_page_%06d.json", folderName, pages)));
        page = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        page.writeStartObject();
        page.writeStringField("@odata.context", SERVICE + "$metadata#" + entityType);
        page.writeArrayFieldStart("value");
        inPage = 0;
    }

    private void closePage(boolean more) throws IOException {
        page.writeEndArray();
        if (more) page.writeStringField("@odata.nextLink", SERVICE + entityType + "?$skip=" + records);
        page.writeEndObject();
        page.close();
        page = null;
    }

    @Override
    public void close() throws IOException {
        // a full page is closed only when a next record comes, so that the last page never has a next link
        if (page != null) closePage(false);
    }
}
