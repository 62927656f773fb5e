package org.provena.attestation.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.provena.attestation.application.EvidenceReader;
import org.provena.attestation.domain.AttestationKind;
import org.provena.attestation.domain.EvidenceContent;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.Provenance;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.declarations.CycloneDxDeclarations;
import org.provena.attestation.infrastructure.dsse.DsseEnvelope;
import org.provena.attestation.infrastructure.dsse.DsseVerifier;
import org.provena.attestation.infrastructure.intoto.InTotoStatement;
import org.provena.attestation.infrastructure.intoto.SlsaProvenance;
import org.provena.attestation.infrastructure.sigstore.SigstoreBundles;

/**
 * Reads an evidence document whatever its kind, detected from its content: a DSSE envelope around
 * an in-toto statement, a bare in-toto statement, a Sigstore bundle, or CycloneDX declarations. The
 * document is read once into a bounded JSON tree (the caller bounds its size); anything the readers
 * or libraries trip over becomes an {@link InvalidEvidenceException}, so a hostile upload is
 * refused with a reason and never escapes as another exception.
 */
@ApplicationScoped
public class EvidenceDocumentReader implements EvidenceReader {

  static final String ACCEPTED =
      "Provena reads a DSSE envelope around an in-toto statement, an in-toto statement, a Sigstore"
          + " bundle (v0.1 to v0.3) or CycloneDX 1.6 declarations";

  /** Larger provenance parameters are left out of the details rather than shown cut. */
  static final int MAX_DETAIL_CHARS = 16 * 1024;

  @Inject SigstoreBundles sigstore;

  EvidenceDocumentReader() {}

  /** For tests and tools outside CDI. */
  public EvidenceDocumentReader(SigstoreBundles sigstore) {
    this.sigstore = sigstore;
  }

  @Override
  public EvidenceContent read(byte[] document, List<TrustAnchor> anchors)
      throws InvalidEvidenceException {
    if (document == null || document.length == 0) {
      throw new InvalidEvidenceException("$", "the document is empty: " + ACCEPTED);
    }
    JsonNode root = EvidenceJson.read(document, "$");
    try {
      if (DsseEnvelope.isEnvelope(root)) {
        return envelope(root, anchors);
      }
      if (SigstoreBundles.isBundle(root)) {
        return bundle(document, root, anchors);
      }
      if (InTotoStatement.isStatement(root)) {
        return statement(
            InTotoStatement.read(root, "$"),
            "$",
            InTotoStatement.MEDIA_TYPE,
            SignatureCheck.unsigned(
                "a bare in-toto statement carries no signature: sign it in a DSSE envelope or a"
                    + " Sigstore bundle"));
      }
      if (CycloneDxDeclarations.isCycloneDx(root)) {
        return CycloneDxDeclarations.read(root, anchors);
      }
    } catch (SigstoreBundles.UnusableTrustedRoot e) {
      throw e;
    } catch (RuntimeException e) {
      // A defect in a reader or a library must not escape as anything but a refusal.
      throw new InvalidEvidenceException("$", "the document cannot be read: " + e);
    }
    throw new InvalidEvidenceException("$", "not evidence Provena recognises: " + ACCEPTED);
  }

  private EvidenceContent envelope(JsonNode root, List<TrustAnchor> anchors)
      throws InvalidEvidenceException {
    DsseEnvelope envelope = DsseEnvelope.read(root, "$");
    if (!InTotoStatement.MEDIA_TYPE.equals(envelope.payloadType())) {
      throw new InvalidEvidenceException(
          "$.payloadType",
          "'"
              + envelope.payloadType()
              + "' is not an in-toto statement ("
              + InTotoStatement.MEDIA_TYPE
              + "), the payload Provena reads as evidence");
    }
    String at = "$.payload";
    InTotoStatement statement = InTotoStatement.read(EvidenceJson.read(envelope.payload(), at), at);
    return statement(
        statement, at, InTotoStatement.MEDIA_TYPE, DsseVerifier.verify(envelope, anchors));
  }

  private EvidenceContent bundle(byte[] document, JsonNode root, List<TrustAnchor> anchors)
      throws InvalidEvidenceException {
    SigstoreBundles.Verified verified = sigstore.verify(document, root, anchors);
    InTotoStatement statement = verified.statement();
    Provenance provenance = null;
    String details = null;
    if (statement != null && SlsaProvenance.isProvenance(statement.predicateType())) {
      String at = "$.dsseEnvelope.payload";
      provenance = SlsaProvenance.read(statement, at);
      details = provenanceDetails(statement);
    }
    return new EvidenceContent(
        AttestationKind.SIGSTORE_BUNDLE,
        verified.mediaType(),
        statement == null ? null : statement.predicateType(),
        verified.subjects(),
        verified.signer(),
        verified.signedAt(),
        null,
        provenance,
        details,
        verified.signature());
  }

  /** A statement's content: a SLSA provenance is the builder's word, issued when it finished. */
  private static EvidenceContent statement(
      InTotoStatement statement, String path, String mediaType, SignatureCheck signature)
      throws InvalidEvidenceException {
    if (!SlsaProvenance.isProvenance(statement.predicateType())) {
      return new EvidenceContent(
          AttestationKind.INTOTO_STATEMENT,
          mediaType,
          statement.predicateType(),
          statement.subjects(),
          null,
          null,
          null,
          null,
          null,
          signature);
    }
    Provenance provenance = SlsaProvenance.read(statement, path);
    Instant issuedAt =
        provenance.finishedOn() != null ? provenance.finishedOn() : provenance.startedOn();
    return new EvidenceContent(
        AttestationKind.SLSA_PROVENANCE,
        mediaType,
        statement.predicateType(),
        statement.subjects(),
        provenance.builderId(),
        issuedAt,
        null,
        provenance,
        provenanceDetails(statement),
        signature);
  }

  /**
   * What the build was asked to do, which the {@link Provenance} record does not hold: SLSA v1
   * {@code externalParameters} (the workflow, its inputs), v0.2 {@code invocation}.
   */
  private static String provenanceDetails(InTotoStatement statement) {
    JsonNode predicate = statement.predicate();
    ObjectNode details = EvidenceJson.MAPPER.createObjectNode();
    JsonNode parameters =
        SlsaProvenance.V1.equals(statement.predicateType())
            ? predicate.path("buildDefinition").path("externalParameters")
            : predicate.path("invocation");
    if (parameters.isObject() && EvidenceJson.compact(parameters).length() <= MAX_DETAIL_CHARS) {
      details.set(
          SlsaProvenance.V1.equals(statement.predicateType()) ? "externalParameters" : "invocation",
          parameters);
    }
    return details.isEmpty() ? null : EvidenceJson.compact(details);
  }
}
