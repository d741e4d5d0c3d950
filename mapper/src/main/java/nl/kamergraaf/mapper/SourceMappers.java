package nl.kamergraaf.mapper;

import java.util.List;

import nl.kamergraaf.mapper.source.koop.KoopPublicationSourceMapper;
import nl.kamergraaf.mapper.source.mirror.MirrorPageSourceMapper;
import nl.kamergraaf.mapper.source.odata.ODataSourceMapper;
import nl.kamergraaf.mapper.source.office.WordDocumentSourceMapper;
import nl.kamergraaf.mapper.source.syncfeed.SyncFeedSourceMapper;
import nl.kamergraaf.mapper.spi.SourceMapper;

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
