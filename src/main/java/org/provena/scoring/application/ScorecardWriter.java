package org.provena.scoring.application;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Writes supplier scorecards as files for procurement to pass on: CSV for spreadsheets, PDF for
 * reading and filing. Rows are written in the order given. The stream is left open.
 */
public interface ScorecardWriter {

  /** The rows as CSV (RFC 4180, UTF-8), one line per supplier under a header line. */
  void csv(List<ScorecardRow> rows, OutputStream out) throws IOException;

  /**
   * The rows as a paginated PDF table under {@code title}, each page dated {@code generatedAt} and
   * numbered.
   */
  void pdf(List<ScorecardRow> rows, String title, Instant generatedAt, OutputStream out)
      throws IOException;
}
