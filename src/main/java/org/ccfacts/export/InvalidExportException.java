package org.ccfacts.export;

/** An export asked for with a format, scale, size or image that we refuse; the message says why, for the user. */
public class InvalidExportException extends RuntimeException {

    public InvalidExportException(String message) {
        super(message);
    }
}
