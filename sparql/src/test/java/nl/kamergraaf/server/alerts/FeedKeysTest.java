package nl.kamergraaf.server.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class FeedKeysTest {
    @Test
    void dossiersMembersFractiesAndTooiMinistriesHaveFeedsOtherThingsNot() {
        assertEquals(Optional.of("dossier/36600-XIII"), FeedKeys.of("http://localhost:3030/id/dossier/36600-XIII"));
        assertEquals(Optional.of("persoon/5a6b1e9e-3f0f-4a7b-9a0b-4b0c3a7f0a11"),
                FeedKeys.of("https://data.example.org/kg/id/persoon/5a6b1e9e-3f0f-4a7b-9a0b-4b0c3a7f0a11"));
        assertEquals(Optional.of("fractie/0208097d-ef04-438a-8c29-eebb84956204"),
                FeedKeys.of("http://localhost:3030/id/fractie/0208097d-ef04-438a-8c29-eebb84956204"));
        assertEquals(Optional.of("ministerie/mnre1045"), FeedKeys.of("https://identifier.overheid.nl/tooi/id/ministerie/mnre1045"));
        assertEquals(Optional.empty(), FeedKeys.of("http://localhost:3030/id/zaak/2024Z16273"));
        assertEquals(Optional.empty(), FeedKeys.of("http://localhost:3030/id/dossier/36600-XIII/extra"));
        assertEquals(Optional.empty(), FeedKeys.of("http://localhost:3030/graph/odata-zaak/16c85466"));
        assertTrue(FeedKeys.isReadyMade("dossier", "36600-XIII"));
        assertFalse(FeedKeys.isReadyMade("zaak", "2024Z16273"));
        assertFalse(FeedKeys.isReadyMade("dossier", "../../etc"));
        assertEquals("/alerts/chips", AlertsPaths.feedPath(FeedKeys.query("chips")));
        assertEquals("/alerts/dossier/36600-XIII", AlertsPaths.feedPath("dossier/36600-XIII"));
    }
}
