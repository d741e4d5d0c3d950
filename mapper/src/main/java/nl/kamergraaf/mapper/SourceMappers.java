package nl.kamergraaf.mapper;

import java.util.List;

import nl.kamergraaf.mapper.mirror.MirrorPageSourceMapper;
import nl.kamergraaf.mapper.odata.ODataSourceMapper;
import nl.kamergraaf.mapper.office.WordDocumentSourceMapper;
import nl.kamergraaf.mapper.publication.KoopPublicationSourceMapper;
import nl.kamergraaf.mapper.syncfeed.SyncFeedSourceMapper;

/** The source formats the mapper knows, asked in this order whether they recognise a file. */
public final class SourceMappers {
    private SourceMappers() {}

    public static List<SourceMapper> defaults() {
        return List.of(
                new ODataSourceMapper(),
                new MirrorPageSourceMapper(),
                new KoopPublicationSourceMapper(),
                new WordDocumentSourceMapper(),
                new SyncFeedSourceMapper());
    }
}
