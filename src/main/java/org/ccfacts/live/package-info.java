/** Open pages learn of new figures: {@link org.ccfacts.live.NewFiguresNotice}. */
package org.ccfacts.live;
