/**
 * The dataset: records for every sourced figure, the reader and validator of {@code data/}, and the
 * {@link org.ccfacts.dataset.DatasetService} through which everything else gets data. No Vaadin here.
 */
package org.ccfacts.dataset;
