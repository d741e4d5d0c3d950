package nl.kamergraaf.mapper.source.koop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kamergraaf.mapper.RecordFormatException;

class KoopPublicationParserTest {
    private final KoopPublicationParser parser = new KoopPublicationParser(1_000_000);

    private KoopPublication parse(String xml) throws RecordFormatException {
        return parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markupInsideTitlesAndParagraphsKeepsItsTextAndFootnotesStayApart() throws RecordFormatException {
        KoopPublication p = parse("""
                <officiele-publicatie><kamerstuk>
                  <dossier><dossiernummer><dossiernr>36 600</dossiernr><begrotingshoofdstuk>XIII</begrotingshoofdstuk></dossiernummer>
                    <titel>Begroting <nadruk type="cur">EZ</nadruk></titel></dossier>
                  <stuk><stuknr>Nr. <ondernummer kamer="2">29</ondernummer></stuknr>
                    <titel>MOTIE VAN DE LEDEN <nadruk>ZEEDIJK</nadruk> EN DASSEN</titel>
                    <datumtekst>Voorgesteld <datum isodatum="2023-11-30">30 november 2023</datum></datumtekst>
                    <algemeen><vrije-tekst><tekst>
                      <al>verzoekt de regering de <extref doc="x">Chips Act</extref> te volgen<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al>Verordening (EU) 2023/1781.</noot.al></noot>,</al>
                      <al>en gaat over tot de orde van de dag.</al>
                      <al>Zeedijk</al><al>Dassen</al>
                    </tekst></vrije-tekst></algemeen></stuk>
                </kamerstuk></officiele-publicatie>""");
        assertEquals("kst-36600-XIII-29", p.identifier());
        assertEquals("36600-XIII-29", p.body().kamerstuk().orElseThrow().id());
        assertEquals("Begroting EZ", p.body().dossierTitel());
        assertEquals("MOTIE VAN DE LEDEN ZEEDIJK EN DASSEN", p.body().titel());
        assertEquals(LocalDate.of(2023, 11, 30), p.body().datum());
        assertEquals(List.of("verzoekt de regering de Chips Act te volgen,", "en gaat over tot de orde van de dag."), p.body().text());
        assertEquals(List.of("Verordening (EU) 2023/1781."), p.body().footnotes());
        assertEquals(List.of("Zeedijk", "Dassen"), p.body().signatories());
    }

    @Test
    void withoutPrintedNumbersTheKstIdentifierOfTheMetadataNamesTheKamerstuk() throws RecordFormatException {
        KoopPublication p = parse("""
                <officiele-publicatie><metadata>
                  <meta name="OVERHEIDop.externMetadataRecord" content="https://zoek.officielebekendmakingen.nl/kst-21501-07-2026/metadata.xml"/>
                </metadata><kamerstuk><stuk><titel>MOTIE</titel></stuk></kamerstuk></officiele-publicatie>""");
        assertEquals("21501-07-2026", p.body().kamerstuk().orElseThrow().id());
        assertEquals("kst-21501-07-2026.xml", p.fileName());
    }
}
