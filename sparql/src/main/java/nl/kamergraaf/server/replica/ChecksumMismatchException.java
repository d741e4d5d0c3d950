package nl.kamergraaf.server.replica;

import java.io.IOException;

/** A downloaded release file is not what the primary's catalog says it is: nothing of it is loaded. */
public final class ChecksumMismatchException extends IOException {
    ChecksumMismatchException(String message) {
        super(message);
    }
}
