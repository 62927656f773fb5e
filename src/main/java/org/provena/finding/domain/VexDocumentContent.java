package org.provena.finding.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A VEX document as a reader understood it, whatever the format (CycloneDX VEX, OpenVEX, CSAF
 * {@code csaf_vex}).
 *
 * @param documentId the document's own id (OpenVEX {@code @id}, CycloneDX {@code serialNumber},
 *     CSAF {@code document.tracking.id})
 * @param warnings what the document lacks without being unreadable, each with its location: a
 *     statement short of CISA's minimum requirements, a product no identifier names
 */
public record VexDocumentContent(
    VexSource format,
    String specVersion,
    String documentId,
    String author,
    Instant issuedAt,
    List<VexDocumentStatement> statements,
    List<VexProblem> warnings) {

  public VexDocumentContent {
    Objects.requireNonNull(format, "format");
    statements = List.copyOf(statements);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
