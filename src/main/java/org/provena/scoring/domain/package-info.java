/**
 * Scoring: risk scores of component releases, suppliers and device releases — a number from 0 to
 * 100 and a grade A–F, always with the factors that produced it — kept as history, the newest per
 * subject being the current one.
 */
package org.provena.scoring.domain;
