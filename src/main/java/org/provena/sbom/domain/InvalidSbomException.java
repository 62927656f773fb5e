package org.provena.sbom.domain;

import java.util.List;

/**
 * An SBOM that is rejected: not a supported format, not valid against its specification's schema,
 * or hostile (too large, too deep, entity expansion). Carries every problem found, each with its
 * location, for the 422 answer.
 */
public class InvalidSbomException extends Exception {

  private static final long serialVersionUID = 1L;
  private final transient List<SbomProblem> problems;

  public InvalidSbomException(String summary, List<SbomProblem> problems) {
    super(summary);
    this.problems = List.copyOf(problems);
  }

  public InvalidSbomException(String summary, SbomProblem problem) {
    this(summary, List.of(problem));
  }

  public List<SbomProblem> problems() {
    return problems;
  }
}
