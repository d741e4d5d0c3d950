package nl.kamergraaf.mapper.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the body of a parliamentary paper says, whatever file it was read from (KOOP XML, .docx, .doc): the kamerstuk
 * its heading names, the dossier title, the paper's title and date, the running text (without heading and
 * signatures), its footnotes and the names it is signed with.
 */
public record DocumentBody(Optional<KamerstukNumber> kamerstuk, String dossierTitel, String titel, LocalDate datum,
                           List<String> text, List<String> footnotes, List<String> signatories) {
    public DocumentBody {
        text = List.copyOf(text);
        footnotes = List.copyOf(footnotes);
        signatories = List.copyOf(signatories);
    }

    /** Whether the title says it is a motion ("MOTIE VAN HET LID ...", "GEWIJZIGDE MOTIE VAN DE LEDEN ..."). */
    public boolean isMotion() {
        return titel != null && titel.strip().matches("(?iu)^((gewijzigde|nader gewijzigde)\\s+)?motie\\b.*");
    }

    /** The passages in reading order for the text analyser: running text, then footnotes. */
    public List<String> passages() {
        List<String> all = new java.util.ArrayList<>(text);
        all.addAll(footnotes);
        return all;
    }
}
