package nl.kamergraaf.mapper.source.mirror;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import nl.kamergraaf.mapper.entity.EntityWriter;
import nl.kamergraaf.mapper.RecordBuffer;
import nl.kamergraaf.mapper.text.DocumentTextAnalyzer;
import nl.kamergraaf.mapper.text.Gazetteer;
import nl.kamergraaf.mapper.uri.UriMinter;
import nl.kamergraaf.vocab.KG;

/**
 * Turns a {@link MirrorPage} into the triples of its record graph: the document, its kamerstuk, dossiers and zaak,
 * the addressee, the signatory with the post they signed in, and what the text cites and mentions.
 */
public final class MirrorPageMapper {
    private static final String NL = "nl";

    private final UriMinter uris;
    private final Gazetteer gazetteer;
    private final EntityWriter entities;
    private final DocumentTextAnalyzer analyzer;

    public MirrorPageMapper(EntityWriter entities, Gazetteer gazetteer, DocumentTextAnalyzer analyzer) {
        this.uris = entities.uris();
        this.entities = entities;
        this.gazetteer = gazetteer;
        this.analyzer = analyzer;
    }

    /** The graph of the record of this page. */
    public Node graphOf(MirrorPage page) {
        return uris.recordGraph("pagina", page.nummer());
    }

    public void map(MirrorPage page, String sourceName, RecordBuffer out) {
        Node doc = uris.document(page.nummer());
        Node graph = out.graph();
        out.type(graph, KG.Bronrecord);
        out.string(graph, DCTerms.source.asNode(), sourceName);

        out.type(doc, KG.Document);
        if (page.documentSoort() != null && page.documentSoort().toLowerCase(Locale.ROOT).startsWith("brief")) {
            out.type(doc, KG.Brief);
        }
        out.string(doc, KG.documentnummer, page.nummer());
        out.literal(doc, RDFS.label.asNode(), page.onderwerp(), NL);
        out.literal(doc, KG.onderwerp, page.onderwerp(), NL);
        out.literal(doc, KG.titel, page.titel(), NL);
        out.typed(doc, KG.datum, page.datum().toString(), XSDDatatype.XSDdate);
        page.bijgewerkt().ifPresent(t -> out.typed(doc, KG.bijgewerkt,
                t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), XSDDatatype.XSDdateTime));
        page.versie().ifPresent(v -> out.typed(doc, KG.versienummer, v.toString(), XSDDatatype.XSDinteger));
        if (page.documentSoort() != null) {
            Node soort = UriMinter.concept("documentsoort", page.documentSoort());
            out.add(doc, KG.documentsoort, soort);
            out.literal(soort, SKOS.prefLabel.asNode(), page.documentSoort(), NL);
            out.add(soort, SKOS.inScheme.asNode(), UriMinter.conceptScheme("documentsoort"));
        }

        page.kamerstuk().ifPresent(k -> {
            Node ks = entities.kamerstuk(k.dossierId(), k.volgnummer(), out);
            out.add(doc, KG.kamerstuk, ks);
            Node dossier = entities.dossier(k.dossierId(), k.dossierTitel(), out);
            out.add(doc, KG.dossier, dossier);
            page.zaakNummer().ifPresent(z -> out.add(doc, RDFS.seeAlso.asNode(), UriMinter.checked(
                    "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=" + z + "&did=" + page.nummer())));
        });
        for (MirrorPage.HeadingDossier hd : page.letter().headingDossiers()) {
            out.add(doc, KG.dossier, entities.dossier(hd.dossierId(), hd.titel(), out));
        }
        page.zaakNummer().ifPresent(z -> {
            Node zaak = uris.zaak(z);
            out.type(zaak, KG.Zaak);
            out.string(zaak, KG.zaaknummer, z);
            out.literal(zaak, RDFS.label.asNode(), "Zaak " + z, NL);
            out.add(doc, KG.zaak, zaak);
        });

        MirrorPage.Letter letter = page.letter();
        letter.addressee().ifPresent(a -> {
            Node post = post(a.replaceFirst("^(de|De|het|Het)\\s+", ""), out);
            out.add(doc, KG.geadresseerde, post);
        });
        letter.place().ifPresent(p -> out.literal(doc, KG.plaatsVanOndertekening, p, NL));
        letter.signatoryName().ifPresent(name -> {
            Node person = signatory(name, out);
            out.add(doc, KG.ondertekenaar, person);
            letter.signatoryFunction().ifPresent(f -> {
                Node post = post(f.replaceFirst("^(De|Het)\\s+", ""), out);
                out.add(doc, KG.ondertekendAls, post);
                out.add(post, KG.bekleedDoor, person);
            });
        });
        if (!letter.paragraphs().isEmpty()) {
            out.literal(doc, KG.tekst, String.join("\n\n", letter.paragraphs()), NL);
        }
        for (MirrorPage.Footnote fn : letter.footnotes()) {
            out.literal(doc, KG.voetnoot, fn.number() + ". " + fn.text(), NL);
        }

        List<String> passages = new ArrayList<>(letter.paragraphs());
        letter.footnotes().forEach(fn -> passages.add(fn.text()));
        String ownDossier = page.kamerstuk().map(MirrorPage.KamerstukNumber::dossierId).orElse(null);
        analyzer.analyze(page.nummer(), doc, passages, out, ownDossier, page.datum());
    }

    /** A post named in the letter; "minister van X" is tied to the ministry of X when the gazetteer knows it. */
    private Node post(String name, RecordBuffer out) {
        String label = name.strip();
        Node post = uris.post(label);
        out.type(post, KG.Post);
        out.literal(post, RDFS.label.asNode(), capitalise(label), NL);
        Optional<String> ministry = ministryOf(label);
        ministry.flatMap(gazetteer::byName).ifPresent(org -> out.add(post, KG.functieIn, org));
        return post;
    }

    private static Optional<String> ministryOf(String postName) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^(?:minister|staatssecretaris)\\s+van\\s+(.+)$", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(postName);
        return m.matches() ? Optional.of("Ministerie van " + m.group(1)) : Optional.empty();
    }

    private Node signatory(String name, RecordBuffer out) {
        return analyzer.person(name, out);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
