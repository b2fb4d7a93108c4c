/**
 * The dataset for analysts over HTTP: the whole current version as JSON, one measure as CSV, and the
 * service's status. Reads only through {@link org.ccfacts.dataset.DatasetService}.
 */
package org.ccfacts.api;
