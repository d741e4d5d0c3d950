package nl.kamergraaf.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kamergraaf} program: map Tweede Kamer open data to RDF, load it into a store, and serve it. */
@Command(name = "kamergraaf",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Kamergraaf publishes the open data of the Dutch House of Representatives (Tweede Kamer) as a linked-data",
            "knowledge graph: documents, dossiers, zaken, persons, motions and votes, and what documents refer to.",
            "",
            "Quick start: 'kamergraaf serve' maps and loads the bundled data/ on first use, then answers SPARQL at",
            "http://localhost:3030/sparql. Run 'kamergraaf help <command>' for the options of one command."},
        subcommands = {
            MapCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            ValidateCommand.class,
            DumpCommand.class,
            SyncCommand.class,
            CommandLine.HelpCommand.class})
public final class KamergraafCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new KamergraafCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
