package nl.kamergraaf.server.release;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;

import nl.kamergraaf.server.ServerContext;
import nl.kamergraaf.server.ServerExtension;
import nl.kamergraaf.store.StoreDirectory;

/**
 * Open-data distribution on the public server: the DCAT-AP-NL catalog at {@code /catalog}, the VoID description at
 * {@code /.well-known/void}, and the dump files at {@code /dumps/<release>/<file>} (and {@code /dumps/latest/…}).
 * Releases are read from {@code <store>/dumps} (where {@code kamergraaf dump} writes by default), or from the folder
 * given; a release written while the server runs is offered from the next request on.
 */
public final class DistributionExtension implements ServerExtension {
    /** Where releases live, relative to the store folder. */
    public static final String DUMPS_FOLDER = "dumps";

    private final Optional<Path> releasesFolder;

    /** Serves the releases in the store's dumps folder. */
    public DistributionExtension() {
        this.releasesFolder = Optional.empty();
    }

    /** Serves the releases in this folder. */
    public DistributionExtension(Path releasesFolder) {
        this.releasesFolder = Optional.of(releasesFolder);
    }

    public static Path defaultFolder(Path storeRoot) {
        return storeRoot.resolve(DUMPS_FOLDER);
    }

    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        Optional<ReleaseDirectory> releases = releasesFolder.or(() -> context.storeRoot().map(DistributionExtension::defaultFolder))
                .map(ReleaseDirectory::new);
        Publication publication = Publication.at(context.base());
        LiveDescriptions live = new LiveDescriptions(context, publication);
        DescriptionServlet catalog = new DescriptionServlet(releases, ReleaseDirectory.CATALOG, live::catalog);
        DescriptionServlet voidDescription = new DescriptionServlet(releases, ReleaseDirectory.VOID, live::voidDescription);
        // The document answers for itself and for the resources it describes (<base>/catalog/dataset, …).
        fuseki.addServlet(Publication.CATALOG_PATH, catalog);
        fuseki.addServlet(Publication.CATALOG_PATH + "/*", catalog);
        fuseki.addServlet(Publication.VOID_PATH, voidDescription);
        fuseki.addServlet(Publication.VOID_PATH + "/*", voidDescription);
        releases.ifPresent(r -> fuseki.addServlet(Publication.DUMPS_PATH + "/*", new DumpFileServlet(r)));
    }

    /**
     * The descriptions of the store itself, for a server with no release yet: counted on first request, and again
     * after a switch to a new build.
     */
    private static final class LiveDescriptions {
        private final ServerContext context;
        private final Publication publication;
        private DatasetStatistics stats;
        private Optional<Path> countedBuild = Optional.empty();

        LiveDescriptions(ServerContext context, Publication publication) {
            this.context = context;
            this.publication = publication;
        }

        private synchronized DatasetStatistics stats() {
            Optional<Path> build = context.storeRoot().flatMap(root -> new StoreDirectory(root).current());
            if (stats == null || !build.equals(countedBuild)) {
                stats = DatasetStatistics.of(context.dataset(), publication.uriSpace());
                countedBuild = build;
            }
            return stats;
        }

        Model catalog() {
            DatasetStatistics s = stats();
            return new CatalogDescription(publication).build("live", s.lastModified().orElse(LocalDate.now(ZoneOffset.UTC)), s, List.of());
        }

        Model voidDescription() {
            return new VoidDescription(publication).build("live", stats(), List.of());
        }
    }
}
