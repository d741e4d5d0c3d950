package nl.kamergraaf.server.replica;

import java.util.function.Supplier;

/**
 * What a replica's status and lag check report ({@link ReplicaStatusResource}): its lag, the primary it follows, the
 * build it serves and why the last poll failed ("" when it did not), the last two asked for at each request.
 */
record ReplicaStatus(ReplicaLag lag, String primary, Supplier<String> build, Supplier<String> problem) {}
