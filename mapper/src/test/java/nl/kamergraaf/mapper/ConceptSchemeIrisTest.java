package nl.kamergraaf.mapper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;
import nl.kamergraaf.vocab.Ontology;

/** The concept IRIs in the scheme files are the ones UriMinter mints from the API's value, so mapped data meets them. */
class ConceptSchemeIrisTest {
    @Test
    void everyConceptIriIsWhatUriMinterMintsFromItsNotation() {
        Model ontology = Ontology.load();
        List<String> wrong = new ArrayList<>();
        for (Resource c : ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            String scheme = c.getPropertyResourceValue(SKOS.inScheme).getURI().substring(KG.SCHEME_BASE.length());
            String notation = c.getProperty(SKOS.notation).getString();
            String minted = UriMinter.concept(scheme, notation).getURI();
            if (!minted.equals(c.getURI())) wrong.add(c.getURI() + " but UriMinter mints " + minted);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
