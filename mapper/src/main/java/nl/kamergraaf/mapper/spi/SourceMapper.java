package nl.kamergraaf.mapper.spi;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDF;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.SourceMappers;

/**
 * One source format at the seam between reading and mapping: it recognises its files by name and first bytes, and
 * maps their records to quads, one named graph per record. Bad records go to {@link MappingContext#report()} with
 * file, record and reason; the rest of the file is still mapped. Implementations are listed in
 * {@link SourceMappers#defaults()}.
 */
public interface SourceMapper {
    /** A short name for messages, e.g. "OData JSON page". */
    String name();

    /** Whether this mapper reads the file; {@code head} is its first bytes decoded leniently as UTF-8. */
    boolean recognises(Path file, String head);

    /**
     * A first pass over each recognised file before any file is mapped, to collect what mapping other files needs
     * (e.g. the persons that names in documents resolve to). Most formats need none.
     */
    default void prepare(Path file, MappingContext ctx) throws IOException { }

    /** Maps every record of the file. Only whole records reach {@code out} (see {@link RecordBuffer}). */
    void map(Path file, MappingContext ctx, StreamRDF out) throws IOException;
}
