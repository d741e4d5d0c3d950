package nl.kamergraaf.mapper.entity;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.directory.PersonDirectory;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * Writes the identifying triples of the things many records point at (kamerstukken, dossiers, persons), the same
 * way from every record, so that each record graph that names a thing also carries its type and label.
 */
public final class EntityWriter {
    private static final String NL = "nl";
    private final UriMinter uris;

    public EntityWriter(UriMinter uris) {
        this.uris = uris;
    }

    public UriMinter uris() {
        return uris;
    }

    public Node kamerstuk(String dossierId, int volgnummer, RecordBuffer out) {
        String id = dossierId + "-" + volgnummer;
        Node ks = uris.kamerstuk(id);
        out.type(ks, KG.Kamerstuk);
        out.string(ks, KG.kamerstuknummer, id);
        out.typed(ks, KG.volgnummer, Integer.toString(volgnummer), XSDDatatype.XSDinteger);
        out.literal(ks, RDFS.label.asNode(), "Kamerstuk " + id, NL);
        out.add(ks, KG.dossier, dossier(dossierId, null, out));
        out.add(ks, RDFS.seeAlso.asNode(), UriMinter.officieleBekendmakingenPage(id));
        return ks;
    }

    public Node dossier(String dossierId, String titel, RecordBuffer out) {
        Node dossier = uris.dossier(dossierId);
        out.type(dossier, KG.Kamerstukdossier);
        out.string(dossier, KG.dossiernummer, dossierId);
        if (titel != null) {
            out.literal(dossier, KG.titel, titel, NL);
            out.literal(dossier, RDFS.label.asNode(), dossierId + " " + titel, NL);
        }
        return dossier;
    }

    public Node person(PersonDirectory.Person p, RecordBuffer out) {
        Node person = uris.persoonById(p.id());
        out.type(person, KG.Persoon);
        out.string(person, KG.naam, p.displayName());
        out.string(person, RDFS.label.asNode(), p.displayName());
        out.string(person, KG.achternaam, p.achternaam());
        out.string(person, KG.initialen, p.initialen());
        return person;
    }

    /** A person known by name only ("D.S. Beljaarts"): the key is the name. */
    public Node personByName(String name, RecordBuffer out) {
        Node person = uris.persoonByName(name);
        out.type(person, KG.Persoon);
        out.string(person, KG.naam, name);
        out.string(person, RDFS.label.asNode(), name);
        String[] parts = name.strip().split("\\s+");
        if (parts.length > 1 && parts[0].matches("(\\p{Lu}\\.)+")) {
            out.string(person, KG.initialen, parts[0]);
        }
        out.string(person, KG.achternaam, parts[parts.length - 1]);
        return person;
    }
}
