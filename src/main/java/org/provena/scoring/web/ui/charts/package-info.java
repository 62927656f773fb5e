/**
 * Charts of scores, drawn on the server as SVG (ADR 0016): the trend sparkline of a scorecard grid,
 * a subject's score history with its grade bands, the grade badge, and the factor comparison of a
 * few suppliers side by side.
 */
package org.provena.scoring.web.ui.charts;
