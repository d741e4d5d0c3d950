package nl.kamergraaf.bench.measure;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The method of the existing Tweede Kamer LOD prototype, as the reference mapping is measured against: each OData
 * JSON page becomes generic triples (one resource per record, one {@code urn:tk:def#Property} per JSON property),
 * then SPARQL CONSTRUCT queries with Jena turn them into the Kamergraaf classes (kg:Document, kg:Zaak, kg:Besluit,
 * kg:Stemming, …, kg:VerwijderdRecord for tombstones). It works page by page (250 records in a model at a time),
 * which is the most favourable way to run it; the queries are parsed once.
 * <p>
 * {@code ConstructBaseline OUT.nt MAX-RECORDS CORPUS}: maps the first pages of every entity folder, the same share of
 * each, up to about MAX-RECORDS records.
 */
public final class ConstructBaseline {
    private static final String DEF = "urn:tk:def#";
    private static final Node ENTITY = NodeFactory.createURI(DEF + "entity");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Folder → entity type, as the generator writes them. */
    static final Map<String, String> FOLDERS = folders();

    private final Map<String, Query> queries = new LinkedHashMap<>();
    private final Query tombstones;

    public ConstructBaseline() throws IOException {
        for (String type : FOLDERS.values()) queries.put(type, load(type));
        tombstones = load("Tombstone");
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        long max = Long.parseLong(args[1]);
        Path corpus = Path.of(args[2]);
        ConstructBaseline baseline = new ConstructBaseline();
        List<Path> pages = baseline.share(corpus, max);
        long records = 0;
        long triples;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDFCounting stream = StreamRDFLib.count(StreamRDFWriter.getWriterStream(os, RDFFormat.NTRIPLES));
            stream.start();
            for (Path page : pages) records += baseline.mapPage(page, stream);
            stream.finish();
            triples = stream.countTriples();
        }
        Measured.say("records=" + records + " quads=" + triples + " pages=" + pages.size());
    }

    /** The first pages of every folder, the same share of each, for about {@code max} records in all. */
    List<Path> share(Path corpus, long max) throws IOException {
        Map<String, List<Path>> byFolder = new LinkedHashMap<>();
        long total = 0;
        for (String folder : FOLDERS.keySet()) {
            Path dir = corpus.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
                byFolder.put(folder, files);
                total += files.size();
            }
        }
        double share = Math.min(1.0, max / 250.0 / Math.max(1, total));
        List<Path> out = new ArrayList<>();
        byFolder.values().forEach(files -> out.addAll(files.subList(0, (int) Math.max(1, Math.ceil(files.size() * share)))));
        return out;
    }

    /** One page: JSON → generic triples in a fresh model → the CONSTRUCTs of its entity type and of tombstones. */
    long mapPage(Path page, org.apache.jena.riot.system.StreamRDF out) throws IOException {
        String type = FOLDERS.get(page.getParent().getFileName().toString());
        Graph g = GraphFactory.createGraphMem();
        long n = 0;
        JsonNode root;
        try (InputStream in = Files.newInputStream(page)) {
            root = JSON.readTree(in);
        }
        for (JsonNode r : root.path("value")) {
            Node s = NodeFactory.createURI("urn:tk:" + type + ":" + (++n));
            g.add(Triple.create(s, ENTITY, NodeFactory.createLiteralString(type)));
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                Node o = literal(f.getValue());
                if (o != null) g.add(Triple.create(s, NodeFactory.createURI(DEF + f.getKey()), o));
            }
        }
        var dsg = DatasetGraphFactory.wrap(g);
        for (Query q : List.of(queries.get(type), tombstones)) {
            try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
                exec.constructTriples().forEachRemaining(out::triple);
            }
        }
        return n;
    }

    private static Node literal(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        if (v.isBoolean()) return NodeFactory.createLiteralDT(v.asText(), XSDDatatype.XSDboolean);
        if (v.isIntegralNumber()) return NodeFactory.createLiteralDT(v.asText(), XSDDatatype.XSDinteger);
        if (v.isNumber()) return NodeFactory.createLiteralDT(v.asText(), XSDDatatype.XSDdecimal);
        return NodeFactory.createLiteralString(v.asText());
    }

    private static Query load(String name) throws IOException {
        return QueryFactory.create(resource("prefixes") + resource(name));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConstructBaseline.class.getResourceAsStream("/nl/kamergraaf/bench/baseline/" + name + ".rq")) {
            if (in == null) throw new IOException("No baseline query " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> folders() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("activiteit", "Activiteit");
        m.put("agendapunt", "Agendapunt");
        m.put("besluit", "Besluit");
        m.put("document", "Document");
        m.put("fractie", "Fractie");
        m.put("fractie_zetel_persoon", "FractieZetelPersoon");
        m.put("persoon", "Persoon");
        m.put("stemming", "Stemming");
        m.put("vergadering", "Vergadering");
        m.put("zaak", "Zaak");
        return m;
    }
}
