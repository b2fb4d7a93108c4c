package org.ccfacts.api;

/** A request for something the current dataset version does not hold. */
final class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message, null, false, false);
    }
}
