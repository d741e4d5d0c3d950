package nl.kamergraaf.mapper.source.office;

/** An office file that is refused: corrupt, truncated, too large, a zip bomb, or holding more text than allowed. */
final class OfficeFileException extends Exception {
    OfficeFileException(String reason) {
        super(reason);
    }

    OfficeFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
