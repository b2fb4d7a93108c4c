/** Showing one chart at a time: its own page ({@code /chart/{id}}) and presentation mode ({@code /present}). */
package org.ccfacts.present;
