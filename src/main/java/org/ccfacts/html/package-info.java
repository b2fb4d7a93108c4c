/**
 * The two controls the start page needs that Flow's HTML components lack: a native {@code <select>} and a
 * native modal {@code <dialog>}. The dashboard uses plain HTML elements styled with Lumo's properties
 * instead of Vaadin's web components (Button, Select, Dialog, Grid): in Vaadin 24.9 those pulled in
 * Polymer and their overlays, which took the start bundle from 1.1× to 2.4× a bare Vaadin app and the
 * first chart from 0.85 s to 1.6 s (docs/PERFORMANCE.md; Vaadin 25's components have no Polymer, but
 * still bring their overlays: not measured again). Native elements are also what assistive
 * technology knows best.
 */
package org.ccfacts.html;
