package org.provena.finding.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a VEX document: a vulnerability (its id as the document gives it, and aliases),
 * the products it is about and what it claims for them.
 *
 * @param location where the statement lies in the document (a JSON path)
 * @param sourceJustification the justification, response or flag as the format words it, when it is
 *     finer than the five CISA justifications (CycloneDX {@code code_not_reachable}, a CSAF
 *     remediation category); null otherwise
 * @param timestamp when the statement was made, if the document says
 */
public record VexDocumentStatement(
    String location,
    String vulnerabilityId,
    List<String> aliases,
    List<VexProduct> products,
    VexClaim claim,
    String sourceJustification,
    Instant timestamp) {

  public VexDocumentStatement {
    Objects.requireNonNull(vulnerabilityId, "vulnerabilityId");
    Objects.requireNonNull(claim, "claim");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    products = products == null ? List.of() : List.copyOf(products);
  }
}
