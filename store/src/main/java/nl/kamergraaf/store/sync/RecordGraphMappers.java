package nl.kamergraaf.store.sync;

import org.apache.jena.sparql.core.DatasetGraph;

import nl.kamergraaf.mapper.entity.ODataRecordGraphMapper;
import nl.kamergraaf.mapper.spi.RecordGraphMapper;
import nl.kamergraaf.mapper.uri.UriMinter;

/** The record mapper sync uses: the OData record mapping, with the numbers behind GUIDs looked up in the synced store. */
public final class RecordGraphMappers {
    private RecordGraphMappers() {}

    /**
     * @param dataset the database being synced (read to learn the numbers of things records name by GUID, the
     *                number a deleted record had while live, and the fracties by name)
     */
    public static RecordGraphMapper forStore(UriMinter uris, DatasetGraph dataset) {
        return new ODataRecordGraphMapper(uris, StoreNumbers.ofLiveThings(dataset, uris), StoreNumbers.includingDeleted(dataset, uris),
                StoreFracties.directory(dataset, uris));
    }
}
