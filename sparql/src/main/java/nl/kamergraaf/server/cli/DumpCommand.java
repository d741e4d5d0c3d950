package nl.kamergraaf.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import nl.kamergraaf.server.release.DistributionExtension;
import nl.kamergraaf.server.release.Publication;
import nl.kamergraaf.server.release.ReleaseDirectory;
import nl.kamergraaf.server.release.ReleaseFile;
import nl.kamergraaf.server.release.ReleaseRequests;
import nl.kamergraaf.server.release.ReleaseWriter;
import nl.kamergraaf.store.KamergraafDataset;
import nl.kamergraaf.store.StoreDirectory;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {
            "Write a release of the store for open-data portals and researchers: N-Quads (with the record graphs),",
            "N-Triples and Turtle (gzip), JSON-LD, the ontology, a DCAT-AP-NL 3.0 catalog, a VoID description and",
            "SHA256SUMS, in <out>/<release id>/; <out>/LATEST names the newest release.",
            "The release id is the date of the latest change in the data plus a hash of the files: the same data",
            "gives the same files, byte for byte. 'kamergraaf serve' offers the releases in <store>/dumps at /dumps,",
            "the catalog at /catalog and VoID at /.well-known/void.",
            "",
            "While 'kamergraaf serve' runs on the store (it holds the database), dump asks the server to write the",
            "release, with the server's --base and --public-url, into <store>/dumps, and waits for it (see --wait).",
            "",
            "Exit codes: 0 written, 2 wrong usage, 3 failed (no release written)."},
        footer = {"", "Example: kamergraaf dump --store kamergraaf-store",
                  "         kamergraaf dump --base https://data.example.org --out /srv/dumps"})
final class DumpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder of the releases (default: <store>/dumps, which 'kamergraaf serve' offers).")
    Path out;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base the data was mapped with (default: ${DEFAULT-VALUE}); the URI space is <base>/id/.")
    String base = nl.kamergraaf.mapper.uri.UriMinter.DEFAULT_BASE;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Where the server is reached, for download and endpoint URLs in the catalog (default: the base).")
    String publicUrl;

    @Option(names = "--sort-buffer", paramLabel = "QUADS",
            description = "Quads sorted in memory before a sorted run is spilled to a temporary file "
                    + "(default: ${DEFAULT-VALUE}); lower it for a small heap. Memory use does not grow with the store.")
    long sortBuffer = nl.kamergraaf.server.release.SortedStoreReader.DEFAULT_IN_MEMORY_LIMIT;

    @Option(names = "--wait", paramLabel = "SECONDS",
            description = "When a running server writes the release: how long to wait for it (default: ${DEFAULT-VALUE}).")
    long waitSeconds = 3600;

    @Override
    public Integer call() {
        StoreDirectory store = storeOptions.directory();
        Optional<Path> live = store.current();
        if (live.isPresent() && store.isOpen(live.get())) return askTheServer(store);
        DatasetGraph dsg = null;
        try {
            dsg = KamergraafDataset.openCurrent(store);
            Path folder = out != null ? out : DistributionExtension.defaultFolder(store.root());
            Publication publication = new Publication(base, publicUrl != null ? publicUrl : base);
            ReleaseWriter.Release release = new ReleaseWriter(dsg, publication).inMemoryLimit(sortBuffer).write(new ReleaseDirectory(folder));
            spec.commandLine().getErr().println("kamergraaf: release " + release.id() + " in " + release.folder() + " ("
                    + release.triples() + " triples, " + release.quads() + " quads)");
            for (ReleaseFile f : release.files()) spec.commandLine().getOut().println(f.sha256() + "  " + f.bytes() + "  " + f.name());
            return ExitCodes.OK;
        } catch (Exception | OutOfMemoryError e) {
            spec.commandLine().getErr().println("kamergraaf dump: failed, no release written: " + e);
            return ExitCodes.FAILED;
        } finally {
            if (dsg != null) close(dsg);
        }
    }

    /** The store is served: the server writes the release from the build it serves, as it does after a load. */
    private Integer askTheServer(StoreDirectory store) {
        if (out != null || publicUrl != null) {
            spec.commandLine().getErr().println("kamergraaf dump: the store is being served; the server writes the release into "
                    + DistributionExtension.defaultFolder(store.root()) + " with its own --base and --public-url: leave out --out and --public-url");
            return ExitCodes.USAGE;
        }
        spec.commandLine().getErr().println("kamergraaf: the store is being served; asking the server for a release");
        try {
            String token = ReleaseRequests.request(store);
            Optional<ReleaseRequests.Answer> answer = ReleaseRequests.awaitAnswer(store, token,
                    (int) Math.max(1, Math.min(Integer.MAX_VALUE, waitSeconds * 5)), Duration.ofMillis(200));
            if (answer.isEmpty()) {
                spec.commandLine().getErr().println("kamergraaf dump: the server did not answer within " + waitSeconds
                        + " s (does it run with --no-releases, or is another process holding the store?); no release written");
                return ExitCodes.FAILED;
            }
            if (answer.get().releaseId().isEmpty()) {
                spec.commandLine().getErr().println("kamergraaf dump: failed, no release written: " + answer.get().message());
                return ExitCodes.FAILED;
            }
            String id = answer.get().releaseId().get();
            ReleaseDirectory releases = new ReleaseDirectory(DistributionExtension.defaultFolder(store.root()));
            spec.commandLine().getErr().println("kamergraaf: release " + id + " in " + releases.root().resolve(id) + " (written by the server)");
            for (ReleaseFile f : releases.files(id)) spec.commandLine().getOut().println(f.sha256() + "  " + f.bytes() + "  " + f.name());
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("kamergraaf dump: failed, no release written: " + e);
            return ExitCodes.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILED;
        }
    }

    /** After a failure a read transaction may still be open; closing must not hide the failure's own message. */
    private void close(DatasetGraph dsg) {
        try {
            TDBInternal.expel(dsg);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("kamergraaf dump: the store was not closed cleanly: " + e.getMessage());
        }
    }
}
