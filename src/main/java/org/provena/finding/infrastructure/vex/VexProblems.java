package org.provena.finding.infrastructure.vex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.provena.finding.domain.InvalidVexException;
import org.provena.finding.domain.VexDocumentStatement;
import org.provena.finding.domain.VexProblem;

/**
 * What one read found wrong: errors, which reject the document, and warnings, which go along with
 * the statements read. Locations are given as JSON paths and shown in the document's own notation
 * (an XML element path for CycloneDX XML). At most {@value #MAX_PROBLEMS} of each are kept, so that
 * a hostile document cannot grow the report without bound.
 */
final class VexProblems {

  static final int MAX_PROBLEMS = 1000;

  private final UnaryOperator<String> notation;
  private final List<VexProblem> errors = new ArrayList<>();
  private final List<VexProblem> warnings = new ArrayList<>();

  VexProblems() {
    this(UnaryOperator.identity());
  }

  VexProblems(UnaryOperator<String> notation) {
    this.notation = notation;
  }

  void error(String jsonPath, String message) {
    if (errors.size() < MAX_PROBLEMS) {
      errors.add(new VexProblem(notation.apply(jsonPath), message));
    }
  }

  void warn(String jsonPath, String message) {
    if (warnings.size() < MAX_PROBLEMS) {
      warnings.add(new VexProblem(notation.apply(jsonPath), message));
    }
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  List<VexProblem> warnings() {
    return List.copyOf(warnings);
  }

  /** The location of a JSON path in the document's notation. */
  String where(String jsonPath) {
    return notation.apply(jsonPath);
  }

  /** Rejects the document when any error was found, naming the format and the first error. */
  void rejectIfAny(String format) throws InvalidVexException {
    if (errors.isEmpty()) {
      return;
    }
    VexProblem first = errors.get(0);
    String summary =
        "not a valid "
            + format
            + " document: "
            + first.location()
            + ": "
            + first.message()
            + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more problems)" : "");
    throw new InvalidVexException(summary, errors);
  }

  /**
   * CISA "Minimum Requirements for Vulnerability Exploitability eXchange (VEX)" (April 2023),
   * status and justification elements: a not_affected statement carries a justification or an
   * impact statement, an affected statement an action statement. Short of that the statement is
   * kept, with a warning at its location.
   */
  void checkMinimum(VexDocumentStatement statement) {
    if (statement.claim().isComplete()) {
      return;
    }
    String message =
        switch (statement.claim().status()) {
          case NOT_AFFECTED ->
              "not_affected needs a justification or an impact statement (CISA minimum"
                  + " requirements)";
          case AFFECTED -> "affected needs an action statement (CISA minimum requirements)";
          default -> "incomplete statement (CISA minimum requirements)";
        };
    if (warnings.size() < MAX_PROBLEMS) {
      // The statement's location is already in the document's notation.
      warnings.add(new VexProblem(statement.location(), message));
    }
  }
}
