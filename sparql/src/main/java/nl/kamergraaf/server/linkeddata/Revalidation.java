package nl.kamergraaf.server.linkeddata;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Conditional GET (RFC 9110 §13): the ETag is a hash of the exact bytes sent (so it changes whenever the answer
 * does, and differs per format), Last-Modified is when the served data went live. If-None-Match is checked first;
 * If-Modified-Since only when there is no If-None-Match.
 */
final class Revalidation {
    private Revalidation() {}

    static String etag(byte[] body, String mediaType) {
        MessageDigest sha = DigestUtils.getSha256Digest();
        DigestUtils.updateDigest(sha, mediaType);
        sha.update((byte) 0);
        sha.update(body);
        // The first 16 bytes (32 hex digits) are plenty to tell two answers apart.
        return "\"" + Hex.encodeHexString(sha.digest()).substring(0, 32) + "\"";
    }

    static String httpDate(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    /** True when the client's copy is current and the answer is 304 Not Modified. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            if (ifNoneMatch.strip().equals("*")) return true;
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag) // weak comparison, as GET allows
                    .anyMatch(etag::equals);
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an unreadable date is ignored, as RFC 9110 says
            }
        }
        return false;
    }
}
