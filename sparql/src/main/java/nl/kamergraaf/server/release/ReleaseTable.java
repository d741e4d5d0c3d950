package nl.kamergraaf.server.release;

import java.util.List;
import java.util.Objects;

/**
 * One CSV file of a release: a row per thing of one class (its IRI in the first column, {@value #IRI_COLUMN}) and
 * the columns that say the main facts about it. The file, its media type and its catalog description come from
 * its {@link DumpFormat}.
 */
record ReleaseTable(DumpFormat file, String classIri, List<TableColumn> columns) {
    static final String IRI_COLUMN = "iri";

    ReleaseTable {
        Objects.requireNonNull(file);
        Objects.requireNonNull(classIri);
        columns = List.copyOf(columns);
        if (file.content() != DumpFormat.Content.TABLE) throw new IllegalArgumentException(file + " is not a table");
        if (columns.stream().map(TableColumn::name).distinct().count() != columns.size()
                || columns.stream().anyMatch(c -> c.name().equals(IRI_COLUMN))) {
            throw new IllegalArgumentException("Column names of " + file.fileName() + " must be distinct and not '" + IRI_COLUMN + "'");
        }
    }

    String fileName() {
        return file.fileName();
    }

    /** The CSV header: the IRI column, then the columns in order. */
    List<String> header() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(IRI_COLUMN), columns.stream().map(TableColumn::name)).toList();
    }
}
