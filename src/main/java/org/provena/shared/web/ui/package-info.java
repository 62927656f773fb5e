/**
 * Portal building blocks that belong to no context: SVG markup written with every label escaped,
 * and the component that shows it. Charts of a context build on them.
 */
package org.provena.shared.web.ui;
