package nl.kamergraaf.store.sync;

import java.io.IOException;
import java.util.Optional;

/** The changes of one entity category from one API, read a page at a time from a saved position. */
public interface ChangeFeed {
    /** The key its position is saved under, e.g. "syncfeed/Zaak". */
    String key();

    /** The category, e.g. "Zaak". */
    String category();

    /** Starts reading after {@code position} (absent: from the beginning). */
    Pages open(Optional<String> position);

    /** The pages of one run, fetched one at a time: only when asked for. */
    interface Pages {
        /** The next page, or empty when the feed has nothing more now. */
        Optional<ChangePage> next() throws IOException;
    }
}
