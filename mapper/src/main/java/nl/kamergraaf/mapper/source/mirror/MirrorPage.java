package nl.kamergraaf.mapper.source.mirror;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One document page as a public open-data mirror of the Tweede Kamer shows it: the page header (number, dates,
 * version, type, subject, dossier, zaak) followed by the text of the document itself.
 */
public record MirrorPage(
        String nummer,
        String onderwerp,
        String titel,
        String documentSoort,
        LocalDate datum,
        Optional<OffsetDateTime> bijgewerkt,
        Optional<Integer> versie,
        Optional<KamerstukNumber> kamerstuk,
        Optional<String> zaakNummer,
        Letter letter) {

    /** The dossier and volgnummer of the page header: "Onderdeel van kamerstukdossier 33009 -151 Innovatiebeleid". */
    public record KamerstukNumber(String dossierId, int volgnummer, String dossierTitel) {
        public String kamerstukId() {
            return dossierId + "-" + volgnummer;
        }
    }

    /** A dossier named in the heading of the letter: "33009 Innovatiebeleid". */
    public record HeadingDossier(String dossierId, String titel) {}

    /** The footnote with its number as printed. */
    public record Footnote(int number, String text) {}

    /** The document text, split into its parts; every part may be missing on a page that is not a letter. */
    public record Letter(
            List<HeadingDossier> headingDossiers,
            Optional<String> nrLine,
            Optional<String> addressee,
            Optional<String> place,
            Optional<LocalDate> letterDate,
            List<String> paragraphs,
            Optional<String> signatoryFunction,
            Optional<String> signatoryName,
            List<Footnote> footnotes) {}
}
