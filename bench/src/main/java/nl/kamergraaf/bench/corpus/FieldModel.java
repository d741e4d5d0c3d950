package nl.kamergraaf.bench.corpus;

import java.io.IOException;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * How the values of one property of one entity type are distributed, as learned from real records: each model
 * writes a fresh value (or null, at the learned null rate) with the same JSON type as the real property.
 */
interface FieldModel {
    /** Writes one value of this field, field name already written. */
    void write(JsonGenerator json, SplittableRandom random) throws IOException;

    /** A short description for the profile summary, e.g. "categorical(12)". */
    String describe();
}
