package nl.kamergraaf.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.FmtUtils;

/** A fingerprint (SHA-256) of a set of triples, independent of their order. */
final class GraphHash {
    private GraphHash() {}

    static String of(Collection<Triple> triples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StoredForm.of(triples).stream()
                   .map(t -> FmtUtils.stringForNode(t.getSubject()) + ' ' + FmtUtils.stringForNode(t.getPredicate()) + ' '
                           + FmtUtils.stringForNode(t.getObject()) + '\n')
                   .sorted()
                   .forEach(line -> sha.update(line.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
