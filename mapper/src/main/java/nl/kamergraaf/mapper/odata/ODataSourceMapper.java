package nl.kamergraaf.mapper.odata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.riot.system.StreamRDF;

import com.fasterxml.jackson.databind.JsonNode;

import nl.kamergraaf.mapper.MappingContext;
import nl.kamergraaf.mapper.MappingProblem;
import nl.kamergraaf.mapper.SourceMapper;
import nl.kamergraaf.mapper.directory.DocumentIndex;
import nl.kamergraaf.mapper.directory.PersonDirectory;

/**
 * OData JSON pages of the Tweede Kamer API. The first pass collects the persons, so that names in document text
 * resolve to them.
 */
public final class ODataSourceMapper implements SourceMapper {
    private final ODataJsonReader reader = new ODataJsonReader();

    @Override
    public String name() {
        return "OData JSON page";
    }

    @Override
    public boolean recognises(Path file, String head) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public void prepare(Path file, MappingContext ctx) {
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, record -> {
                addPerson(record, ctx.persons());
                indexDocuments(record, ctx.documents());
            });
        } catch (IOException | RuntimeException e) {
            ctx.report().skipped(new MappingProblem(file.toString(), null, null, "cannot read OData JSON: " + e.getMessage()));
        }
    }

    @Override
    public void map(Path file, MappingContext ctx, StreamRDF out) {
        // The records of the skeleton's OData files serve name resolution only (see prepare).
    }

    private static void addPerson(JsonNode r, PersonDirectory persons) {
        if (!r.hasNonNull("Achternaam") || !r.hasNonNull("Id") || r.path("Verwijderd").asBoolean(false)) return;
        persons.add(new PersonDirectory.Person(r.get("Id").asText(), text(r, "Initialen"), text(r, "Tussenvoegsel"),
                r.get("Achternaam").asText(), text(r, "Roepnaam")));
    }

    /** Document records, at the top or expanded inside a Zaak, with their versions and publications. */
    private static void indexDocuments(JsonNode r, DocumentIndex index) {
        if (r.hasNonNull("DocumentNummer") && r.hasNonNull("Id")) {
            String nummer = r.get("DocumentNummer").asText();
            index.add(r.get("Id").asText(), nummer);
            JsonNode versie = r.path("HuidigeDocumentVersie");
            if (versie.isObject()) {
                index.add(text(versie, "Id"), nummer);
                for (JsonNode pub : versie.path("DocumentPublicatie")) index.add(text(pub, "Id"), nummer);
            }
        }
        for (JsonNode nested : r.path("Document")) indexDocuments(nested, index);
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
