package nl.kamergraaf.server.replica;

import java.util.OptionalLong;

/**
 * Where the primary's change log stands ({@code /replication/position}).
 *
 * @param lineage   names the log; a new one means the primary loaded a new build and its log started over
 * @param committed the last change its feed lists
 * @param after     for a release asked about: the position it was cut at
 */
public record PrimaryPosition(String lineage, long committed, OptionalLong after) {}
