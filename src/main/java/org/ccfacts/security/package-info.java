/**
 * HTTP hardening: security headers and the Content-Security-Policy of every response, and the
 * Vaadin bootstrap's CSP nonce. docs/SECURITY.md explains every choice.
 */
package org.ccfacts.security;
