/**
 * What readers see of the data's history: the "What changed" page ({@link org.ccfacts.changes.WhatChangedView}) and the
 * words and figures of one change ({@link org.ccfacts.changes.ChangeText}), which the dashboard's source panels use too.
 */
package org.ccfacts.changes;
