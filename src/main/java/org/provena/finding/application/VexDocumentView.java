package org.provena.finding.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.provena.finding.domain.VexProblem;

/**
 * An uploaded VEX document as the portal and the API show it: what it is, how its signature checked
 * out, what it lacks, and its statements with how many findings each applies to.
 *
 * @param applied whether its statements were applied (not when its signature is invalid)
 * @param findings the findings its statements apply to
 */
public record VexDocumentView(
    UUID id,
    UUID supplierId,
    UUID componentReleaseId,
    String format,
    String specVersion,
    String documentRef,
    String author,
    Instant issuedAt,
    String sha256,
    String signatureOutcome,
    String signatureReason,
    String signer,
    int statementCount,
    boolean applied,
    int findings,
    List<VexProblem> warnings,
    List<VexStatementView> statements,
    String uploadedBy,
    Instant uploadedAt) {}
