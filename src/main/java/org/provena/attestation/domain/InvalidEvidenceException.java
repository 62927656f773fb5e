package org.provena.attestation.domain;

import java.util.List;

/**
 * The document is not evidence Provena can read: not JSON, not a DSSE envelope, in-toto statement,
 * Sigstore bundle, CycloneDX declarations or PDF, or one of those with a malformed structure. The
 * problems say where. A document that reads but whose signature fails is not this: it is stored
 * with the verification outcome {@code INVALID}.
 */
public class InvalidEvidenceException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<EvidenceProblem> problems;

  public InvalidEvidenceException(String message, List<EvidenceProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public InvalidEvidenceException(String location, String message) {
    this(message, List.of(new EvidenceProblem(location, message)));
  }

  public List<EvidenceProblem> problems() {
    return problems;
  }
}
