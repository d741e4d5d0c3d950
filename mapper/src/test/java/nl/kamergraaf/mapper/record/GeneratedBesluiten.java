package nl.kamergraaf.mapper.record;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The values of the i-th generated Besluit record, the same in every format the streaming cases write (OData JSON,
 * SyncFeed XML): stable ids, eight besluiten per agendapunt, the real BesluitSoort values in turn, every 50th deleted.
 */
public final class GeneratedBesluiten {
    private static final String[] SOORTEN = {"Stemmen - aangenomen", "Stemmen - verworpen", "Behandelen", "Stemmen - aangehouden"};

    private GeneratedBesluiten() {}

    public static String id(int i) {
        return uuid("besluit", i);
    }

    public static String agendapuntId(int i) {
        return uuid("agendapunt", i / 8);
    }

    public static String soort(int i) {
        return SOORTEN[i % SOORTEN.length];
    }

    public static boolean deleted(int i) {
        return i % 50 == 0;
    }

    private static String uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes((kind + i).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
