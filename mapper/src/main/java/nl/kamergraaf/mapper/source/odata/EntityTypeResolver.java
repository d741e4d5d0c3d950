package nl.kamergraaf.mapper.source.odata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kamergraaf.mapper.RecordFormatException;
import nl.kamergraaf.mapper.record.ODataMetadata;

/**
 * Decides which OData entity type a record is: from the page's {@code @odata.context}
 * ({@code …/$metadata#Stemming(Besluit(…))}), else from the file's folder or name ({@code stemming/…},
 * {@code singular.besluit.json}), else from the record's fields when exactly one entity type has them all. An
 * entity type that none of these settles is reported, never guessed.
 */
final class EntityTypeResolver {
    private static final Pattern CONTEXT = Pattern.compile("\\$metadata#([A-Za-z]+)");
    private final ODataMetadata metadata;

    EntityTypeResolver(ODataMetadata metadata) {
        this.metadata = metadata;
    }

    /** The type the file says, by context-free means (folder, then name); empty when it says none. */
    Optional<String> fromFile(Path file) {
        Path parent = file.getParent();
        if (parent != null && parent.getFileName() != null) {
            Optional<String> t = metadata.typeForName(parent.getFileName().toString());
            if (t.isPresent()) return t;
        }
        for (String part : file.getFileName().toString().split("[._\\-\\d]+")) {
            Optional<String> t = metadata.typeForName(part);
            if (t.isPresent()) return t;
        }
        return Optional.empty();
    }

    Optional<String> fromContext(String context) {
        if (context == null) return Optional.empty();
        Matcher m = CONTEXT.matcher(context);
        return m.find() ? metadata.entityType(m.group(1)).map(ODataMetadata.EntityType::name) : Optional.empty();
    }

    String resolve(String context, Optional<String> fileType, ObjectNode record) throws RecordFormatException {
        Optional<String> t = fromContext(context);
        if (t.isPresent()) return t.get();
        if (fileType.isPresent()) return fileType.get();
        List<String> fits = new ArrayList<>();
        for (ODataMetadata.EntityType type : metadata.types().values()) {
            boolean all = true;
            for (Iterator<String> it = record.fieldNames(); it.hasNext() && all; ) {
                String f = it.next();
                all = f.startsWith("@") || type.properties().containsKey(f) || type.navigations().containsKey(f);
            }
            if (all) fits.add(type.name());
        }
        if (fits.size() == 1) return fits.get(0);
        throw new RecordFormatException(null, "unknown entity type: no @odata.context, the folder and file name name "
                + "no entity type of the API, and the record's fields " + (fits.isEmpty() ? "fit no entity type"
                : "fit several (" + String.join(", ", fits.subList(0, Math.min(5, fits.size()))) + (fits.size() > 5 ? ", ..." : "") + ")"));
    }
}
