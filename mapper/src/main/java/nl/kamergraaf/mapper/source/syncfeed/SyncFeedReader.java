package nl.kamergraaf.mapper.source.syncfeed;

import nl.kamergraaf.mapper.record.ODataMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.kamergraaf.mapper.MappingProblem;

/**
 * Reads a SyncFeed page ({@code …/SyncFeed/2.0/Feed?category=Zaak&skiptoken=n}): an Atom feed whose entries each
 * carry one tkData entity in {@code content}, converted to an OData record by {@link TkDataConverter} as
 * {@link SyncFeedEntryReader} streams them, and collected here into one page. An entry
 * that cannot be read is reported with the page and the entity id and skipped; the other entries are still read. A
 * page that is not well-formed XML (or declares a DTD) fails as a whole.
 */
public final class SyncFeedReader {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final SyncFeedEntryReader reader;

    public SyncFeedReader(ODataMetadata metadata) {
        this.reader = new SyncFeedEntryReader(metadata);
    }

    public SyncFeedReader() {
        this(ODataMetadata.bundled());
    }

    /** @param source the page's URL or file, for messages */
    public SyncFeedPage read(InputStream in, String source) throws IOException {
        List<SyncFeedPage.Entry> entries = new ArrayList<>();
        List<MappingProblem> problems = new ArrayList<>();
        String[] feedNext = {null};
        try {
            reader.readFeed(in, new SyncFeedEntryReader.Handler() {
                @Override
                public void entry(long position, SyncFeedPage.Entry entry) {
                    entries.add(entry);
                }

                @Override
                public void badEntry(long position, String id, String field, String reason) {
                    problems.add(new MappingProblem(source, id, field, reason));
                }

                @Override
                public void feedNext(String href) {
                    feedNext[0] = href;
                }
            });
        } catch (SyncFeedEntryReader.BrokenXmlException e) {
            // A page is applied whole or not at all: a break anywhere fails the page (the map command keeps what came before).
            throw new IOException(source + ": not a readable SyncFeed page: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
        return new SyncFeedPage(entries, problems, Optional.ofNullable(feedNext[0]));
    }
}
