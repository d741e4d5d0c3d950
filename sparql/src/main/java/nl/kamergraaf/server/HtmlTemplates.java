package nl.kamergraaf.server;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

/**
 * Every HTML page the server sends is a Mustache template (mustache.java) from the classpath folder
 * {@value #FOLDER}. The pages for people extend {@code page.mustache}, the one frame (head, style, header with the
 * search box, {@code <main>}); the query page has a layout of its own. The engine HTML-escapes every
 * {@code {{value}}}, in text and in quoted attributes alike, so a label with markup in the data shows as text; the
 * only raw values ({@code {{{…}}}}) are JSON inside {@code <script>} elements, which their makers keep free of
 * {@code </script>}. Compiled templates are cached by the factory.
 */
public final class HtmlTemplates {
    static final String FOLDER = "nl/kamergraaf/server/templates";
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory(FOLDER);

    private HtmlTemplates() {}

    /** Renders {@code {name}.mustache} with the scope (maps, records, lists). */
    public static String render(String name, Object scope) {
        StringWriter out = new StringWriter(16384);
        try {
            FACTORY.compile(name + ".mustache").execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
