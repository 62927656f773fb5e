/**
 * Scoring's use cases: marking what changed ({@link
 * org.provena.scoring.application.ScoreTriggers}), computing it again in the background ({@link
 * org.provena.scoring.application.ScoreRecomputation}), and reading scores for the views and the
 * API — release and supplier scores within the caller's supplier scope, scorecards and device risk
 * for the manufacturer.
 */
package org.provena.scoring.application;
