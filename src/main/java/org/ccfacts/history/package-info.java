/**
 * What changed in the data, version by version: every accepted dataset version is kept in a journal with the time
 * it was accepted ({@link org.ccfacts.history.DatasetJournal}), and {@link org.ccfacts.history.DatasetHistory}
 * compares each version with the one before, entry by entry ({@link org.ccfacts.history.Revision}). No Vaadin here;
 * why a journal and not the data folder's git commits: docs/HISTORY.md.
 */
package org.ccfacts.history;
