package nl.kamergraaf.mapper;

import nl.kamergraaf.mapper.directory.DocumentIndex;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.directory.PostDirectory;
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
    private final DocumentIndex documents = new DocumentIndex();
    private final PostDirectory posts = new PostDirectory();
    private DocumentTextAnalyzer analyzer;

    MappingContext(UriMinter uris, Gazetteer gazetteer, PersonDirectory persons, MappingReport report) {
        this.uris = uris;
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

    public MappingReport report() {
        return report;
    }

    /** The text analyser (citations, motions, mentions); made on first use, after the prepare pass. */
    public DocumentTextAnalyzer analyzer() {
        if (analyzer == null) analyzer = new DocumentTextAnalyzer(entities, gazetteer, persons, posts);
        return analyzer;
    }
}
