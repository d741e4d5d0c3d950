package nl.kamergraaf.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import nl.kamergraaf.mapper.KamergraafMapper;
import nl.kamergraaf.mapper.uri.UriMinter;

/** The options that say what to map and under which base IRI; shared by the commands that map. */
final class MapOptions {
    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the IRIs minted for things (${DEFAULT-VALUE}); things become <base>/id/<type>/<key>.")
    String base = UriMinter.DEFAULT_BASE;

    KamergraafMapper.Builder mapper(List<Path> inputs) {
        return KamergraafMapper.create().base(base).sources(new ArrayList<>(inputs));
    }
}
