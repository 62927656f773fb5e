package org.provena.scoring.domain;

/**
 * The scoring model as a whole: its version, stored with every score so that scores computed by
 * different models are never compared unawares (ADR 0015). A change to a formula, a default weight,
 * a factor code or a check code is a new version: year, month and a sequence number.
 */
public final class ScoringModel {

  /**
   * The version of the model {@link ReleaseScoring}, {@link SupplierScoring} and {@link
   * DeviceScoring} implement.
   */
  public static final String VERSION = "2026.12-1";

  private ScoringModel() {}
}
