package org.provena.finding.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.provena.finding.domain.VexStatement;

/**
 * A VEX statement as the portal and the API show it.
 *
 * @param complete whether it meets CISA's minimum requirements
 * @param missing what it lacks when it does not
 * @param findings how many findings it applies to
 */
public record VexStatementView(
    UUID id,
    UUID documentId,
    String location,
    String vulnerabilityId,
    List<String> vulnerabilityKeys,
    String products,
    String status,
    String justification,
    String sourceJustification,
    String impactStatement,
    String actionStatement,
    String source,
    String author,
    Instant issuedAt,
    Instant recordedAt,
    boolean complete,
    String missing,
    int findings) {

  static VexStatementView of(VexStatement s, int findings) {
    return new VexStatementView(
        s.id(),
        s.documentId().orElse(null),
        s.location().orElse(null),
        s.vulnerabilityRef(),
        s.vulnerabilityKeys(),
        s.productRef().orElse(null),
        s.status().name(),
        s.justification().map(Enum::name).orElse(null),
        s.sourceJustification().orElse(null),
        s.impactStatement().orElse(null),
        s.actionStatement().orElse(null),
        s.source().name(),
        s.author(),
        s.issuedAt().orElse(null),
        s.recordedAt(),
        s.claim().isComplete(),
        s.claim().whatIsMissing(),
        findings);
  }
}
