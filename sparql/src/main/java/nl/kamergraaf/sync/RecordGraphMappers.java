package nl.kamergraaf.sync;

import nl.kamergraaf.mapper.sync.RecordGraphMapper;
import nl.kamergraaf.mapper.uri.UriMinter;

/**
 * The record mapper the sync command uses. The OData record mapping is being written on another branch (odata);
 * until it is merged there is none, and {@code kamergraaf sync} says so instead of writing wrong graphs.
 * Integration: return the odata branch's mapper (adapted to {@link RecordGraphMapper}) here.
 */
public final class RecordGraphMappers {
    private RecordGraphMappers() {}

    public static RecordGraphMapper forBase(UriMinter uris) {
        throw new UnsupportedOperationException("this build has no OData record mapping yet (it lands with the 'odata' "
                + "branch); sync cannot turn records into graphs without it");
    }
}
