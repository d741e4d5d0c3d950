package nl.kamergraaf.store.sync;

import java.io.IOException;

/** The source API did not give a usable answer, even after the retries the client allows. */
public class SourceUnavailableException extends IOException {
    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
