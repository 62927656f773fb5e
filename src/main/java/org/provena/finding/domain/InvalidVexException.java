package org.provena.finding.domain;

import java.util.List;

/**
 * The document is not a VEX document Provena reads (CycloneDX with {@code vulnerabilities},
 * OpenVEX, CSAF 2.0), or one whose structure is broken; the problems say where. Nothing of it is
 * kept.
 */
public class InvalidVexException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<VexProblem> problems;

  public InvalidVexException(String message, List<VexProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public InvalidVexException(String location, String message) {
    this(message, List.of(new VexProblem(location, message)));
  }

  public List<VexProblem> problems() {
    return problems;
  }
}
