/**
 * Data stewardship tools that run without the web server: {@link org.ccfacts.stewardship.CheckData}, the check
 * editors and a data repository's CI run before publishing. They read the data folder with the app's own
 * {@link org.ccfacts.dataset.DatasetReader}, so a folder they pass is a folder the app accepts. No Spring, no Vaadin.
 */
package org.ccfacts.stewardship;
