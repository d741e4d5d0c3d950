package nl.kamergraaf.server.linkeddata;

import nl.kamergraaf.html.Html;

/** The frame every HTML page of the linked-data part shares: head, a little inline CSS (no external assets), header. */
final class PageLayout {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.45}
            header{background:#154273;color:#fff;padding:.6em 1.2em}header a{color:#fff;text-decoration:none;font-weight:600}
            main{max-width:62em;margin:0 auto;padding:1em 1.2em 3em}
            h1{font-size:1.6em;margin:.2em 0 .3em}h2{font-size:1.15em;margin-top:1.8em;border-bottom:1px solid #ddd}
            .type{color:#555;margin:0;text-transform:uppercase;font-size:.8em;letter-spacing:.05em}
            .iri{font-family:ui-monospace,monospace;font-size:.85em;color:#555;word-break:break-all}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid #eee}
            th{width:14em;font-weight:600;color:#333}ul.values{margin:0;padding:0;list-style:none}
            .lang{color:#888;font-size:.75em;margin-left:.3em}.long{white-space:pre-wrap;max-height:20em;overflow:auto}
            .gone{background:#fdecea;border:1px solid #f5c2c0;padding:.6em}.actions a{margin-right:1em}
            .pager a{margin-right:1em}.ext{font-size:.8em;margin-left:.3em}
            header form{float:right;margin:0}header input{padding:.15em .4em;font:inherit;width:14em}
            """;

    /** The search box in every page's header (the /zoek page, SearchServlet). */
    private static final String SEARCH_FORM = "<form role=\"search\" action=\"/zoek\" method=\"get\">"
            + "<input name=\"q\" type=\"search\" aria-label=\"Zoek op titel of naam\" placeholder=\"Zoek op titel of naam…\" required>"
            + " <button type=\"submit\">Zoek</button></form>";

    private PageLayout() {}

    /** Opens the page up to and including {@code <main>}; {@code extraHead} is trusted markup made by the caller. */
    static void open(StringBuilder out, String title, String extraHead) {
        out.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
           .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
           .append("<title>").append(Html.escape(title)).append(" — Kamergraaf</title>\n")
           .append(extraHead)
           .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n")
           .append("<header><a href=\"/\">Kamergraaf</a> · linked data van de Tweede Kamer")
           .append(SEARCH_FORM).append("</header>\n<main>\n");
    }

    static void close(StringBuilder out) {
        out.append("</main>\n</body>\n</html>\n");
    }

    /** A complete small page with one message, for 404, 400 and 406 answers. */
    static String message(String title, String text) {
        StringBuilder out = new StringBuilder();
        open(out, title, "");
        out.append("<h1>").append(Html.escape(title)).append("</h1>\n<p>").append(Html.escape(text)).append("</p>\n");
        close(out);
        return out.toString();
    }
}
