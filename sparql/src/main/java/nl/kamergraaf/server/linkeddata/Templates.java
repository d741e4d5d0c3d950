package nl.kamergraaf.server.linkeddata;

import nl.kamergraaf.html.Html;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;

/**
 * The Mustache templates of the HTML pages, from the classpath (nl/kamergraaf/server/linkeddata/templates). Every
 * {@code {{value}}} is escaped, for text and quoted attributes alike, by the project's one escaper ({@link Html}, the
 * same as the rest of the pages); the templates use no triple-brace (raw) values, so nothing from the data reaches a
 * page unescaped. Compiled templates are cached by the factory.
 */
final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("nl/kamergraaf/server/linkeddata/templates") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(Html.escape(value));
            } catch (IOException e) {
                throw new MustacheException("Could not write a page", e);
            }
        }
    };

    private Templates() {}

    /** Renders templates/{name}.mustache with the scope. */
    static String render(String name, Object scope) {
        StringWriter out = new StringWriter(8192);
        try {
            FACTORY.compile(name + ".mustache").execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
