package nl.kamergraaf.mapper;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import nl.kamergraaf.mapper.directory.DocumentIndex;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.directory.PostDirectory;
import nl.kamergraaf.mapper.entity.EntityWriter;
import nl.kamergraaf.mapper.text.DocumentTextAnalyzer;
import nl.kamergraaf.mapper.text.Gazetteer;
import nl.kamergraaf.mapper.uri.UriMinter;

/** What every source mapper of one run shares: the IRI minter, lookups built in the first pass, and the report. */
public final class MappingContext {
    private final UriMinter uris;
    private final EntityWriter entities;
    private final Gazetteer gazetteer;
    private final PersonDirectory persons;
    private final MappingReport report;
    private final RunIndexes indexes;
    private final DocumentIndex documents;
    private final PostDirectory posts = new PostDirectory();
    private DocumentTextAnalyzer analyzer;
    private final Map<Class<?>, Object> shared = new HashMap<>();

    MappingContext(UriMinter uris, Gazetteer gazetteer, PersonDirectory persons, MappingReport report, RunIndexes indexes) {
        this.uris = uris;
        this.indexes = indexes;
        this.documents = new DocumentIndex(indexes.stringTable("documents"));
        this.entities = new EntityWriter(uris);
        this.gazetteer = gazetteer;
        this.persons = persons;
        this.report = report;
    }

    public UriMinter uris() {
        return uris;
    }

    public EntityWriter entities() {
        return entities;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Persons for name resolution; filled during the prepare pass, complete when mapping starts. */
    public PersonDirectory persons() {
        return persons;
    }

    /** Document GUIDs (Document, DocumentVersie, DocumentPublicatie ids) to document numbers; filled in the prepare pass. */
    public DocumentIndex documents() {
        return documents;
    }

    /** Who held which post when (ministers, staatssecretarissen), to resolve "de minister van X"; filled in the prepare pass. */
    public PostDirectory posts() {
        return posts;
    }

    /** Where this run keeps its large indexes: files deleted when the run ends. */
    public RunIndexes indexes() {
        return indexes;
    }

    public MappingReport report() {
        return report;
    }

    /** The text analyser (citations, motions, mentions); made on first use, after the prepare pass. */
    public DocumentTextAnalyzer analyzer() {
        if (analyzer == null) analyzer = new DocumentTextAnalyzer(entities, gazetteer, persons, posts);
        return analyzer;
    }

    /**
     * State that several source mappers of this run share, made on first use: e.g. the indexes of OData records that
     * both OData JSON pages and SyncFeed XML fill in their prepare pass, so that both formats reach the same IRIs.
     */
    public <T> T shared(Class<T> kind, Supplier<T> make) {
        return kind.cast(shared.computeIfAbsent(kind, k -> make.get()));
    }
}
