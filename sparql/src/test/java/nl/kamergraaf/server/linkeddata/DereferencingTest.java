package nl.kamergraaf.server.linkeddata;

import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.BASE;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.CHIPS_ACT;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.DELETED;
import static nl.kamergraaf.server.linkeddata.LinkedDataFixture.LETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Dereferencing over real HTTP: 303 from /id/, the formats by Accept and by suffix, 404, 410, 406 and 304. */
class DereferencingTest {
    static LinkedDataFixture fx;

    @BeforeAll
    static void server() throws Exception {
        fx = LinkedDataFixture.get();
    }

    static Stream<Representation> rdfFormats() {
        return Representation.DESCRIPTIONS.stream().filter(Representation::isRdf);
    }

    @Test
    void theLettersIriAnswers303SeeOtherToItsDescriptionDocument() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.serverUrlOf(LETTER), "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/document/2024D50227", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theIdRedirectKeepsThePageAskedFor() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url("/id/fractie/0f000000-0000-4000-8000-000000000001?page=2"));
        assertEquals(303, r.statusCode());
        assertEquals("/doc/fractie/0f000000-0000-4000-8000-000000000001?page=2", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aHeadRequestGetsTheHeadersWithoutABody() throws Exception {
        java.net.http.HttpRequest head = java.net.http.HttpRequest.newBuilder(java.net.URI.create(fx.url("/doc/document/2024D50227.ttl")))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<byte[]> r = fx.http.send(head, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals(0, r.body().length);
        assertEquals(fx.get(fx.url("/doc/document/2024D50227.ttl")).headers().firstValue("ETag"), r.headers().firstValue("ETag"));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("rdfFormats")
    void theLetterNegotiatedByAcceptParsesWithJenaAndRioAndStatesItsCitations(Representation format) throws Exception {
        HttpResponse<byte[]> see = fx.get(fx.serverUrlOf(LETTER), "Accept", format.mediaType());
        assertEquals(303, see.statusCode());
        HttpResponse<byte[]> r = fx.get(fx.url(see.headers().firstValue("Location").orElseThrow()), "Accept", format.mediaType());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
        assertEquals("Accept", r.headers().firstValue("Vary").orElseThrow());
        assertEquals("/doc/document/2024D50227." + format.suffix(), r.headers().firstValue("Content-Location").orElseThrow());
        assertTheLettersDescription(new ParsedAnswer(r.body(), format, fx.url("/doc/document/2024D50227")));
    }

    @ParameterizedTest(name = "suffix .{0}")
    @MethodSource("rdfFormats")
    void theLetterBySuffixParsesWithJenaAndRioWhateverTheAcceptHeader(Representation format) throws Exception {
        HttpResponse<byte[]> see = fx.get(fx.serverUrlOf(LETTER) + "." + format.suffix(), "Accept", "text/html");
        assertEquals(303, see.statusCode(), "the IRI with a suffix leads to that format's document");
        String url = fx.url("/doc/document/2024D50227." + format.suffix());
        assertEquals(url, fx.url(see.headers().firstValue("Location").orElseThrow()));
        HttpResponse<byte[]> r = fx.get(url, "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
        assertTheLettersDescription(new ParsedAnswer(r.body(), format, url));
    }

    private static void assertTheLettersDescription(ParsedAnswer a) {
        assertTrue(a.ask("ASK { <" + LETTER + "> a kg:Brief ; kg:documentnummer \"2024D50227\" ; "
                + "kg:citeert <" + BASE + "/id/kamerstuk/36600-XIII-29> }"), "the letter's own statements");
        assertTrue(a.ask("ASK { <" + BASE + "/id/kamerstuk/36600-XIII-29> rdfs:label \"Kamerstuk 36600-XIII-29\"@nl }"),
                "the label of a thing it links to");
        assertTrue(a.ask("ASK { <" + BASE + "/id/verwijzing/2024D50227-11> kg:bron <" + LETTER + "> }"), "an incoming link");
        assertTrue(a.ask("ASK { <" + BASE + "/doc/document/2024D50227> foaf:primaryTopic <" + LETTER + "> }"),
                "the document says what it is about");
        assertTrue(a.rioHas(LETTER, "https://w3id.org/kamergraaf/def#citeert", BASE + "/id/kamerstuk/36600-XIII-29"),
                "Rio reads the same citation");
    }

    @Test
    void theLetterAsHtmlBySuffixAndByBrowserAcceptIsAPageWithItsTitle() throws Exception {
        String browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        for (HttpResponse<byte[]> r : new HttpResponse[] {
                fx.get(fx.url("/doc/document/2024D50227"), "Accept", browserAccept),
                fx.get(fx.url("/doc/document/2024D50227.html"), "Accept", "text/turtle")}) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            String html = new String(r.body(), StandardCharsets.UTF_8);
            assertTrue(html.contains("<h1>Voortgang ‘Coalition of the Willing’ ten aanzien van halfgeleiderindustrie</h1>"), html);
            assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/doc/document/2024D50227.ttl\">"), html);
            List<String> hrefs = Jsoup.parse(html).select("a[href]").eachAttr("href");
            assertTrue(hrefs.contains("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024Z21275&did=2024D50227"),
                    "links to the original tweedekamer.nl page");
            assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("/query?query=")), "an open-in-SPARQL link");
        }
    }

    @Test
    void theJsonLdAnswerCarriesThePublishedContextInline() throws Exception {
        HttpResponse<byte[]> published = fx.get(fx.url("/context.jsonld"));
        assertEquals(200, published.statusCode());
        assertTrue(published.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        org.apache.jena.atlas.json.JsonObject context = org.apache.jena.atlas.json.JSON.parse(
                new String(published.body(), StandardCharsets.UTF_8)).get("@context").getAsObject();
        org.apache.jena.atlas.json.JsonObject answer = org.apache.jena.atlas.json.JSON.parse(
                new String(fx.get(fx.url("/doc/document/2024D50227.jsonld")).body(), StandardCharsets.UTF_8));
        org.apache.jena.atlas.json.JsonObject inline = answer.get("@context").getAsObject();
        assertEquals(context.keys(), inline.keys());
        for (String prefix : context.keys()) assertEquals(context.get(prefix), inline.get(prefix), prefix);
        assertEquals("https://w3id.org/kamergraaf/def#", context.get("kg").getAsString().value());
    }

    @Test
    void whatTheClientPrefersByQValueWins() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url("/doc/document/2024D50227"),
                "Accept", "text/turtle;q=0.4, application/rdf+xml;q=0.6, application/ld+json;q=0.9");
        assertEquals(200, r.statusCode());
        assertEquals("/doc/document/2024D50227.jsonld", r.headers().firstValue("Content-Location").orElseThrow());
    }

    @Test
    void aClientThatAcceptsNoneOfTheFormatsGets406() throws Exception {
        assertEquals(406, fx.get(fx.url("/doc/document/2024D50227"), "Accept", "image/png").statusCode());
    }

    @Test
    void anUnknownIriAnswers404AtItsIdAndAtItsDocument() throws Exception {
        assertEquals(404, fx.get(fx.url("/id/document/2099D99999")).statusCode());
        assertEquals(404, fx.get(fx.url("/doc/document/2099D99999.ttl")).statusCode());
        assertEquals(404, fx.get(fx.url("/doc?uri=" + enc("http://example.org/nothing"))).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD"})
    void aDeletedRecordAnswers410GoneWithItsTombstone(Representation format) throws Exception {
        HttpResponse<byte[]> viaId = fx.get(fx.serverUrlOf(DELETED));
        assertEquals(303, viaId.statusCode(), "the thing's IRI still leads to its description");
        String url = fx.url("/doc/document/2099D00001." + format.suffix());
        HttpResponse<byte[]> r = fx.get(url);
        assertEquals(410, r.statusCode());
        ParsedAnswer a = new ParsedAnswer(r.body(), format, url);
        assertTrue(a.ask("ASK { <" + DELETED + "> a kg:VerwijderdRecord ; prov:invalidatedAtTime \"2025-01-02T03:04:05Z\"^^xsd:dateTime }"));
    }

    @Test
    void anExternalIriTheGraphDescribesHasADocumentAtDocUri() throws Exception {
        String url = fx.url("/doc.ttl?uri=" + enc(CHIPS_ACT));
        HttpResponse<byte[]> r = fx.get(url);
        assertEquals(200, r.statusCode());
        ParsedAnswer a = new ParsedAnswer(r.body(), Representation.TURTLE, url);
        assertTrue(a.ask("ASK { <" + CHIPS_ACT + "> a kg:EuWetgeving ; rdfs:label \"EU Chips Act\"@en ; kg:celexNummer \"32023R1781\" }"));
        assertTrue(a.ask("ASK { <" + LETTER + "> kg:noemt <" + CHIPS_ACT + "> }"), "the letter that mentions it");
    }

    @Test
    void anOntologyTermHasAPageWithItsDutchLabelLinkingToTheOntologyDocumentation() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url("/doc.html?uri=" + enc("https://w3id.org/kamergraaf/def#citeert")));
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>citeert</h1>"), "Dutch label before the English 'cites'");
        assertTrue(html.contains("href=\"/def#citeert\""), "links to the ontology documentation");
        assertTrue(html.contains(">specialisatie van</a>"),
                "its alignment, under a Dutch name for rdfs:subPropertyOf");
        assertTrue(html.contains("href=\"http://purl.org/spar/cito/cites\""), "the standard term it specialises");
    }

    @Test
    void aCurrentCopyIsRevalidatedWith304ByETagAndByDate() throws Exception {
        HttpResponse<byte[]> first = fx.get(fx.url("/doc/document/2024D50227.ttl"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> byTag = fx.get(fx.url("/doc/document/2024D50227.ttl"), "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(304, fx.get(fx.url("/doc/document/2024D50227.ttl"), "If-Modified-Since", lastModified).statusCode());

        assertEquals(200, fx.get(fx.url("/doc/document/2024D50227.ttl"), "If-None-Match", "\"stale\"").statusCode());
        assertEquals(200, fx.get(fx.url("/doc/document/2024D50227.ttl"), "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
        HttpResponse<byte[]> otherFormat = fx.get(fx.url("/doc/document/2024D50227.nt"));
        assertFalse(etag.equals(otherFormat.headers().firstValue("ETag").orElseThrow()), "each format has its own ETag");
    }

    @Test
    void aBadPageNumberIs400AndAPageBeyondTheLastIs404() throws Exception {
        assertEquals(400, fx.get(fx.url("/doc/document/2024D50227?page=zero")).statusCode());
        assertEquals(404, fx.get(fx.url("/doc/document/2024D50227?page=2")).statusCode());
    }

    @Test
    void anErrorPageShowsTheReasonAsTextInTheFrameOfEveryPage() throws Exception {
        HttpResponse<byte[]> r = fx.get(fx.url("/doc/document/2024D50227.html?page=" + enc("<b>vet</b>")), "Accept", "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        org.jsoup.nodes.Document page = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("Bad request", page.selectFirst("main h1").text());
        assertTrue(page.selectFirst("main p").text().contains("'<b>vet</b>'"), page.html());
        assertTrue(page.select("main b").isEmpty(), "the markup of the request is not markup on the page");
        assertEquals(1, page.select("header form[action=/zoek] input[name=q]").size(), "the search box of every page");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
