package nl.kamergraaf.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An HTTP Accept header, enough of it to choose among the media types a resource is offered in (q-values, wildcards). */
record AcceptHeader(List<Range> ranges) {
    record Range(String type, String subtype, double q) {
        /** How specific the range is: an exact type beats {@code text/*}, which beats {@code * / *}. */
        int specificity(String offered) {
            String[] o = offered.split("/", 2);
            if (type.equals(o[0]) && subtype.equals(o[1])) return 3;
            if (type.equals(o[0]) && subtype.equals("*")) return 2;
            if (type.equals("*") && subtype.equals("*")) return 1;
            return 0;
        }
    }

    /** A missing or empty header accepts anything. */
    static AcceptHeader parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header == null || header.isBlank()) header = "*/*";
        for (String part : header.split(",")) {
            String[] params = part.trim().split(";");
            String[] type = params[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty()) continue;
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0; // an unreadable weight is no preference
                    }
                }
            }
            ranges.add(new Range(type[0], type[1], q));
        }
        return new AcceptHeader(List.copyOf(ranges));
    }

    /** The offered type the client prefers most (by q of its most specific matching range); ties go to the first offered. */
    String best(List<String> offered) {
        String best = null;
        double bestQ = 0;
        for (String o : offered) {
            double q = qualityOf(o);
            if (q > bestQ) {
                best = o;
                bestQ = q;
            }
        }
        return best;
    }

    private double qualityOf(String offered) {
        int specificity = 0;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(offered);
            if (s > specificity) {
                specificity = s;
                q = r.q();
            }
        }
        return q;
    }
}
