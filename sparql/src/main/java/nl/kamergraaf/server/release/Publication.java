package nl.kamergraaf.server.release;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * Where the publication lives: {@code base} is the base the data's IRIs were minted under (its URI space is
 * {@code <base>/id/}); {@code publicUrl} is where the server is reached, so where dumps, the endpoint and the catalog
 * are downloaded from. They are the same unless the server runs elsewhere (a test on a free port, a proxy).
 * The catalog's own resources have IRIs under the paths of the documents that describe them
 * ({@code <base>/catalog/dataset}, {@code <base>/.well-known/void/klasse-1}), and the server answers each of them
 * with that document, so every one dereferences to its description. All IRIs pass {@link UriMinter#checked}.
 */
public record Publication(String base, String publicUrl) {
    public static final String CATALOG_PATH = "/catalog";
    public static final String VOID_PATH = "/.well-known/void";
    public static final String DUMPS_PATH = "/dumps";

    public Publication {
        base = new UriMinter(base).base();
        publicUrl = new UriMinter(publicUrl).base();
    }

    public static Publication at(String base) {
        return new Publication(base, base);
    }

    public String uriSpace() {
        return base + "/id/";
    }

    Resource catalog(Model m) { return under(m, CATALOG_PATH, "catalogus"); }
    Resource dataset(Model m) { return under(m, CATALOG_PATH, "dataset"); }
    Resource sparqlService(Model m) { return under(m, CATALOG_PATH, "sparql"); }
    Resource contactPoint(Model m) { return under(m, CATALOG_PATH, "contactpunt"); }
    Resource period(Model m) { return under(m, CATALOG_PATH, "periode"); }
    Resource distribution(Model m, String release, DumpFormat f) { return under(m, CATALOG_PATH, release + "-" + f.key()); }
    Resource checksum(Model m, String release, DumpFormat f) { return under(m, CATALOG_PATH, release + "-" + f.key() + "-sha256"); }
    Resource voidDocument(Model m) { return m.createResource(UriMinter.checked(publicUrl + VOID_PATH).getURI()); }
    Resource classPartition(Model m, int n) { return under(m, VOID_PATH, "klasse-" + n); }
    Resource propertyPartition(Model m, int n) { return under(m, VOID_PATH, "eigenschap-" + n); }

    /** The Tweede Kamer, which makes the data, as an organisation of the graph. */
    Resource tweedeKamer(Model m) { return m.createResource(new UriMinter(base).organisatie("Tweede Kamer der Staten-Generaal").getURI()); }
    /** The Kamergraaf project, which publishes the linked data. */
    Resource kamergraaf(Model m) { return m.createResource(new UriMinter(base).organisatie("Kamergraaf").getURI()); }

    Resource sparqlEndpoint(Model m) { return url(m, "/sparql"); }
    Resource homepage(Model m) { return url(m, "/"); }
    Resource download(Model m, String release, DumpFormat f) { return url(m, DUMPS_PATH + "/" + release + "/" + f.fileName()); }

    private Resource url(Model m, String path) {
        return m.createResource(UriMinter.checked(publicUrl + path).getURI());
    }

    private Resource under(Model m, String path, String fragment) {
        return m.createResource(UriMinter.checked(base + path + "/" + fragment).getURI());
    }
}
