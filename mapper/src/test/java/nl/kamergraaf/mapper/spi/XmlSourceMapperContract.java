package nl.kamergraaf.mapper.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.kamergraaf.mapper.MappingRun;
import nl.kamergraaf.mapper.xml.ExternalEntityTrap;

/**
 * The contract of a format read as XML: besides the cases of every format, hostile XML is refused or passed over
 * unresolved. Whatever a DOCTYPE declares, no external entity or DTD is fetched (the {@link ExternalEntityTrap}'s
 * loopback server sees no request), a secret never reaches the output, and the good records beside are mapped.
 * How the format reports the hostile file (refused whole, or the entity left undeclared) is the subclass's
 * {@link BadInput}.
 */
public abstract class XmlSourceMapperContract extends SourceMapperContract {
    @RegisterExtension
    protected final ExternalEntityTrap trap = new ExternalEntityTrap();

    private final String rootElement;

    /** As {@link SourceMapperContract}; {@code rootElement} is the root of the format's files, as a DOCTYPE names it. */
    protected XmlSourceMapperContract(Supplier<SourceMapper> format, FormatSamples.Format samples, String goodRecordsQuery,
            LargeInput largeInput, String rootElement) {
        super(format, samples, goodRecordsQuery, largeInput);
        this.rootElement = rootElement;
    }

    /** The DOCTYPEs an attacker would write, each with the entity reference that would pull its secret in. */
    public enum HostileDoctype {
        /** An internal subset declaring a general entity whose text is a local file. */
        EXTERNAL_FILE_ENTITY("&xxe;"),
        /** An internal subset declaring a general entity whose text is on a remote server. */
        REMOTE_ENTITY("&leak;"),
        /** An external DTD on a remote server, declaring the entity. */
        REMOTE_DTD("&leak;"),
        /** A parameter entity that pulls a remote DTD into the internal subset. */
        REMOTE_PARAMETER_ENTITY("&leak;"),
        /** Nested entities, each ten of the one before: a billion laughs when expanded. */
        NESTED_ENTITIES("&l9;");

        public final String reference;

        /** The name of the entity the reference names. */
        public String entity() {
            return reference.substring(1, reference.length() - 1);
        }

        HostileDoctype(String reference) {
            this.reference = reference;
        }
    }

    /**
     * Writes into {@code in} a file of the format with {@code doctype} after its XML declaration and, where the
     * format's record can hold it, {@code kind.reference} in a text field, beside good records; returns what it gives.
     */
    protected abstract BadInput hostile(Path in, HostileDoctype kind, String doctype) throws IOException;

    @Test
    void anExternalFileEntityIsNeverReadIntoTheOutput() throws IOException {
        Path secret = trap.secretFile(tmp.resolve("outside"));
        mapHostile(HostileDoctype.EXTERNAL_FILE_ENTITY,
                "<!DOCTYPE " + rootElement + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>");
    }

    @Test
    void aRemoteEntityIsNeverFetched() throws IOException {
        mapHostile(HostileDoctype.REMOTE_ENTITY, "<!DOCTYPE " + rootElement + " [<!ENTITY leak SYSTEM \"" + trap.dtdUrl() + "\">]>");
    }

    @Test
    void aRemoteDtdIsNeverFetched() throws IOException {
        mapHostile(HostileDoctype.REMOTE_DTD, "<!DOCTYPE " + rootElement + " SYSTEM \"" + trap.dtdUrl() + "\">");
    }

    @Test
    void aParameterEntityPullingInARemoteDtdIsNeverFetched() throws IOException {
        mapHostile(HostileDoctype.REMOTE_PARAMETER_ENTITY,
                "<!DOCTYPE " + rootElement + " [<!ENTITY % remote SYSTEM \"" + trap.dtdUrl() + "\"> %remote;]>");
    }

    @Test
    void nestedEntitiesAreNeverExpanded() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + rootElement + " [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        MappingRun run = mapHostile(HostileDoctype.NESTED_ENTITIES, dtd.append("]>").toString());
        assertFalse(new String(run.nquads(), StandardCharsets.UTF_8).contains("lollol"), "the entities were expanded");
    }

    private MappingRun mapHostile(HostileDoctype kind, String doctype) throws IOException {
        Path in = in();
        BadInput expected = hostile(in, kind, doctype);
        MappingRun run = map(in);
        check(expected, run);
        assertEquals(0, trap.requests(), "the loopback server was asked nothing");
        assertFalse(new String(run.nquads(), StandardCharsets.UTF_8).contains(ExternalEntityTrap.SECRET), "the secret leaked");
        return run;
    }

    /** Puts a DOCTYPE between the XML declaration and the root element. */
    protected static String withDoctype(String doctype, String xml) {
        int afterDeclaration = xml.indexOf("?>") + 2;
        return xml.substring(0, afterDeclaration) + "\n" + doctype + xml.substring(afterDeclaration);
    }
}
