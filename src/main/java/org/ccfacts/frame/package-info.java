/**
 * The page frame every screen shares (the walking skeleton's {@code base/ui}): the layout with the title,
 * the dataset version, the links, the language and theme switches; the not-found page. Screens name the
 * layout; the frame names no screen (it links by address), so no package cycle joins them.
 */
package org.ccfacts.frame;
