package nl.kamergraaf.store.sync;

import java.security.MessageDigest;
import java.util.Collection;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.FmtUtils;

/** A fingerprint (SHA-256) of a set of triples, independent of their order. */
final class GraphHash {
    private GraphHash() {}

    static String of(Collection<Triple> triples) {
        MessageDigest sha = DigestUtils.getSha256Digest();
        StoredForm.of(triples).stream()
               .map(t -> FmtUtils.stringForNode(t.getSubject()) + ' ' + FmtUtils.stringForNode(t.getPredicate()) + ' '
                       + FmtUtils.stringForNode(t.getObject()) + '\n')
               .sorted()
               .forEach(line -> DigestUtils.updateDigest(sha, line));
        return Hex.encodeHexString(sha.digest());
    }
}
