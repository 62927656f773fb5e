package org.provena.finding.web.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.provena.finding.application.VexDocumentView;
import org.provena.finding.application.VexStatementView;
import org.provena.shared.web.rest.ProblemDetail;

/**
 * An uploaded VEX document: format, its own id and author, the signature check, what it lacks
 * ({@code warnings}, each with its location), and its statements with the findings they apply to.
 */
public record VexDocumentResponse(
    UUID id,
    UUID supplierId,
    UUID componentReleaseId,
    String format,
    String specVersion,
    String documentId,
    String author,
    Instant issuedAt,
    String sha256,
    Signature signature,
    int statementCount,
    boolean applied,
    int findings,
    List<ProblemDetail.Error> warnings,
    List<Statement> statements,
    String uploadedBy,
    Instant uploadedAt) {

  /** {@code status}: valid, unsigned or invalid. */
  public record Signature(String status, String reason, String signer) {}

  /** A statement: vulnerability, products, status and what backs it. */
  public record Statement(
      UUID id,
      String location,
      String vulnerability,
      List<String> aliases,
      String products,
      String status,
      String justification,
      String sourceJustification,
      String impactStatement,
      String actionStatement,
      Instant issuedAt,
      boolean complete,
      String missing,
      int findings) {

    static Statement of(VexStatementView s) {
      return new Statement(
          s.id(),
          s.location(),
          s.vulnerabilityId(),
          s.vulnerabilityKeys(),
          s.products(),
          lower(s.status()),
          lower(s.justification()),
          s.sourceJustification(),
          s.impactStatement(),
          s.actionStatement(),
          s.issuedAt(),
          s.complete(),
          s.missing(),
          s.findings());
    }
  }

  static VexDocumentResponse of(VexDocumentView v) {
    return new VexDocumentResponse(
        v.id(),
        v.supplierId(),
        v.componentReleaseId(),
        lower(v.format()),
        v.specVersion(),
        v.documentRef(),
        v.author(),
        v.issuedAt(),
        v.sha256(),
        new Signature(lower(v.signatureOutcome()), v.signatureReason(), v.signer()),
        v.statementCount(),
        v.applied(),
        v.findings(),
        v.warnings().stream().map(w -> new ProblemDetail.Error(w.location(), w.message())).toList(),
        v.statements().stream().map(Statement::of).toList(),
        v.uploadedBy(),
        v.uploadedAt());
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
