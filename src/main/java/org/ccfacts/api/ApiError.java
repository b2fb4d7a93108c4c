package org.ccfacts.api;

/** The body of every API error: short, stable, and free of internals (no stack trace, no class names). */
record ApiError(int status, String error, String message) {
}
