package nl.kamergraaf.mapper.entity;

import java.util.function.Predicate;

import nl.kamergraaf.mapper.directory.FractieDirectory;
import nl.kamergraaf.mapper.spi.PublicNumbers;

/**
 * What the record mapper knows beyond the record at hand: the numbers behind GUIDs (of live things, and those deleted
 * records had while live), the fracties by name, which
 * besluiten are roll calls, which version of each record is the newest, and who hears of values outside their
 * enumeration's list. A full map fills it in its prepare pass; sync knows less (see {@link #outsideARun}).
 */
record RunFacts(PublicNumbers numbers, PublicNumbers formerNumbers, FractieDirectory fracties,
        Predicate<String> rollCallBesluit, CurrentVersions versions, UnknownValues unknownValues) {

    /** Whether a version of a record is the one to write. */
    interface CurrentVersions {
        boolean isCurrent(String type, String id, String apiGewijzigdOp);
    }

    /** Hears of a value outside its enumeration's list, with the file and record that used it. */
    interface UnknownValues {
        void unknown(String scheme, String value, String source, String recordId);
    }

    /**
     * Mapping one record outside a full run (sync): numbers and fracties from the caller (what the synced store
     * knows), roll calls known from the votes themselves only, every version current (sync applies changes in order).
     */
    static RunFacts outsideARun(PublicNumbers numbers, PublicNumbers formerNumbers, FractieDirectory fracties,
            UnknownValues unknownValues) {
        return new RunFacts(numbers, formerNumbers, fracties, besluit -> false, (type, id, modified) -> true, unknownValues);
    }
}
