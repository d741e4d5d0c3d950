package nl.kamergraaf.server.release;

import org.apache.jena.riot.Lang;

/**
 * The files of a release (the RDF dumps, the ontology and shapes, the CSV tables and their CSVW metadata): their names, what they hold, and how a portal should label them (IANA media type and
 * EU file-type authority code, as DCAT-AP-NL 3.0 asks).
 */
public enum DumpFormat {
    /** Every quad of the store, in its record graph. */
    NQUADS("kamergraaf.nq.gz", Lang.NQUADS, "application/n-quads", "RDF_N_QUADS", true, Content.QUADS,
            "Alle quads, met per bronrecord een eigen named graph", "Every quad, each source record in a named graph of its own"),
    /** The default graph (the union of the record graphs), one triple a line. */
    NTRIPLES("kamergraaf.nt.gz", Lang.NTRIPLES, "application/n-triples", "RDF_N_TRIPLES", true, Content.TRIPLES,
            "Alle triples (de vereniging van de recordgraphs)", "Every triple (the union of the record graphs)"),
    TURTLE("kamergraaf.ttl.gz", Lang.TURTLE, "text/turtle", "RDF_TURTLE", true, Content.TRIPLES,
            "Alle triples in Turtle, per onderwerp gegroepeerd", "Every triple in Turtle, grouped by subject"),
    /** Expanded JSON-LD, one node object per subject: streamable, and needs no context to read. */
    JSONLD("kamergraaf.jsonld", Lang.JSONLD, "application/ld+json", "JSON_LD", false, Content.TRIPLES,
            "Alle triples in JSON-LD (expanded vorm, één node-object per onderwerp)",
            "Every triple in JSON-LD (expanded form, one node object per subject)"),
    ONTOLOGY("ontologie.ttl", Lang.TURTLE, "text/turtle", "RDF_TURTLE", false, Content.ONTOLOGY,
            "De Kamergraaf-ontologie", "The Kamergraaf ontology"),
    SHAPES("shapes.ttl", Lang.TURTLE, "text/turtle", "RDF_TURTLE", false, Content.SHAPES,
            "De SHACL-shapes van de Kamergraaf-data", "The SHACL shapes of the Kamergraaf data"),
    // The tables for people who do not write SPARQL (ReleaseTables says what is in them) and their CSVW description.
    DOCUMENTEN("documenten.csv", null, "text/csv", "CSV", false, Content.TABLE,
            "Tabel met één rij per document: nummer, titel, datum, soort, dossiers, kamerstukken, zaken",
            "Table with one row per document: number, title, date, kind, dossiers, kamerstukken, cases"),
    ZAKEN("zaken.csv", null, "text/csv", "CSV", false, Content.TABLE,
            "Tabel met één rij per zaak: nummer, titel, soort, status, kabinetsappreciatie, indieners",
            "Table with one row per case: number, title, kind, status, cabinet appraisal, submitters"),
    BESLUITEN("besluiten.csv", null, "text/csv", "CSV", false, Content.TABLE,
            "Tabel met één rij per besluit: soort, uitslag, stemmen voor en tegen, aantal stemmen",
            "Table with one row per decision: kind, result, votes for and against, number of votes"),
    STEMMINGEN("stemmingen.csv", null, "text/csv", "CSV", false, Content.TABLE,
            "Tabel met één rij per stem: besluit, fractie, Kamerlid, stemkeuze, gewicht",
            "Table with one row per vote: decision, parliamentary group, member, choice, weight"),
    PERSONEN("personen.csv", null, "text/csv", "CSV", false, Content.TABLE,
            "Tabel met één rij per persoon: naam, initialen, achternaam, functie",
            "Table with one row per person: name, initials, surname, position"),
    FRACTIES("fracties.csv", null, "text/csv", "CSV", false, Content.TABLE,
            "Tabel met één rij per fractie: naam, afkorting, aantal stemmen",
            "Table with one row per parliamentary group: name, abbreviation, number of votes"),
    CITATIES("citaties.csv", null, "text/csv", "CSV", false, Content.TABLE,
            "Tabel met één rij per verwijzing in een documenttekst: bron, doel, de zin waarin ze staat",
            "Table with one row per citation or mention in a document's text: source, target, the sentence it is in"),
    TABLES_METADATA("csv-metadata.json", null, "application/csvm+json", "JSON", false, Content.TABLE_METADATA,
            "CSVW-metadata (W3C CSV on the Web) van de tabellen: kolommen, datatypen en eigenschappen",
            "CSVW metadata (W3C CSV on the Web) of the tables: columns, datatypes and properties");

    /** What part of the publication a file holds. */
    public enum Content { QUADS, TRIPLES, ONTOLOGY, SHAPES, TABLE, TABLE_METADATA }

    private final String fileName;
    private final Lang lang;
    private final String mediaType;
    private final String euFileType;
    private final boolean gzipped;
    private final Content content;
    private final String descriptionNl;
    private final String descriptionEn;

    DumpFormat(String fileName, Lang lang, String mediaType, String euFileType, boolean gzipped, Content content,
               String descriptionNl, String descriptionEn) {
        this.fileName = fileName;
        this.lang = lang;
        this.mediaType = mediaType;
        this.euFileType = euFileType;
        this.gzipped = gzipped;
        this.content = content;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
    }

    public String fileName() { return fileName; }
    /** The RDF syntax of the file; null for the tables and their CSVW metadata, which are not RDF. */
    public Lang lang() { return lang; }
    /** The media type of what is inside (before gzip). */
    public String mediaType() { return mediaType; }
    public String euFileTypeIri() { return DistributionVocab.EU_AUTHORITY + "file-type/" + euFileType; }
    public boolean gzipped() { return gzipped; }
    public Content content() { return content; }
    public String descriptionNl() { return descriptionNl; }
    public String descriptionEn() { return descriptionEn; }

    /** A short key for IRIs of the distribution: the file name with dots as dashes. */
    public String key() {
        return fileName.replace('.', '-');
    }

    /** The format of a file name, if it is one of a release's files (not the catalog, VoID or SHA256SUMS). */
    public static java.util.Optional<DumpFormat> ofFileName(String name) {
        for (DumpFormat f : values()) if (f.fileName.equals(name)) return java.util.Optional.of(f);
        return java.util.Optional.empty();
    }
}
